import { describe, expect, it } from 'vitest';
import type { WerkprocesSelection } from '../../dialogs/flows';
import { werkprocessenMessages as msg } from '../../dialogs/werkprocessen/messages.nl';
import { cardText, entry, lastCard, submitData, submits, textsOf, WerkprocessenDriver } from './werkprocessenDriver';

describe('werkprocessen: the selection across kwalificaties, and Klaar', () => {
  it('keeps werkprocessen of two kwalificaties, removes one, and ends with the WerkprocesSelection', async () => {
    const driver = new WerkprocessenDriver();
    await driver.start();
    await driver.submit({ actie: 'kies', werkprocessen: '25498:P2-K1-W1' });
    await driver.submit({ actie: 'kies', werkprocessen: ['25168:B1-K1-W3', '25168:B1-K1-W6'] });
    const card = lastCard(await driver.submit({ actie: 'selectie' }));
    expect(cardText(card)).toContain(
      msg.selectie.werkproces('B1-K1-W3', 'Ontvangt gasten', 'Gastheer/-vrouw', 'crebo 25168'),
    );
    expect(submitData(card, 'verwijder').map((d) => d.id)).toEqual([
      '25498:P2-K1-W1',
      '25168:B1-K1-W3',
      '25168:B1-K1-W6',
    ]);

    const removed = await driver.submit({ actie: 'verwijder', id: '25168:B1-K1-W6' });
    expect(textsOf(removed)).toEqual([
      msg.selectie.verwijderd(
        msg.selectie.werkproces('B1-K1-W6', 'Serveert de bestelling en ruimt af', 'Gastheer/-vrouw', 'crebo 25168'),
      ),
    ]);
    expect(submitData(lastCard(removed), 'verwijder').map((d) => d.id)).toEqual(['25498:P2-K1-W1', '25168:B1-K1-W3']);

    const done = await driver.submit({ actie: 'klaar', werkprocessen: '' });
    const finish = lastCard(done);
    expect(cardText(finish)).toContain(msg.klaar.titel);
    expect(submits(finish).map((s) => s.data)).toEqual([
      { menu: 'aanmelding' },
      { menu: 'werkprocessen' },
      { menu: 'menu' },
    ]);
    expect(submits(finish)[0]?.title).toBe(msg.klaar.aanmelding);
    expect(driver.status).toBe('complete');
    expect(driver.result).toEqual({
      kwalificaties: [],
      werkprocessen: [entry('25498:P2-K1-W1'), entry('25168:B1-K1-W3')],
    });
  });

  it('takes ticked werkprocessen along when Klaar is clicked on the same card', async () => {
    const driver = new WerkprocessenDriver();
    await driver.start();
    await driver.submit({ actie: 'kerntaak', crebo: '25168', kerntaak: 'B1-K2' });
    await driver.submit({ actie: 'klaar', werkprocessen: '25168:B1-K2-W1' });
    expect(driver.result).toEqual({ kwalificaties: [], werkprocessen: [entry('25168:B1-K2-W1')] });
  });

  it('ends with an empty selection and says so when nothing was chosen', async () => {
    const driver = new WerkprocessenDriver();
    await driver.start();
    expect(cardText(lastCard(await driver.say('klaar')))).toContain(msg.klaar.leeg);
    expect(driver.result).toEqual({ kwalificaties: [], werkprocessen: [] });
  });

  it('extends an earlier selection, dropping what the catalogue no longer knows', async () => {
    const earlier: WerkprocesSelection = {
      kwalificaties: [
        { crebo: '25254', naam: 'Assistent logistiek' },
        { crebo: '99999', naam: 'Bestaat niet' },
      ],
      werkprocessen: [
        entry('25498:P2-K1-W1'),
        { crebo: '25498', code: 'P9-K9-W9', titel: 'Verzonnen', kwalificatie: 'Helpende Zorg en Welzijn' },
      ],
    };
    const driver = new WerkprocessenDriver({ selection: earlier });
    const seen = await driver.start();
    expect(textsOf(seen)).toEqual([msg.hervat(2)]);
    await driver.submit({ actie: 'kies', werkprocessen: '25498:P2-K1-W2' });
    await driver.say('klaar');
    expect(driver.result).toEqual({
      kwalificaties: [{ crebo: '25254', naam: 'Assistent logistiek' }],
      werkprocessen: [entry('25498:P2-K1-W1'), entry('25498:P2-K1-W2')],
    });
  });
});
