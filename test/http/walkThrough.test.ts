import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { allVisibleText, cardsOf } from '../support/activities';
import { HttpConversation } from '../support/conversation';
import { answerScreeningByCards, askedField } from '../support/screeningOverHttp';
import { withTestApp, type TestApp } from '../support/testApp';
import { menuTextMessages } from '../../dialogs/menuText/messages.nl';
import { turnErrorMessages } from '../../bot/messages.nl';
import { rootMessages } from '../../dialogs/root/messages.nl';
import { flowMessages } from '../../dialogs/shared/messages.nl';
import { displayValue } from '../../dialogs/screening/cards';
import { screeningMessages } from '../../dialogs/screening/messages.nl';
import { loadScreeningCases } from '../fixtures/screeningCases';
import { werkprocessenMessages } from '../../dialogs/werkprocessen/messages.nl';
import { loadCatalogue } from '../../knowledge/catalogue';

const catalogue = loadCatalogue();

/** Faults found in a walk-through as busy klantmanagers, driven through the real bot turn by turn. */
let app: TestApp;
withTestApp((started) => (app = started));

type Action = { title: string; style?: string; data?: Record<string, unknown> };
const actionsOf = (replies: Partial<Activity>[]) => cardsOf(replies).flatMap((c) => (c.actions as Action[]) ?? []);
/** Every button of the cards, also those inside the body (an entry's own ActionSet). */
const buttonsOf = (replies: Partial<Activity>[]): Action[] => {
  const walk = (node: unknown): Action[] =>
    Array.isArray(node)
      ? node.flatMap(walk)
      : typeof node === 'object' && node !== null
        ? [
            ...((node as { type?: string }).type === 'Action.Submit' ? [node as Action] : []),
            ...Object.values(node).flatMap(walk),
          ]
        : [];
  return walk(cardsOf(replies));
};

/** The screening, typed up to the leerbaar question. */
async function atLeerbaar(chat: HttpConversation): Promise<void> {
  await chat.say('screenen');
  for (const answer of ['34', 'werkzoekend', 'nee', 'geen diploma', 'ja']) await chat.say(answer);
}

describe('a question typed in the middle of a flow', () => {
  it('screening: the answer offers "Verder met de screening", which brings the same question back', async () => {
    const chat = new HttpConversation(app);
    await atLeerbaar(chat);
    const replies = await chat.say('wat kost het de werkgever?');
    const titles = actionsOf(replies).map((a) => a.title);
    expect(titles).toContain(menuTextMessages.verderMet.screening);
    expect(titles).not.toContain(menuTextMessages.volgendeStap.screening);
    expect(allVisibleText(replies)).toContain(flowMessages.backToQuestion);
    const button = actionsOf(replies).find((a) => a.title === menuTextMessages.verderMet.screening)!;
    const again = await chat.submit(button.data!);
    expect(askedField(again)).toBe('leerbaar');
    expect(allVisibleText(again)).not.toMatch(/We gaan verder met je/); // not restarted, just the question
    expect(askedField(await chat.say('ja'))).toBe('schoolbaar');
  });

  it('aanmelding (its screening first): "Verder met de aanmelding", and the same question', async () => {
    const chat = new HttpConversation(app);
    await chat.say('aanmelding');
    const first = await chat.say('34');
    expect(askedField(first)).toBe('situatie');
    const replies = await chat.say('hoe lang duurt het?');
    const titles = actionsOf(replies).map((a) => a.title);
    expect(titles).toContain(menuTextMessages.verderMet.aanmelding);
    expect(titles).not.toContain(menuTextMessages.volgendeStap.screening);
    expect(titles).not.toContain(menuTextMessages.volgendeStap.aanmelding);
    const button = actionsOf(replies).find((a) => a.title === menuTextMessages.verderMet.aanmelding)!;
    expect(askedField(await chat.submit(button.data!))).toBe('situatie');
    expect(askedField(await chat.say('werkzoekend'))).toBe('ingeschrevenMbo');
  });

  it('at the menu the answer still offers the next step', async () => {
    const replies = await new HttpConversation(app).say('wat kost het de werkgever?');
    const titles = actionsOf(replies).map((a) => a.title);
    expect(titles.some((t) => Object.values(menuTextMessages.volgendeStap).includes(t as never))).toBe(true);
    expect(titles).not.toContain(menuTextMessages.verderMet.screening);
  });
});

describe('"Meer hierover" under an answer in the middle of a flow', () => {
  it('shows the rest of the answer, then the same question; its button goes on with the flow', async () => {
    const chat = new HttpConversation(app);
    await atLeerbaar(chat);
    const answer = await chat.say('wat kost het de werkgever?');
    const meer = actionsOf(answer).find((a) => a.title === menuTextMessages.meerKnop)!;
    const more = await chat.submit(meer.data!);
    expect(allVisibleText(more)).not.toMatch(/kan ik niet gebruiken|herken ik niet/);
    expect(allVisibleText(more)).toContain(flowMessages.backToQuestion);
    expect(cardsOf(more).length).toBeGreaterThan(1); // the rest of the answer, then the question
    expect(actionsOf(more).map((a) => a.title)).not.toContain(menuTextMessages.volgendeStap.screening);
    expect(askedField(more)).toBe('leerbaar');
  });

  it.each(['nog meer', 'meer info'])(
    'typed "%s" shows the rest of the answer as at the menu, then the same question',
    async (typed) => {
      const chat = new HttpConversation(app);
      await atLeerbaar(chat);
      const answer = await chat.say('wat kost het de werkgever?');
      const meer = actionsOf(answer).find((a) => a.title === menuTextMessages.meerKnop)!;
      const more = await chat.say(typed);
      expect(allVisibleText(more)).not.toMatch(/kan ik niet gebruiken|herken ik niet/);
      expect(allVisibleText(more)).toContain(flowMessages.backToQuestion);
      expect(cardsOf(more).length).toBeGreaterThan(1); // the rest of the answer, then the question
      expect(askedField(more)).toBe('leerbaar');
      // the same rest as the "Meer hierover" button gives
      const pressed = new HttpConversation(app);
      await atLeerbaar(pressed);
      await pressed.say('wat kost het de werkgever?');
      expect(allVisibleText(await pressed.submit(meer.data!))).toBe(allVisibleText(more));
      expect(askedField(await chat.say('ja'))).toBe('schoolbaar'); // and the flow goes on
    },
  );
});

describe('a link in an answer given in the middle of a flow', () => {
  const k = '25254'; // Assistent logistiek

  it('screening: "Bekijk dit beroep" shows the beroep, offers "Verder met de screening" and keeps the place', async () => {
    const chat = new HttpConversation(app);
    await atLeerbaar(chat);
    const answer = await chat.say('wat doet een assistent logistiek?');
    const bekijk = buttonsOf(answer).find((a) => a.title === werkprocessenMessages.kwalificatie.openen)!;
    expect(bekijk.data).toMatchObject({ kwalificatie: k });
    const shown = await chat.submit(bekijk.data!);
    const text = allVisibleText(shown);
    expect(text).toContain('Assistent logistiek');
    expect(text).toContain(catalogue.kwalificatie(k)!.beschrijving!); // the content itself
    expect(text).not.toContain(werkprocessenMessages.title); // no werkprocessen flow started
    expect(actionsOf(shown).map((a) => a.title)).toContain(menuTextMessages.verderMet.screening);
    expect(text).toContain(flowMessages.backToQuestion);
    expect(askedField(shown)).toBe('leerbaar'); // the same question, answers kept
    expect(askedField(await chat.say('ja'))).toBe('schoolbaar');
  });

  it('aanmelding: "Bekijk dit werkproces" shows its explanation and the same question', async () => {
    const chat = new HttpConversation(app);
    await chat.say('aanmelding');
    expect(askedField(await chat.say('34'))).toBe('situatie');
    const answer = await chat.say('wat doe je bij gasten ontvangen in een restaurant?');
    const bekijk = buttonsOf(answer).find((a) => a.title === werkprocessenMessages.werkproces.bekijk)!;
    expect(bekijk).toBeDefined();
    expect(buttonsOf(answer).map((a) => a.title)).not.toContain(werkprocessenMessages.werkproces.kiesDit);
    const shown = await chat.submit(bekijk.data!);
    expect(allVisibleText(shown)).toContain(werkprocessenMessages.werkproces.voorbeelden);
    expect(actionsOf(shown).map((a) => a.title)).toContain(menuTextMessages.verderMet.aanmelding);
    expect(askedField(shown)).toBe('situatie');
    expect(askedField(await chat.say('werkzoekend'))).toBe('ingeschrevenMbo');
  });

  it('at the menu the same button (an older card) still opens the beroep in Werkprocessen verkennen', async () => {
    const chat = new HttpConversation(app);
    await chat.say('hoi');
    const opened = await chat.submit({ menu: 'werkprocessen', kwalificatie: k, toon: true });
    expect(allVisibleText(opened)).toContain(
      werkprocessenMessages.kwalificatie.geenWerkprocessen('Assistent logistiek'),
    );
  });
});

describe('terug and wijzig show the answer until now', () => {
  it('screening: "terug" shows the answer of the question asked again', async () => {
    const chat = new HttpConversation(app);
    await atLeerbaar(chat);
    const back = await chat.say('terug');
    expect(askedField(back)).toBe('motivatie');
    expect(allVisibleText(back)).toContain(flowMessages.current(displayValue('motivatie', 'ja')));
  });

  it('screening: "wijzig uren" shows "Nu: 16 uur" with the question', async () => {
    const chat = new HttpConversation(app);
    const first = await chat.say('screenen');
    const answers = { ...loadScreeningCases().find((c) => c.id === 'v01')!.input, urenPerWeek: 16 };
    const summary = await answerScreeningByCards(first, answers, () => chat);
    expect(allVisibleText(summary)).toContain(screeningMessages.summary.title);
    const edit = await chat.say('wijzig uren');
    expect(askedField(edit)).toBe('urenPerWeek');
    expect(allVisibleText(edit)).toContain('Nu: 16 uur');
    // the summary's own "Wijzig" button, and "wijzig" after the advice, say it too
    const again = await chat.say('20');
    expect(allVisibleText(await chat.submit({ actie: 'wijzig', wijzig: 'urenPerWeek' }))).toContain('Nu: 20 uur');
    await answerScreeningByCards(await chat.say('24'), answers, () => chat);
    expect(allVisibleText(again)).toContain(screeningMessages.summary.title);
    const advice = await chat.submit({ actie: 'bevestig' });
    expect(allVisibleText(advice)).toMatch(/advies/i);
    const afterAdvice = await chat.say('wijzig uren');
    expect(askedField(afterAdvice)).toBe('urenPerWeek');
    expect(allVisibleText(afterAdvice)).toContain('Nu: 24 uur');
  });

  it('aanmelding: "terug" shows what the card had', async () => {
    const chat = new HttpConversation(app);
    const first = await chat.say('aanmelding');
    await answerScreeningByCards(first, loadScreeningCases().find((c) => c.id === 'v01')!.input, () => chat);
    await chat.submit({ actie: 'bevestig' });
    await chat.say('ik typ het liever');
    await chat.say('Ahmed Benali');
    const back = await chat.say('terug');
    expect(allVisibleText(back)).toContain(flowMessages.current('Ahmed Benali'));
  });
});

describe('a BSN typed as an answer', () => {
  it('is refused, and the same question comes back', async () => {
    const chat = new HttpConversation(app);
    await chat.say('screenen');
    const refused = await chat.say('111222333');
    expect(allVisibleText(refused)).toContain(turnErrorMessages.bsnRefused);
    expect(askedField(refused)).toBe('leeftijd');
    expect(askedField(await chat.say('34'))).toBe('situatie');
  });

  it('at the menu it is only refused', async () => {
    const refused = await new HttpConversation(app).say('bsn 111222333');
    expect(allVisibleText(refused)).toBe(turnErrorMessages.bsnRefused);
  });
});

describe('"hoi" from someone who knows the bot', () => {
  const welcomeLength = async () => allVisibleText(await new HttpConversation(app).say('hoi')).length;

  it('a new user gets the whole welcome; after a finished answer "hallo" is short, with the main buttons', async () => {
    const chat = new HttpConversation(app);
    const welcome = allVisibleText(await chat.say('hoi'));
    await chat.say('wat kost het de werkgever?');
    const again = await chat.say('hallo');
    expect(allVisibleText(again)).toContain(rootMessages.greeting);
    expect(allVisibleText(again).length).toBeLessThan(welcome.length / 2);
    expect(actionsOf(again).map((a) => a.data?.menu)).toEqual(expect.arrayContaining(['screening', 'aanmelding']));
    expect(allVisibleText(await chat.say('help')).length).toBeGreaterThan(allVisibleText(again).length);
    expect(await welcomeLength()).toBe(welcome.length);
  });

  it('in the middle of the screening: short, and the same question again', async () => {
    const chat = new HttpConversation(app);
    await atLeerbaar(chat);
    const hoi = await chat.say('Hoi!');
    expect(allVisibleText(hoi)).toContain(rootMessages.greetingInFlow);
    expect(allVisibleText(hoi)).not.toMatch(/herken ik niet|kan ik niet gebruiken/);
    expect(askedField(hoi)).toBe('leerbaar');
    expect(askedField(await chat.say('ja'))).toBe('schoolbaar');
  });
});
