import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { allVisibleText, cardsOf, visibleText } from '../support/activities';
import { HttpConversation } from '../support/conversation';
import { startTestApp, type TestApp } from '../support/testApp';
import { rootMessages } from '../../dialogs/root/messages.nl';
import { menuTextMessages } from '../../dialogs/menuText/messages.nl';
import { werkprocessenMessages } from '../../dialogs/werkprocessen/messages.nl';
import { SHORT_SENTENCES } from '../../dialogs/menuText/shortAnswer';
import { sentencesOf } from '../../knowledge/answer/fallbackAnswer';

/** Issue 14 items 2 (first half) and 7: words and everyday questions at the menu, short answers with a next step. */
let app: TestApp;
beforeAll(async () => (app = await startTestApp()));
afterAll(() => app.stop());

const actionsOf = (replies: Partial<Activity>[]) =>
  cardsOf(replies).flatMap(
    (c) => (c.actions as { title: string; style?: string; data?: Record<string, unknown> }[]) ?? [],
  );

describe('one word or an everyday question at the menu', () => {
  it.each(['magazijn', 'koken', 'zorg'])(
    '"%s" is answered from the knowledge base, with werkprocessen as next step',
    async (word) => {
      const replies = await new HttpConversation(app).say(word);
      const text = allVisibleText(replies);
      expect(text).not.toContain(rootMessages.unknownAtMenu);
      expect(actionsOf(replies)[0]).toMatchObject({ title: 'Werkprocessen verkennen', style: 'positive' });
    },
  );

  it('gives the best topic first in at most five sentences, then "meer" for the rest', async () => {
    const conversation = new HttpConversation(app);
    const replies = await conversation.say('wat is een praktijkverklaring?');
    const card = cardsOf(replies)[0] as { body: { text: string }[] };
    expect(card.body[0]!.text).not.toMatch(/Wil je werkprocessen kiezen/);
    const summary = card.body[1]!.text;
    expect(sentencesOf(summary).length).toBeLessThanOrEqual(SHORT_SENTENCES);
    expect(cardsOf(replies)).toHaveLength(1);
    expect(actionsOf(replies).map((a) => a.title)).toContain(menuTextMessages.meerKnop);
    const more = allVisibleText(await conversation.say('meer'));
    expect(more).not.toContain(rootMessages.unknownAtMenu);
    expect(more.length).toBeGreaterThan(100);
    // the "meer" button works like typing it
    const pressed = allVisibleText(await conversation.submit({ typ: 'meer' }));
    expect(pressed).toBe(more);
  });

  it('"meer?" and "nog meer" continue the last answer as "meer" does', async () => {
    const conversation = new HttpConversation(app);
    await conversation.say('wat kost het de werkgever?');
    const more = allVisibleText(await conversation.say('meer'));
    for (const typed of ['meer?', 'nog meer', 'Meer info!']) {
      const again = new HttpConversation(app);
      await again.say('wat kost het de werkgever?');
      expect(allVisibleText(await again.say(typed))).toBe(more);
    }
  });

  it('offers "Aanmelding voorbereiden" under the procedure answer', async () => {
    const replies = await new HttpConversation(app).say('hoe meld ik mijn cliënt aan?');
    expect(actionsOf(replies)[0]).toMatchObject({ title: 'Aanmelding voorbereiden', data: { menu: 'aanmelding' } });
  });

  it('greets back shortly, thanks kindly, and only misunderstands what it does not know', async () => {
    const conversation = new HttpConversation(app);
    await conversation.say('screenen');
    await conversation.say('stop');
    const hallo = allVisibleText(await conversation.say('hallo'));
    expect(hallo).toContain(rootMessages.greeting);
    expect(hallo).not.toContain(rootMessages.welcomeTitle); // the whole welcome is for a new user and "help"
    expect(allVisibleText(await conversation.say('bedankt!'))).toContain(menuTextMessages.bedankt);
    const dag = allVisibleText(await conversation.say('dag!'));
    expect(dag).toContain(menuTextMessages.totZiens); // "dag" may be goodbye: not the whole welcome again
    expect(dag).not.toContain(rootMessages.welcomeTitle);
    expect(allVisibleText(await conversation.say('blabla'))).toContain(rootMessages.unknownAtMenu);
  });

  it.each([
    ['wat heeft mijn cliënt eraan?', 'Waarom praktijkleren? Wat de pilots opleverden'],
    ['verschil met een werkervaringsplek?', 'Praktijkleren, werkervaringsplek, mbo-certificaat, Boris of bbl'],
  ])('"%s" is answered by its topic first, in at most five sentences, with a next step', async (question, titel) => {
    const replies = await new HttpConversation(app).say(question);
    const card = cardsOf(replies)[0] as { body: { text: string }[] };
    expect(card.body[0]!.text).toContain(titel);
    expect(sentencesOf(card.body[1]!.text).length).toBeLessThanOrEqual(SHORT_SENTENCES);
    expect(actionsOf(replies)[0]).toMatchObject({ title: 'Cliënt screenen', style: 'positive' });
  });

  it.each([
    'wt kost t de werkgever',
    'wat kost het de werkgever',
    'moet de werkgever betalen',
    'kosten voor het bedrijf',
  ])('"%s" opens with what the employer pays, the mbo\'s funding after "meer"', async (question) => {
    const conversation = new HttpConversation(app);
    const card = cardsOf(await conversation.say(question))[0] as { body: { text: string }[] };
    expect(card.body[0]!.text).toContain('Kosten en financiering');
    const [first, ...others] = sentencesOf(card.body[1]!.text);
    expect(first).toMatch(/^Voor de werkgever, het leerbedrijf, kost het vooral tijd/);
    expect(others.join(' ')).toContain('een vergoeding voor de werkgever was in de pilots niet geregeld');
    expect(card.body[1]!.text).not.toContain('OCW');
    expect(allVisibleText(await conversation.say('meer'))).toContain('De mbo-instelling krijgt van OCW geen geld');
  });

  it.each(['wat heeft mijn clint eraan?', 'wat levert het hem op'])(
    '"%s" opens with what it brought the participants, the pilots\' figures after it',
    async (question) => {
      const card = cardsOf(await new HttpConversation(app).say(question))[0] as { body: { text: string }[] };
      expect(card.body[1]!.text).toMatch(/^Voor veel deelnemers was het de eerste keer dat ze een papiertje haalden/);
    },
  );

  it.each([
    ['welk taalniveau heeft ze nodig', /^Een taalniveau was in de pilots geen harde voorwaarde/],
    ['ze spreekt weinig Nederlands, kan dat', /^Een taalniveau was in de pilots geen harde voorwaarde/],
    ['is hij niet te oud? hij is 61', /^Van alle 784 deelnemers/],
    ['hoe jong mag ze zijn', /^In de pilots golden als harde voorwaarden: volwassen/],
    ['hij heeft een lvb, kan hij meedoen', /^Ook mensen met een doelgroepregistratie doen mee/],
    ['psychische klachten, is dat een probleem', /^Daarnaast moet leren in de praktijk bij de persoon passen/],
  ])('"%s" opens voor wie with the paragraph about what is asked', async (question, opening) => {
    const card = cardsOf(await new HttpConversation(app).say(question))[0] as { body: { text: string }[] };
    expect(card.body[0]!.text).toContain('Voor wie is praktijkleren bedoeld?');
    expect(card.body[1]!.text).toMatch(opening);
  });

  it('"werkt het echt? zijn er cijfers" still opens with the pilots\' figures', async () => {
    const card = cardsOf(await new HttpConversation(app).say('werkt het echt? zijn er cijfers van'))[0] as {
      body: { text: string }[];
    };
    expect(card.body[1]!.text).toMatch(/^In 26 pilots/);
  });

  it('"wie betaalt het traject" still opens with the whole picture, the mbo first', async () => {
    const card = cardsOf(await new HttpConversation(app).say('wie betaalt het traject eigenlijk'))[0] as {
      body: { text: string }[];
    };
    expect(card.body[1]!.text).toMatch(/^De mbo-instelling krijgt van OCW geen geld/);
  });

  it.each([
    ['magazijn', 'Assistent logistiek'],
    ['logistiek', 'Assistent logistiek'],
    ['koken', 'Kok'],
    ['verkoop', 'Verkoper'],
    ['dieren', 'Assistent plant of (groene) leefomgeving'],
  ])(
    '"%s" opens with the fitting mbo-beroep (%s): what the work is, its level, the werkprocessen at the intake',
    async (word, naam) => {
      const replies = await new HttpConversation(app).say(word);
      const answer = replies.find((r) => cardsOf([r]).length > 0)!;
      const texts = visibleText(answer).split('\n');
      expect(texts[0]).toBe(`**1. ${naam}**`);
      expect(texts[1]).toMatch(/· niveau [12] ·/);
      expect(texts).toContain(werkprocessenMessages.kwalificatie.geenWerkprocessenKort);
    },
  );

  it('"dieren": says honestly that no mbo-beroep fits and offers the nearest (Entree groen)', async () => {
    const replies = await new HttpConversation(app).say('dieren');
    const text = allVisibleText(replies);
    expect(text).toContain(werkprocessenMessages.zoek.geenBeroep('werk met dieren'));
    expect(text).toContain('Assistent plant of (groene) leefomgeving');
    expect(text).not.toMatch(/dranken|GGZ/);
  });

  it('explains "meer" when there was no question yet', async () => {
    expect(allVisibleText(await new HttpConversation(app).say('meer'))).toContain(menuTextMessages.geenVraag);
  });
});
