import { describe, expect, it } from 'vitest';
import { answerFromSearch } from '../../dialogs/werkprocessen';
import { werkprocessenMessages as msg } from '../../dialogs/werkprocessen/messages.nl';
import { MAX_QUERY_LENGTH } from '../../knowledge/search/searchIndex';
import {
  cardText,
  choiceValues,
  CODE,
  DEPS,
  input,
  lastCard,
  submitData,
  submits,
  textsOf,
  WerkprocessenDriver,
  type Card,
} from './werkprocessenDriver';

const { catalogue, index } = DEPS;

async function ask(question: string) {
  const driver = new WerkprocessenDriver();
  await driver.start();
  const seen = await driver.say(question);
  return { driver, seen, card: lastCard(seen) };
}

describe('werkprocessen: free questions inside the flow', () => {
  it('answers "wat doet een assistent logistiek?" with the kwalificatie: description, niveau, domein, no werkprocessen loaded', async () => {
    const { driver, card } = await ask('wat doet een assistent logistiek?');
    const text = cardText(card);
    const k = catalogue.kwalificatie('25254')!;
    expect(text).toContain(msg.zoek.kop('wat doet een assistent logistiek?'));
    expect(text).toContain(`**1. ${k.naam}**`);
    expect(text).toContain(k.beschrijving!);
    expect(text).toContain(msg.kwalificatie.meta('25254', 1, 'Transport, scheepvaart en logistiek'));
    expect(text).toContain(msg.kwalificatie.dossier('Entree'));
    expect(text).toContain(msg.kwalificatie.geenWerkprocessenKort);
    expect(submitData(card, 'kwalificatie')).toContainEqual({ actie: 'kwalificatie', crebo: '25254' });
    // the button (or typing its number) opens it
    const opened = cardText(lastCard(await driver.say('1')));
    expect(opened).toContain(msg.kwalificatie.geenWerkprocessen(k.naam));
  });

  it('answers "mijn cliënt wil iets met planten" with green kwalificaties', async () => {
    const { card } = await ask('mijn cliënt wil iets met planten');
    const crebos = submitData(card, 'kwalificatie').map((d) => d.crebo);
    expect(crebos.slice(0, 3)).toContain('25258'); // Assistent plant of (groene) leefomgeving
    expect(cardText(card)).toContain(msg.kwalificatie.meta('25258', 1, 'Voedsel, natuur en leefomgeving'));
  });

  it('shows werkprocessen with explanation, code and dossier, selectable by tick or number', async () => {
    const { driver, card } = await ask('gasten ontvangen in een restaurant');
    const found = catalogue.werkproces('25168', 'B1-K1-W3')!;
    const text = cardText(card);
    expect(text).toContain(`**1. ${found.titel}**`);
    expect(text).toContain(msg.werkproces.meta('B1-K1-W3', 'Gastheer/-vrouw', 'crebo 25168', 2));
    expect(text).toContain(msg.werkproces.nietGecontroleerd);
    expect(choiceValues(card, 'werkprocessen')[0]).toBe('25168:B1-K1-W3');
    // the explanation is one click (or "uitleg 1") away, with its dossier
    const explained = cardText(lastCard(await driver.say('uitleg 1')));
    expect(explained).toContain(msg.werkproces.dossier('Bediening', null));
    expect(explained).toContain(found.uitleg!);
    expect(submitData(lastCard(await driver.say('terug')), 'werkproces')[0]).toEqual({
      actie: 'werkproces',
      id: '25168:B1-K1-W3',
    });
    const seen = await driver.say('kies 1');
    expect(textsOf(seen)).toEqual([msg.kies.toegevoegd(['B1-K1-W3 Ontvangt gasten'])]);
  });

  it('answers a procedure question with the topic text and cites its source section', async () => {
    const { card } = await ask('krijgt mijn cliënt een uitkering tijdens het traject?');
    const inkomen = catalogue.onderwerp('inkomen')!;
    const text = cardText(card);
    expect(text).toContain(`**1. ${inkomen.titel}**`);
    for (const alinea of inkomen.tekst) expect(text).toContain(alinea);
    expect(text).toContain(msg.bron(inkomen.bron));
    expect(msg.bron(inkomen.bron)).toMatch(/^Bron: Evaluatierapport.*§/);
  });

  it('lists "wat is een praktijkverklaring?" among the topics it answers with', async () => {
    const { card } = await ask('wat is een praktijkverklaring?');
    expect(cardText(card)).toContain(catalogue.onderwerp('wat-is-praktijkleren')!.titel);
  });

  it('says so when nothing is found, and offers browsing and other words', async () => {
    const { card } = await ask('xyzzy qwerty');
    expect(cardText(card)).toContain(msg.zoek.geenHits('xyzzy qwerty'));
    expect(submitData(card, 'domeinen')).toHaveLength(1);
    expect(cardText(card)).toContain(msg.typeHint);
    expect(input(card, 'werkprocessen')).toBeUndefined();
  });

  it('gives a clear message for an empty or over-long question and shows the same card again', async () => {
    const driver = new WerkprocessenDriver();
    const start = lastCard(await driver.start());
    const empty = await driver.submit({ actie: 'zoek', vraag: '   ' });
    expect(textsOf(empty)).toEqual([msg.zoek.leeg]);
    expect(lastCard(empty)).toEqual(start);
    const long = 'magazijn '.repeat(60).trim();
    const tooLong = await driver.say(long);
    expect(textsOf(tooLong)).toEqual([msg.zoek.teLang(long.length, MAX_QUERY_LENGTH)]);
    expect(textsOf(await driver.say('zoeken'))).toEqual([msg.zoek.welkWoord]);
  });
});

describe('answerFromSearch: the answer to free text typed at the menu', () => {
  /** The card as the channel receives it (JSON). */
  const channelCard = (card: unknown): Card => {
    if (!card) throw new Error('expected a card');
    return JSON.parse(JSON.stringify(card)) as Card;
  };
  const buttons = (card: unknown) => submits(channelCard(card)).map((s) => s.data);

  it('answers with the top hits and buttons into the flow, without starting it', () => {
    const answer = answerFromSearch(catalogue, index, 'wat doet een assistent logistiek?');
    expect(answer.text).toBe(msg.menuAntwoord.gevonden);
    expect(answer.hits[0]).toMatchObject({ type: 'kwalificatie', id: '25254' });
    expect(answer.hits.length).toBeLessThanOrEqual(3);
    expect(answer.card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const text = cardText(channelCard(answer.card));
    expect(text).toContain('Assistent logistiek');
    expect(text).toContain(msg.kwalificatie.geenWerkprocessenKort);
    expect(buttons(answer.card)).toEqual(
      expect.arrayContaining([
        { menu: 'werkprocessen', kwalificatie: '25254' },
        { menu: 'werkprocessen' },
        { menu: 'menu' },
      ]),
    );
    // no flow-internal buttons: the root would not route them
    expect(buttons(answer.card).every((data) => 'menu' in data)).toBe(true);
  });

  it('offers to choose a werkproces found at the menu, with code and dossier', () => {
    const answer = answerFromSearch(catalogue, index, 'helpen met aankleden in het verpleeghuis');
    expect(answer.hits[0]).toMatchObject({ type: 'werkproces', id: '25498:P2-K1-W2' });
    expect(cardText(channelCard(answer.card))).toContain(
      msg.werkproces.meta('P2-K1-W2', 'Helpende Zorg en Welzijn', 'crebo 25498', 2),
    );
    expect(buttons(answer.card)).toContainEqual({ menu: 'werkprocessen', kies: '25498:P2-K1-W2' });
  });

  it('answers a topic with its text and source; no hits and empty questions get a clear text', () => {
    const topic = answerFromSearch(catalogue, index, 'krijgt mijn cliënt een uitkering tijdens het traject?');
    expect(cardText(channelCard(topic.card))).toContain(msg.bron(catalogue.onderwerp('inkomen')!.bron));
    const none = answerFromSearch(catalogue, index, 'xyzzy qwerty');
    expect(none).toMatchObject({ text: msg.zoek.geenHits('xyzzy qwerty'), hits: [] });
    expect(buttons(none.card)).toContainEqual({ menu: 'werkprocessen', bladeren: true });
    expect(answerFromSearch(catalogue, index, '  ')).toEqual({ text: msg.zoek.leeg, hits: [] });
    const long = 'x'.repeat(MAX_QUERY_LENGTH + 1);
    expect(answerFromSearch(catalogue, index, long)).toEqual({
      text: msg.zoek.teLang(long.length, MAX_QUERY_LENGTH),
      hits: [],
    });
  });

  it('the menu buttons start the flow where they point: a werkproces chosen, a kwalificatie opened, browsing', async () => {
    const chosen = new WerkprocessenDriver();
    const seen = await chosen.start({ menu: 'werkprocessen', kies: '25498:P2-K1-W2' });
    expect(textsOf(seen)).toEqual([msg.kies.toegevoegd(['P2-K1-W2 Ondersteunt bij persoonlijke zorg en ADL'])]);
    expect(submitData(lastCard(seen), 'verwijder').map((d) => d.id)).toEqual(['25498:P2-K1-W2']);

    const opened = new WerkprocessenDriver();
    const card = lastCard(await opened.start({ menu: 'werkprocessen', kwalificatie: '25254' }));
    expect(cardText(card)).toContain(msg.kwalificatie.geenWerkprocessen('Assistent logistiek'));
    expect(cardText(card)).not.toMatch(CODE);

    const browsing = new WerkprocessenDriver();
    expect(cardText(lastCard(await browsing.start({ menu: 'werkprocessen', bladeren: true })))).toContain(
      msg.bladeren.domeinen,
    );
  });

  it('a tampered menu button adds nothing and starts at the suggestions', async () => {
    const driver = new WerkprocessenDriver();
    const seen = await driver.start({ menu: 'werkprocessen', kies: '99999:P1-K1-W1' });
    expect(textsOf(seen)).toEqual([msg.kies.onbekend]);
    expect(cardText(lastCard(seen))).toContain(msg.intro);
    expect(submits(lastCard(seen)).find((s) => s.data.actie === 'selectie')?.title).toBe(msg.selectie.knop(0));
  });
});
