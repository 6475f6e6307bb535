import type { Activity } from 'botbuilder';
import type { Answers } from '../../intake/screening/answers';
import { cardsOf } from './activities';
import { HttpConversation } from './conversation';
import type { TestApp } from './testApp';

type Sender = { submit(value: Record<string, unknown>): Promise<Partial<Activity>[]> };

/** The policy field the last card asks for: its input id is the field name (the card contract). */
export function askedField(replies: Partial<Activity>[]): string | undefined {
  const card = cardsOf(replies).at(-1) as { body?: { type: string; id?: string }[] } | undefined;
  return card?.body?.find((e) => e.type.startsWith('Input.') && e.id && e.id !== 'wijzig')?.id;
}

/**
 * Answers every question by submitting its card as Teams would (values as strings), picking
 * a sender per turn (so turns can alternate between instances). Stops at the summary.
 */
export async function answerScreeningByCards(
  first: Partial<Activity>[],
  answers: Answers,
  senderFor: (turn: number) => Sender,
) {
  let replies = first;
  for (let turn = 0; turn < 30; turn++) {
    const field = askedField(replies) as keyof Answers | undefined;
    if (!field || !(field in answers)) return replies;
    const value = answers[field];
    replies = await senderFor(turn).submit({ [field]: value === null ? 'onbekend' : String(value) });
  }
  throw new Error('screening did not reach the summary in 30 turns');
}

/**
 * A new conversation over HTTP that greets the bot and then says `opening` ("screenen",
 * "aanmelding voorbereiden"): the conversation and the replies to the opening (its first question).
 */
export async function openedOverHttp(
  app: Pick<TestApp, 'post'>,
  opening = 'screenen',
): Promise<{ chat: HttpConversation; first: Partial<Activity>[] }> {
  const chat = new HttpConversation(app);
  await chat.say('hoi');
  return { chat, first: await chat.say(opening) };
}
