import { expect } from 'vitest';
import type { AnswerField, Answers } from '../../../intake/screening/answers';
import { DEFAULT_POLICY } from '../../../intake/screening/policy';
import { screen } from '../../../intake/screening/screen';
import { prefillMessages } from '../../../dialogs/prefill/messages.nl';
import { fieldMessages, screeningMessages as msg } from '../../../dialogs/screening/messages.nl';
import type { BotMessage, PlaygroundChat } from '../playground';
import { visible } from './text';

/**
 * One candidate for the screening scenarios: 35, werkzoekend, vmbo, doubts about learning in
 * practice, no leerbaan yet. Expected advice "bespreken" with one reason and one to-do.
 * `startkwalificatieBruikbaar` is not asked after vmbo (no startkwalificatie).
 */
export const CANDIDATE: Answers = {
  leeftijd: 35,
  situatie: 'werkzoekend',
  ingeschrevenMbo: false,
  opleiding: 'vmbo',
  startkwalificatieBruikbaar: null,
  motivatie: 'twijfel',
  leerbaar: 'nee',
  schoolbaar: 'nee',
  werkfit: 'met-begeleiding',
  taal: 'beperkt',
  urenPerWeek: 24,
  uitkering: 'participatiewet',
  inkomen: 'uitkering',
  leerbedrijf: 'geen',
  begeleiding: true,
  interesses: 'magazijn en logistiek',
};

/** The same candidate as a verwijzer would type it: numbers, labels, ja/nee, choice numbers. */
export const TYPED: Partial<Record<AnswerField, string>> = {
  leeftijd: '35 jaar',
  situatie: '1',
  ingeschrevenMbo: 'nee',
  opleiding: 'vmbo',
  motivatie: 'twijfelt nog',
  leerbaar: 'nee',
  schoolbaar: 'Nee',
  werkfit: 'ja, met begeleiding',
  taal: 'beperkt',
  urenPerWeek: '24',
  uitkering: 'participatiewet',
  inkomen: 'uitkering',
  leerbedrijf: '3',
  begeleiding: 'ja',
  interesses: 'magazijn en logistiek',
};

const QUESTION_OR_SUMMARY = new RegExp(`Vraag \\d+ van \\d+|${msg.summary.title.replace('?', '\\?')}`);

/** Which question a card asks, from its visible question text. */
export function askedField(card: BotMessage): AnswerField {
  const field = (Object.keys(fieldMessages) as AnswerField[]).find((f) =>
    card.text.includes(visible(fieldMessages[f].question)),
  );
  if (!field) throw new Error(`Not a screening question: ${card.text.slice(0, 200)}`);
  return field;
}

/**
 * Answers each question the bot shows until the summary card; returns the fields in the
 * order asked. Checks the progress line counts up to the announced total.
 */
export async function answerQuestions(
  chat: PlaygroundChat,
  answer: (field: AnswerField) => Promise<void>,
): Promise<AnswerField[]> {
  const asked: AnswerField[] = [];
  let total = 0;
  for (;;) {
    const card = await chat.waitForBotMessage(QUESTION_OR_SUMMARY);
    if (card.text.includes(msg.summary.title)) {
      expect(asked.length).toBe(total);
      return asked;
    }
    const field = askedField(card);
    if (asked.includes(field)) throw new Error(`"${field}" was asked again after: ${asked.join(', ')}`);
    asked.push(field);
    const progress = /Vraag (\d+) van (\d+)/.exec(card.text);
    expect(Number(progress?.[1])).toBe(asked.length);
    total = Number(progress?.[2]);
    await answer(field);
  }
}

/** Answers the question card by clicking: a choice and "Volgende", or fills the input first. */
export async function answerOnCard(chat: PlaygroundChat, field: AnswerField): Promise<void> {
  const text = fieldMessages[field];
  const value = CANDIDATE[field];
  if (text.choices) await chat.choose(text.choices[String(value)] ?? String(value));
  else await chat.fill(text.label, String(value));
  await chat.clickButton(msg.next);
}

/** The result card shows the engine's advice for CANDIDATE: heading, level, every reason and to-do, disclaimer. */
export function expectResultForCandidate(result: BotMessage): void {
  const advice = screen(CANDIDATE, DEFAULT_POLICY);
  expect(advice.advies).toBe('bespreken'); // what this candidate is for
  expect(result.text).toContain(msg.result.heading);
  expect(result.text).toContain(`${msg.result.icon.bespreken} ${msg.result.advies.bespreken}`);
  expect(result.text).toContain(msg.result.reasonsTitle);
  expect(advice.redenen.length).toBeGreaterThan(0);
  for (const reason of advice.redenen) expect(result.text).toContain(`• ${reason.uitleg}`);
  for (const action of advice.acties) expect(result.text).toContain(`• ${action.uitleg}`);
  expect(result.text).toContain(visible(advice.disclaimer));
  expect(result.buttons).toEqual([msg.result.werkprocessen, msg.result.aanmelding]);
}

/**
 * A second candidate, described in one message at the menu (the bot reads the answers from
 * it and asks to confirm); the questions the description leaves open are typed. Advice
 * "kansrijk", interest "zorg", an erkend leerbedrijf (so the aanmelding asks for it).
 */
export const DESCRIBED = {
  text: 'Cliënt van 34, werkzoekend, bijstand, geen diploma, wil in de zorg, 20 uur per week, gemotiveerd, spreekt goed Nederlands, heeft een erkend leerbedrijf',
  interesses: 'zorg',
  rest: {
    ingeschrevenMbo: 'nee',
    leerbaar: 'nee',
    schoolbaar: 'nee',
    werkfit: 'ja',
    inkomen: 'uitkering',
    begeleiding: 'ja',
  } as Partial<Record<AnswerField, string>>,
  advies: 'kansrijk',
} as const;

/** Describes DESCRIBED at the menu, confirms, types the open answers, confirms the summary; returns the result card. */
export async function screenByDescription(chat: PlaygroundChat): Promise<BotMessage> {
  await chat.send(DESCRIBED.text);
  const understood = await chat.waitForBotMessage(prefillMessages.title);
  expect(understood.text).toContain(`${fieldMessages.leeftijd.label} 34 jaar`);
  await chat.clickButton(prefillMessages.useButton);
  for (;;) {
    const card = await chat.waitForBotMessage(QUESTION_OR_SUMMARY);
    if (card.text.includes(msg.summary.title)) break;
    const field = askedField(card);
    const typed = DESCRIBED.rest[field];
    if (typed === undefined)
      throw new Error(`"${field}" was asked although the description answered it, or it has no typed answer`);
    await chat.send(typed);
  }
  await chat.clickButton(msg.summary.confirmButton);
  const result = await chat.waitForBotMessage(msg.result.advies[DESCRIBED.advies]);
  expect(result.buttons).toEqual([msg.result.werkprocessen, msg.result.aanmelding]);
  return result;
}
