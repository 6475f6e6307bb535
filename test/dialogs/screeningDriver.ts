import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import type { AnswerField, Answers } from '../../intake/screening/answers';
import { DEFAULT_POLICY, type Policy } from '../../intake/screening/policy';
import { ScreeningDialog, type ScreeningOptions } from '../../dialogs/screening';
import { sendAndCollect } from '../support/dialogReplies';

/** A parsed Adaptive Card as the user's client receives it. */
export interface Card {
  $schema?: string;
  version?: string;
  body: Element[];
  actions: Element[];
}
export type Element = Record<string, unknown> & { type: string };

/** What the user sees in one reply: a text or a card. */
export interface Seen {
  text?: string;
  card?: Card;
}

/** Drives the screening dialog turn by turn and collects every reply of each turn. */
export class ScreeningDriver {
  readonly client: DialogTestClient;

  constructor(policy: Policy = DEFAULT_POLICY, options: ScreeningOptions = {}) {
    this.client = new DialogTestClient('msteams', new ScreeningDialog(policy), options);
  }

  /** The first message begins the dialog (in the bot, the root dialog does that). */
  start(): Promise<Seen[]> {
    return this.send('screenen');
  }

  say(text: string): Promise<Seen[]> {
    return this.send(text);
  }

  /** A card submit as Teams sends it: no text, the inputs and data in `value`. */
  submit(value: unknown): Promise<Seen[]> {
    return this.send({ type: 'message', value });
  }

  get status(): string {
    return this.client.dialogTurnResult.status;
  }

  get result(): unknown {
    return this.client.dialogTurnResult.result;
  }

  private async send(activity: string | Partial<Activity>): Promise<Seen[]> {
    return (await sendAndCollect(this.client, activity)).map(seenOf);
  }
}

function seenOf(activity: Partial<Activity>): Seen {
  const content = activity.attachments?.[0]?.content as Card | undefined;
  // Round-trip through JSON: that is what the channel gets.
  return content ? { card: JSON.parse(JSON.stringify(content)) as Card } : { text: activity.text };
}

export function lastCard(seen: Seen[]): Card {
  const card = [...seen].reverse().find((s) => s.card)?.card;
  if (!card) throw new Error(`expected a card, saw: ${JSON.stringify(seen)}`);
  return card;
}

/** Every TextBlock, also inside containers, in reading order. */
export function textsOf(card: Card): string[] {
  const walk = (elements: Element[]): string[] =>
    elements.flatMap((e) =>
      e.type === 'TextBlock' ? [String(e.text)] : Array.isArray(e.items) ? walk(e.items as Element[]) : [],
    );
  return walk(card.body);
}

/** The advice line: a container styled by the advice (never coloured text on the card's own background). */
export function adviceLine(card: Card): { style: unknown; text: string } | undefined {
  const box = card.body.find((e) => e.type === 'Container' && e.style);
  return box ? { style: box.style, text: textsOf({ body: [box], actions: [] })[0] ?? '' } : undefined;
}

export function inputOf(card: Card): Element | undefined {
  return card.body.find((e) => e.type.startsWith('Input.') && e.id !== 'wijzig');
}

export function questionField(card: Card): string | undefined {
  return inputOf(card)?.id as string | undefined;
}

export function factsOf(card: Card): Record<string, string> {
  const factSet = card.body.find((e) => e.type === 'FactSet') as
    { facts: { title: string; value: string }[] } | undefined;
  return Object.fromEntries((factSet?.facts ?? []).map((f) => [f.title.replace(/^\d+\. /, ''), f.value]));
}

export const isSummary = (card: Card) => card.body.some((e) => e.type === 'FactSet');
export const isEarlyStop = (card: Card) =>
  card.actions.some((a) => (a.data as { vervolg?: string })?.vervolg === 'doorgaan');
export const isResult = (card: Card) =>
  card.actions.some((a) => (a.data as { menu?: string })?.menu === 'werkprocessen');

/** Values as Teams sends them from ChoiceSet / Number inputs: always strings. */
export function teamsValue(value: Answers[keyof Answers]): string {
  return value === null ? 'null' : String(value);
}

/** Answers every question card from `answers` until the summary; continues past an early stop. */
export async function answerByCards(
  driver: ScreeningDriver,
  answers: Answers,
  encode: (value: Answers[keyof Answers]) => unknown = teamsValue,
): Promise<{ asked: string[]; earlyStops: number; cards: Card[]; seen: Seen[] }> {
  let seen = await driver.start();
  const asked: string[] = [];
  const cards: Card[] = [];
  let earlyStops = 0;
  for (let turn = 0; turn < 40; turn++) {
    const card = lastCard(seen);
    if (isSummary(card)) return { asked, earlyStops, cards, seen };
    if (isEarlyStop(card)) {
      earlyStops++;
      seen = await driver.submit({ vervolg: 'doorgaan' });
      continue;
    }
    const field = questionField(card) as keyof Answers;
    asked.push(field);
    cards.push(card);
    seen = await driver.submit({ [field]: encode(answers[field]) });
  }
  throw new Error('no summary after 40 turns');
}

/** Card answers of a kansrijk client (no early stop on the way), for the questions a test does not type. */
export const KANSRIJK_BY_CARD: Readonly<Partial<Record<AnswerField, string>>> = {
  leeftijd: '34',
  situatie: 'werkzoekend',
  ingeschrevenMbo: 'false',
  opleiding: 'geen',
  motivatie: 'ja',
  leerbaar: 'ja',
  schoolbaar: 'nee',
  werkfit: 'ja',
  taal: 'voldoende',
  urenPerWeek: '20',
  uitkering: 'participatiewet',
  inkomen: 'uitkering',
  leerbedrijf: 'erkend',
  begeleiding: 'true',
  interesses: '',
  startkwalificatieBruikbaar: 'false',
};

/**
 * Answers by card (KANSRIJK_BY_CARD, with `instead` where given) until `field` is asked, or
 * without a field until the summary.
 */
export async function answerUntil(
  driver: ScreeningDriver,
  seen: Seen[],
  field?: string,
  instead: Partial<Record<AnswerField, string>> = {},
): Promise<Seen[]> {
  for (let turn = 0; turn < 25; turn++) {
    const card = lastCard(seen);
    if (isSummary(card)) return seen;
    if (isEarlyStop(card)) {
      seen = await driver.submit({ vervolg: 'doorgaan' });
      continue;
    }
    const asked = questionField(card) as AnswerField;
    if (asked === field) return seen;
    seen = await driver.submit({ [asked]: instead[asked] ?? KANSRIJK_BY_CARD[asked] });
  }
  throw new Error(`never asked ${field ?? 'the summary'}`);
}
