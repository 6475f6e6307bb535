import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { FLOW } from '../../dialogs/flows';
import { RootDialog } from '../../dialogs/root/rootDialog';
import { rootMessages } from '../../dialogs/root/messages.nl';
import type { FlowStarter } from '../../dialogs/root/session';
import { WerkprocessenDialog, type WerkprocessenOptions } from '../../dialogs/werkprocessen';
import { werkprocessenMessages as msg } from '../../dialogs/werkprocessen/messages.nl';
import {
  cardText,
  DEPS,
  explainedIds,
  lastCard,
  submitData,
  submits,
  textsOf,
  WerkprocessenDriver,
  type Card,
  type Seen,
} from './werkprocessenDriver';
import { sendAndCollect } from '../support/dialogReplies';

const selectionIds = (card: Card) => submitData(card, 'verwijder').map((d) => d.id);

async function started(options: WerkprocessenOptions = {}) {
  const driver = new WerkprocessenDriver(options);
  const start = lastCard(await driver.start());
  return { driver, start };
}

describe('werkprocessen: tampered and stale submits get a clear re-ask, never a crash', () => {
  it.each([
    ['an unknown action', { actie: 'hack' }, msg.onbruikbaar],
    ['no action', { iets: 'anders' }, msg.onbruikbaar],
    ['a wrong type', { actie: 'kies', werkprocessen: { x: 1 } }, msg.onbruikbaar],
    ['nothing ticked', { actie: 'kies', werkprocessen: '' }, msg.kies.nietsAangevinkt],
    ['an unknown werkproces', { actie: 'kies', werkprocessen: '99999:P1-K1-W1' }, msg.kies.onbekend],
    ['a wrong code for a real crebo', { actie: 'kies', werkprocessen: '25498:P9-K9-W9' }, msg.kies.onbekend],
    ['a malformed id', { actie: 'kies', werkprocessen: '25498:P2-K1-W1:extra' }, msg.kies.onbekend],
    ['an unknown kwalificatie', { actie: 'kwalificatie', crebo: '12345' }, msg.bladeren.onbekend],
    ['an unknown domain', { actie: 'domein', domein: 'Ruimtevaart' }, msg.bladeren.onbekend],
    [
      'a kerntaak of another kwalificatie',
      { actie: 'kerntaak', crebo: '25498', kerntaak: 'P3-K1' },
      msg.bladeren.onbekend,
    ],
    ['a whole kwalificatie that does not exist', { actie: 'kiesKwalificatie', crebo: '00000' }, msg.bladeren.onbekend],
    ['removing what is not selected', { actie: 'verwijder', id: '25498:P2-K1-W3' }, msg.selectie.nietInSelectie],
    ['Klaar with an unknown tick', { actie: 'klaar', werkprocessen: 'bogus' }, msg.kies.onbekend],
  ])('%s', async (_name, value, reply) => {
    const { driver, start } = await started({ interesses: 'zorg' });
    const seen = await driver.submit(value);
    expect(textsOf(seen)).toEqual([reply]);
    expect(lastCard(seen)).toEqual(start); // the same card again
    expect(driver.status).toBe('waiting');
    expect(cardText(lastCard(await driver.submit({ actie: 'selectie' })))).toContain(msg.selectie.leeg);
  });

  it('adds the known ids of a partly tampered submit and reports the rest', async () => {
    const { driver } = await started();
    const seen = await driver.submit({ actie: 'kies', werkprocessen: '25498:P2-K1-W1,25498:P9-K9-W9' });
    expect(textsOf(seen)).toEqual([
      msg.kies.toegevoegd(['P2-K1-W1 Ondersteunt bij wonen en huishouden']),
      msg.kies.onbekend,
    ]);
    expect(selectionIds(lastCard(seen))).toEqual(['25498:P2-K1-W1']);
  });

  it('does not add a werkproces twice, also not a basisdeel werkproces reached under its dossier crebo', async () => {
    const { driver } = await started();
    await driver.submit({ actie: 'kies', werkprocessen: '25498:B1-K1-W1' });
    const seen = await driver.submit({ actie: 'kies', werkprocessen: '23189:B1-K1-W1,25498:B1-K1-W1' });
    const titel = `B1-K1-W1 ${DEPS.catalogue.werkproces('25498', 'B1-K1-W1')!.titel}`;
    expect(textsOf(seen)).toEqual([msg.kies.alGekozen([titel, titel])]);
    expect(selectionIds(lastCard(seen))).toEqual(['25498:B1-K1-W1']);
  });

  it('does not choose a kwalificatie with loaded werkprocessen as a whole, but opens it', async () => {
    const { driver } = await started();
    const seen = await driver.submit({ actie: 'kiesKwalificatie', crebo: '25498' });
    expect(textsOf(seen)).toEqual([msg.kwalificatie.heeftWerkprocessen('Helpende Zorg en Welzijn')]);
    expect(cardText(lastCard(seen))).toContain(msg.bladeren.kerntakenKop);
  });

  it('a stale button from an older card still works when its target exists', async () => {
    const { driver } = await started();
    await driver.submit({ actie: 'domeinen' });
    const seen = await driver.submit({ actie: 'kerntaak', crebo: '25168', kerntaak: 'B1-K2' });
    expect(cardText(lastCard(seen))).toContain(msg.bladeren.kerntaak('B1-K2', 'Bewaakt de voorraad'));
  });
});

describe('werkprocessen: every card', () => {
  it('is Adaptive Card 1.5 with a way on (buttons), and mentions that typing works', async () => {
    const { driver, start } = await started({ interesses: 'koken' });
    const cards = [start];
    for (const value of [
      { actie: 'zoek', vraag: 'magazijn' },
      { actie: 'domeinen' },
      { actie: 'domein', domein: 'Horeca en bakkerij' },
      { actie: 'kwalificatie', crebo: '25180' },
      { actie: 'kwalificatie', crebo: '25168' },
      { actie: 'kerntaak', crebo: '25168', kerntaak: 'B1-K2' },
      { actie: 'selectie' },
      { actie: 'klaar' },
    ]) {
      cards.push(lastCard(await driver.submit(value)));
    }
    for (const card of cards) {
      expect(card).toMatchObject({
        type: 'AdaptiveCard',
        $schema: expect.stringContaining('adaptive-card'),
        version: '1.5',
      });
      expect(submits(card).length).toBeGreaterThanOrEqual(2);
    }
    for (const card of cards.slice(0, -1)) expect(cardText(card)).toContain(msg.typeHint);
  });
});

describe('werkprocessen: typed steering', () => {
  it('handles numbers out of range, lists without numbers, topics, "verwijder N" and "terug" at the start', async () => {
    const { driver, start } = await started({ interesses: 'zorg' });
    expect(textsOf(await driver.say('kies 99'))).toEqual([msg.typed.nummerOnbekend(explainedIds(start).length)]);
    expect(lastCard(await driver.say('terug'))).toEqual(start);
    await driver.say('kies 1');
    expect(textsOf(await driver.say('verwijder 5'))).toEqual([msg.typed.verwijderNummer(1)]);
    expect(textsOf(await driver.say('3'))).toEqual([msg.typed.geenLijst]); // the selection card has no numbered list
    const removed = await driver.say('verwijder 1');
    expect(textsOf(removed)[0]).toMatch(/^Verwijderd uit je selectie: /);
    expect(cardText(lastCard(removed))).toContain(msg.selectie.leeg);
    await driver.say('wat is een praktijkverklaring?');
    expect(textsOf(await driver.say('1'))).toEqual([msg.typed.geenWerkproces(1)]);
    expect(cardText(lastCard(await driver.say('suggesties')))).toContain(msg.start.suggesties('zorg'));
    expect(cardText(lastCard(await driver.say('werkplek: kinderopvang')))).toContain(
      msg.start.metWerkplek('kinderopvang'),
    );
    expect(cardText(lastCard(await driver.say('interesses dieren en koken')))).toContain(
      msg.start.nietGevonden('dieren'),
    );
  });
});

describe('werkprocessen: the selection in progress, for the root on "stop"', () => {
  it('is undefined until something changed, then the selection so far', async () => {
    const { driver } = await started({ interesses: 'zorg' });
    expect(driver.dialog.draftInProgress(driver.savedInstance())).toBeUndefined();
    expect(driver.dialog.draftInProgress(undefined)).toBeUndefined();
    await driver.submit({ actie: 'kies', werkprocessen: '25498:P2-K1-W1' });
    await driver.submit({ actie: 'domeinen' }); // still kept while browsing on
    const draft = driver.dialog.draftInProgress(driver.savedInstance());
    expect(draft).toEqual({
      kwalificaties: [],
      werkprocessen: [
        {
          crebo: '25498',
          code: 'P2-K1-W1',
          titel: 'Ondersteunt bij wonen en huishouden',
          kwalificatie: 'Helpende Zorg en Welzijn',
        },
      ],
    });
  });

  it('inside the root: "stop" keeps the selection, the flow resumes it, Klaar hands it over', async () => {
    const startFlow: FlowStarter = (flow, session) =>
      flow === FLOW.werkprocessen
        ? ({
            interesses: 'zorg',
            selection: session.results.werkprocessen,
          } satisfies WerkprocessenOptions)
        : {};
    const root = new RootDialog({ flows: [new WerkprocessenDialog(DEPS)], startFlow });
    const client = new DialogTestClient('msteams', root);
    const send = async (activity: Partial<Activity>): Promise<Seen[]> => {
      const replies = await sendAndCollect(client, { type: 'message', ...activity });
      return replies.map((r) => (r.attachments?.[0] ? { card: r.attachments[0].content as Card } : { text: r.text }));
    };
    await send({ text: 'hallo' });
    await send({ value: { menu: 'werkprocessen' } });
    await send({ value: { actie: 'kies', werkprocessen: '25498:P2-K1-W1' } });
    const kept = `${rootMessages.stopped} ${rootMessages.stoppedKept.werkprocessen}`;
    expect(textsOf(await send({ text: 'stop' }))).toContain(kept);
    const resumed = await send({ text: 'werkprocessen verkennen' });
    expect(textsOf(resumed)).toEqual([msg.hervat(1)]);
    await send({ value: { actie: 'kies', werkprocessen: '25168:B1-K1-W3' } });
    const done = await send({ text: 'klaar' });
    expect(submits(lastCard(done)).map((s) => s.data)).toContainEqual({ menu: 'aanmelding' });
    // the root keeps the result: the next start resumes both werkprocessen
    expect(textsOf(await send({ value: { menu: 'werkprocessen' } }))).toEqual([msg.hervat(2)]);
  });
});
