import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { allVisibleText, cardsOf } from '../support/activities';
import { HttpConversation } from '../support/conversation';
import { askedField } from '../support/screeningOverHttp';
import { withTestApp, type TestApp } from '../support/testApp';
import { menuTextMessages } from '../../dialogs/menuText/messages.nl';
import { flowMessages } from '../../dialogs/shared/messages.nl';

/** Faults found in a walk-through as busy klantmanagers, driven through the real bot turn by turn. */
let app: TestApp;
withTestApp((started) => (app = started));

type Action = { title: string; style?: string; data?: Record<string, unknown> };
const actionsOf = (replies: Partial<Activity>[]) => cardsOf(replies).flatMap((c) => (c.actions as Action[]) ?? []);

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
});
