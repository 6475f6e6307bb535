import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WerkprocesSelection } from '../../dialogs/flows';
import { werkprocessenMessages as msg } from '../../dialogs/werkprocessen/messages.nl';
import {
  cardText,
  choiceValues,
  CODE,
  DEPS,
  depsWithImport,
  entry,
  explainedIds,
  elementsOf,
  input,
  lastCard,
  submitData,
  SBB_XML_DIR,
  submits,
  textsOf,
  WerkprocessenDriver,
  wp,
} from './werkprocessenDriver';

const { catalogue } = DEPS;

describe('werkprocessen: suggestions from the interests of the screening', () => {
  it.each(['schoonmaak', 'zorg'])(
    'suggests selectable werkprocessen for "%s", each with kwalificatie, niveau and code',
    async (interesses) => {
      const driver = new WerkprocessenDriver({ interesses });
      const card = lastCard(await driver.start());
      expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
      const text = cardText(card);
      expect(text).toContain(msg.start.suggesties(interesses));
      const ids = explainedIds(card);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      for (const id of ids) {
        const found = wp(id); // every suggested id exists in the catalogue
        // a kwalificatie's crebo; a basisdeel entry under its dossier names the kwalificatiedossier's number as such
        const dossier = found.crebo === found.dossier.dossierCrebo;
        const crebo = `${dossier ? 'kwalificatiedossier' : 'crebo'} ${found.crebo}`;
        expect(text).toContain(msg.werkproces.meta(found.code, found.kwalificatie, crebo, found.niveau));
        expect(text).toContain(found.titel);
      }
      // ways on: other interests, browse, selection, Klaar
      expect(submits(card).map((s) => s.data.actie)).toEqual(
        expect.arrayContaining(['werkproces', 'suggesties', 'domeinen', 'selectie', 'klaar']),
      );

      const picked = ids.slice(0, 2);
      const seen = await driver.submit({
        actie: 'kies',
        werkprocessen: picked.join(','),
        vraag: '',
        interesses,
        werkplek: '',
      });
      expect(textsOf(seen)[0]).toEqual(msg.kies.toegevoegd(picked.map((id) => `${wp(id).code} ${wp(id).titel}`)));
      const selection = lastCard(seen);
      expect(cardText(selection)).toContain(msg.selectie.titel);
      expect(submitData(selection, 'verwijder').map((d) => d.id)).toEqual(picked);

      await driver.say('klaar');
      expect(driver.status).toBe('complete');
      expect(driver.result).toMatchObject({
        kwalificaties: [],
        werkprocessen: picked.map(entry),
      } satisfies WerkprocesSelection);
    },
  );

  it('finds care work for "zorg" (Helpende Zorg en Welzijn) and takes typed numbers', async () => {
    const driver = new WerkprocessenDriver({ interesses: 'zorg' });
    const ids = explainedIds(lastCard(await driver.start()));
    expect(ids).toContain('25498:P2-K1-W2'); // Ondersteunt bij persoonlijke zorg en ADL
    const n = ids.indexOf('25498:P2-K1-W2') + 1;
    const seen = await driver.say(`kies ${n}`);
    expect(textsOf(seen)[0]).toContain('P2-K1-W2 Ondersteunt bij persoonlijke zorg en ADL');
  });

  it('refines the suggestions with the workplace', async () => {
    const driver = new WerkprocessenDriver({ interesses: 'zorg' });
    const before = explainedIds(lastCard(await driver.start()));
    const card = lastCard(
      await driver.submit({ actie: 'suggesties', interesses: 'zorg', werkplek: 'kinderopvang', vraag: '' }),
    );
    const after = explainedIds(card);
    expect(cardText(card)).toContain(msg.start.metWerkplek('kinderopvang'));
    expect(after).not.toEqual(before);
    expect(after.some((id) => wp(id).dossier.id === 'pedagogisch-werk')).toBe(true);
    expect(input(card, 'werkplek')?.value).toBe('kinderopvang');
  });

  it('asks for interests when the screening gave none, and offers search and browsing', async () => {
    const driver = new WerkprocessenDriver({ interesses: '' });
    const card = lastCard(await driver.start());
    expect(cardText(card)).toContain(msg.start.geenInteresses);
    expect(input(card, 'interesses')).toMatchObject({ type: 'Input.Text', value: '' });
    expect(input(card, 'werkprocessen')).toBeUndefined();
    const next = lastCard(await driver.submit({ actie: 'suggesties', interesses: 'koken', werkplek: '' }));
    expect(explainedIds(next).length).toBeGreaterThan(0);
  });

  it('names fitting kwalificaties without loaded werkprocessen, without codes, and opens them', async () => {
    const driver = new WerkprocessenDriver({ interesses: 'schoonmaak' });
    const card = lastCard(await driver.start());
    const open = submitData(card, 'kwalificatie');
    expect(open).toContainEqual({ actie: 'kwalificatie', crebo: '25034' }); // Schoonmaker in verschillende omgevingen
    const opened = lastCard(await driver.submit({ actie: 'kwalificatie', crebo: '25034' }));
    expect(cardText(opened)).toContain(msg.kwalificatie.geenWerkprocessen('Schoonmaker in verschillende omgevingen'));
    expect(cardText(opened)).not.toMatch(CODE);
  });
});

describe('werkprocessen: browse domain → kwalificatie → kerntaak → werkproces', () => {
  it('walks down with cards, selects a werkproces, and goes back at each level', async () => {
    const driver = new WerkprocessenDriver();
    await driver.start();
    const domeinen = lastCard(await driver.submit({ actie: 'domeinen' }));
    expect(choiceValues(domeinen, 'domein')).toEqual(catalogue.domeinen());
    const domein = lastCard(await driver.submit({ actie: 'domein', domein: 'Zorg en welzijn' }));
    expect(choiceValues(domein, 'crebo')).toContain('25498');
    expect(cardText(domein)).toContain('Helpende Zorg en Welzijn (niveau 2, crebo 25498)');
    const kwalificatie = lastCard(await driver.submit({ actie: 'kwalificatie', crebo: '25498' }));
    expect(cardText(kwalificatie)).toContain(msg.kwalificatie.meta('25498', 2, 'Zorg en welzijn'));
    expect(choiceValues(kwalificatie, 'kerntaak')).toEqual(['B1-K1', 'P2-K1']);
    const kerntaak = lastCard(await driver.submit({ actie: 'kerntaak', crebo: '25498', kerntaak: 'P2-K1' }));
    const text = cardText(kerntaak);
    for (const found of catalogue.kerntaken('25498').find((kt) => kt.code === 'P2-K1')!.werkprocessen) {
      expect(text).toContain(found.titel);
      expect(text).toContain(msg.werkproces.meta(found.code, 'Helpende Zorg en Welzijn', 'crebo 25498', 2));
      // the explanation is one click away
      const explained = cardText(lastCard(await driver.submit({ actie: 'werkproces', id: `25498:${found.code}` })));
      expect(explained).toContain(found.uitleg!);
      expect(found.voorbeeldtaken.length).toBeGreaterThanOrEqual(3);
      for (const taak of found.voorbeeldtaken) expect(explained).toContain(`- ${taak}`);
      await driver.submit({ actie: 'terug' });
    }
    expect(choiceValues(kerntaak, 'werkprocessen')).toEqual(['25498:P2-K1-W1', '25498:P2-K1-W2', '25498:P2-K1-W3']);

    const back = async () => cardText(lastCard(await driver.submit({ actie: 'terug' })));
    await driver.submit({ actie: 'kies', werkprocessen: '25498:P2-K1-W1' });
    expect(await back()).toContain(
      msg.bladeren.kerntaak('P2-K1', 'Ondersteunt bij dagelijkse activiteiten in zorg en welzijn'),
    );
    expect(await back()).toContain(msg.bladeren.kerntakenKop);
    expect(await back()).toContain(msg.bladeren.domein('Zorg en welzijn'));
    expect(await back()).toContain(msg.bladeren.domeinen);
    expect(await back()).toContain(msg.intro);
    await driver.submit({ actie: 'klaar' });
    expect(driver.result).toEqual({ kwalificaties: [], werkprocessen: [entry('25498:P2-K1-W1')] });
  });

  it('works with typed names and numbers only', async () => {
    const driver = new WerkprocessenDriver();
    await driver.start();
    await driver.say('bladeren');
    expect(cardText(lastCard(await driver.say('zorg en welzijn')))).toContain(msg.bladeren.domein('Zorg en welzijn'));
    expect(cardText(lastCard(await driver.say('helpende zorg en welzijn')))).toContain(
      msg.kwalificatie.meta('25498', 2, 'Zorg en welzijn'),
    );
    expect(cardText(lastCard(await driver.say('2')))).toContain(
      msg.bladeren.kerntaak('P2-K1', 'Ondersteunt bij dagelijkse activiteiten in zorg en welzijn'),
    );
    expect(textsOf(await driver.say('1 en 3'))[0]).toBe(
      msg.kies.toegevoegd([
        'P2-K1-W1 Ondersteunt bij wonen en huishouden',
        'P2-K1-W3 Assisteert bij de uitvoering van sociale en recreatieve activiteiten',
      ]),
    );
  });

  it('labels every unverified Bediening werkproces "nog niet gecontroleerd"', async () => {
    const driver = new WerkprocessenDriver();
    await driver.start();
    await driver.submit({ actie: 'kwalificatie', crebo: '25168' });
    const card = lastCard(await driver.submit({ actie: 'kerntaak', crebo: '25168', kerntaak: 'B1-K1' }));
    const werkprocessen = catalogue.kerntaken('25168').find((kt) => kt.code === 'B1-K1')!.werkprocessen;
    expect(werkprocessen.every((found) => !found.verified)).toBe(true);
    const labels = elementsOf(card).filter(
      (el) => el.type === 'TextBlock' && el.text === msg.werkproces.nietGecontroleerd,
    );
    expect(labels).toHaveLength(werkprocessen.length);
    expect(msg.werkproces.nietGecontroleerd.toLowerCase()).toContain('nog niet gecontroleerd');
  });

  it('says plainly that an Entree kwalificatie has no werkprocessen loaded, invents no codes, and can be chosen whole', async () => {
    const driver = new WerkprocessenDriver();
    await driver.start();
    const card = lastCard(await driver.submit({ actie: 'kwalificatie', crebo: '25254' }));
    const text = cardText(card);
    expect(text).toContain('Assistent logistiek');
    expect(text).toContain(msg.kwalificatie.geenWerkprocessen('Assistent logistiek'));
    expect(text).toContain('beheerder');
    expect(text).toContain('laat het mbo zien bij de intake');
    expect(text).not.toContain('npm');
    expect(text).not.toMatch(CODE);
    expect(input(card, 'kerntaak')).toBeUndefined();
    const seen = await driver.submit({ actie: 'kiesKwalificatie', crebo: '25254' });
    expect(textsOf(seen)).toEqual([
      msg.kies.toegevoegd([msg.selectie.heleKwalificatie('Assistent logistiek', 'crebo 25254')]),
    ]);
    await driver.submit({ actie: 'terug' });
    expect(cardText(lastCard(await driver.submit({ actie: 'kwalificatie', crebo: '25254' })))).toContain(
      msg.kwalificatie.heelGekozen,
    );
    await driver.say('klaar');
    expect(driver.result).toEqual({
      kwalificaties: [{ crebo: '25254', naam: 'Assistent logistiek' }],
      werkprocessen: [],
    });
  });

  it('shows the official SBB description with its attribution once a dossier is imported', async () => {
    const deps = depsWithImport(join(SBB_XML_DIR, '2755-Dienstverlening.xml'));
    const driver = new WerkprocessenDriver({}, deps);
    await driver.start();
    const card = lastCard(await driver.submit({ actie: 'werkproces', id: '25498:P2-K1-W1' }));
    const official = deps.catalogue.werkproces('25498', 'P2-K1-W1')!.officieleOmschrijving!;
    const texts = elementsOf(card)
      .filter((el) => el.type === 'TextBlock')
      .map((el) => String(el.text));
    const at = texts.indexOf(official.tekst);
    expect(at).toBeGreaterThan(0);
    expect(texts[at - 1]).toBe(msg.werkproces.officieel);
    expect(texts[at + 1]).toBe(msg.bron(official.bron));
    expect(texts[at + 1]).not.toMatch(/dossiercrebo/);
    expect(official.bron).toMatch(/^Bron: SBB kwalificatiedossier Dienstverlening/);
  });
});

describe('werkprocessen: short cards and honest suggestions (issue 14)', () => {
  const primaries = (card: ReturnType<typeof lastCard>) => elementsOf(card).filter((el) => el.style === 'positive');
  const bodyInputs = (card: ReturnType<typeof lastCard>) =>
    JSON.stringify(card.body).match(/"type":"Input\./g)?.length ?? 0;

  it('"magazijn": one line per suggestion, no checkboxes or inputs on sight, the explanation one click away', async () => {
    const driver = new WerkprocessenDriver({ interesses: 'magazijn' });
    const card = lastCard(await driver.start());
    expect(primaries(card)).toHaveLength(0); // nothing chosen yet: no main action but the suggestions
    expect(elementsOf(card).some((el) => el.isMultiSelect)).toBe(false);
    expect(bodyInputs(card)).toBe(0);
    const ids = explainedIds(card);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => wp(id).niveau <= 2)).toBe(true);
    expect(cardText(card)).toContain(msg.start.beroepen);
    expect(cardText(card)).toContain('Assistent logistiek');
    expect(cardText(card)).not.toContain('npm');

    const explained = lastCard(await driver.submit({ actie: 'werkproces', id: ids[0] }));
    expect(cardText(explained)).toContain(wp(ids[0]!).uitleg!);
    expect(primaries(explained).map((el) => el.title)).toEqual([msg.werkproces.kiesDit]);
    const chosen = await driver.submit(submitData(explained, 'kies')[0]);
    expect(textsOf(chosen)[0]).toContain(wp(ids[0]!).titel);
  });

  /** The reading order of a card's TextBlocks, depth first. */
  const readingOrder = (card: ReturnType<typeof lastCard>) =>
    elementsOf(card).flatMap((el) => (el.type === 'TextBlock' ? [String(el.text)] : []));

  it.each([
    ['magazijn', 'Assistent logistiek', 'Entree (niveau 1)'],
    ['iets in een magazijn', 'Assistent logistiek', 'Entree (niveau 1)'],
    ['orderpicken', 'Assistent logistiek', 'Entree (niveau 1)'],
    ['heftruck', 'Logistiek medewerker', 'niveau 2'],
    ['logistiek', 'Assistent logistiek', 'Entree (niveau 1)'],
    ['koken', 'Kok', 'niveau 2'],
    ['verkoop', 'Verkoper', 'niveau 2'],
    ['schoonmaak', 'Schoonmaker in verschillende omgevingen', 'niveau 2'],
  ])(
    '"%s": the better fitting mbo-beroep without loaded werkprocessen comes first (%s), werkprocessen of other beroepen after it',
    async (interesses, naam, niveau) => {
      const card = lastCard(await new WerkprocessenDriver({ interesses }).start());
      const texts = readingOrder(card);
      const beroep = texts.findIndex((t) => t.startsWith(`**${naam}** · ${niveau}.`));
      const firstWerkproces = texts.findIndex((t) => /^\*\*1\. /.test(t));
      expect(beroep, texts.join('\n')).toBeGreaterThan(-1);
      expect(texts.slice(beroep).join('\n')).toContain(msg.start.beroepenUitleg); // the mbo shows them at the intake
      if (firstWerkproces >= 0) {
        expect(beroep).toBeLessThan(firstWerkproces);
        expect(texts[firstWerkproces - 1]).toBe(`**${msg.start.andereWerkprocessen}**`);
      }
      expect(explainedIds(card).every((id) => wp(id).niveau <= 2)).toBe(true);
    },
  );

  it.each(['zorg', 'gasten ontvangen'])(
    '"%s": werkprocessen of a fitting mbo-beroep still come first',
    async (interesses) => {
      const texts = readingOrder(lastCard(await new WerkprocessenDriver({ interesses }).start()));
      const firstWerkproces = texts.findIndex((t) => /^\*\*1\. /.test(t));
      const beroepen = texts.indexOf(`**${msg.start.beroepen}**`);
      expect(firstWerkproces).toBeGreaterThan(-1);
      expect(beroepen === -1 || firstWerkproces < beroepen).toBe(true);
      expect(texts).not.toContain(`**${msg.start.andereWerkprocessen}**`);
    },
  );

  it('"ze wil iets met dieren": says nothing fits instead of suggesting drinks or GGZ', async () => {
    const card = lastCard(await new WerkprocessenDriver({ interesses: 'ze wil iets met dieren' }).start());
    expect(cardText(card)).toContain(msg.start.nietGevonden('dieren'));
    expect(cardText(card)).toContain(msg.start.nietGevondenVerder);
    expect(explainedIds(card)).toEqual([]);
  });

  it('"dieren" typed as a question inside the flow: says no mbo-beroep fits before the nearest', async () => {
    const driver = new WerkprocessenDriver();
    await driver.start();
    const text = cardText(lastCard(await driver.say('dieren')));
    expect(text).toContain(msg.zoek.geenBeroep('werk met dieren'));
    expect(text).not.toContain(msg.zoek.kop('dieren'));
    expect(text).toContain('Assistent plant of (groene) leefomgeving');
  });

  it('"ouderenzorg" typed inside the flow: no niveau 4 werkproces from another field, and a niveau 3 beroep says why', async () => {
    const driver = new WerkprocessenDriver();
    await driver.start();
    const text = cardText(lastCard(await driver.say('ouderenzorg')));
    expect(text).not.toMatch(/Code [^·]+·[^·]+· niveau [34]/);
    expect(text).toContain('Verzorgende IG');
    expect(text).toContain(msg.zoek.hogerNiveau);
  });

  it('zorg at niveau 3, asked two ways: zorg and welzijn werkprocessen, none from kinderopvang ("zorgt voor" is no zorg)', async () => {
    const pedagogisch = (id: string) => wp(id).dossier.naam === 'Pedagogisch Werk';
    // typed as a question inside the flow
    const driver = new WerkprocessenDriver();
    await driver.start();
    const asked = lastCard(await driver.say('ze wil in de zorg werken op mbo 3'));
    expect(explainedIds(asked).length).toBeGreaterThan(0);
    expect(explainedIds(asked).filter(pedagogisch)).toEqual([]);
    expect(cardText(asked)).not.toMatch(/Zorgt voor|kinderopvang/i);
    expect(cardText(asked)).toContain('Ondersteunt bij persoonlijke zorg en ADL');
    // as the client's interests from the screening
    const start = lastCard(await new WerkprocessenDriver({ interesses: 'zorg en welzijn, niveau 3' }).start());
    expect(explainedIds(start).length).toBeGreaterThan(0);
    expect(explainedIds(start).filter(pedagogisch)).toEqual([]);
    expect(explainedIds(start)[0]).toBe('25498:P2-K1-W2');
  });

  it('a client group named at niveau 3 (ouderenzorg, thuiszorg): no kinderopvang through "verzorging", which both share', async () => {
    const pedagogisch = (id: string) => wp(id).dossier.naam === 'Pedagogisch Werk';
    const driver = new WerkprocessenDriver();
    await driver.start();
    const asked = lastCard(await driver.say('ouderenzorg mbo 3'));
    expect(explainedIds(asked).length).toBeGreaterThan(0);
    expect(explainedIds(asked).filter(pedagogisch)).toEqual([]);
    expect(cardText(asked)).not.toMatch(/kinderopvang/i);
    const start = lastCard(await new WerkprocessenDriver({ interesses: 'thuiszorg niveau 3' }).start());
    expect(explainedIds(start).length).toBeGreaterThan(0);
    expect(explainedIds(start).filter(pedagogisch)).toEqual([]);
    // naming the children's group still finds kinderopvang
    const kinderen = lastCard(await new WerkprocessenDriver({ interesses: 'werken met peuters, niveau 3' }).start());
    expect(explainedIds(kinderen).some((id) => wp(id).kwalificatie === 'Pedagogisch medewerker kinderopvang')).toBe(
      true,
    );
  });

  it('"dieren en koken": names the interest without a fit, and suggests cooking work', async () => {
    const card = lastCard(await new WerkprocessenDriver({ interesses: 'dieren en koken' }).start());
    const text = cardText(card);
    expect(text).toContain(msg.start.nietGevonden('dieren'));
    expect(text).toContain('Kok');
    expect(explainedIds(card).every((id) => wp(id).niveau <= 2)).toBe(true);
  });

  it('has at most one primary action on every card of the flow', async () => {
    const driver = new WerkprocessenDriver({ interesses: 'zorg' });
    const cards = [lastCard(await driver.start())];
    for (const value of [
      { actie: 'werkproces', id: '25498:P2-K1-W2' },
      { actie: 'kerntaak', crebo: '25498', kerntaak: 'P2-K1' },
      { actie: 'kies', werkprocessen: '25498:P2-K1-W1' },
      { actie: 'kwalificatie', crebo: '25254' },
      { actie: 'zoek', vraag: 'gasten ontvangen' },
      { actie: 'start' },
    ]) {
      cards.push(lastCard(await driver.submit(value)));
    }
    for (const card of cards) expect(primaries(card).length).toBeLessThanOrEqual(1);
  });
});
