import type { Activity } from 'botbuilder';

let counter = 0;

/** A message activity as a channel would post it, with expectReplies so replies come back in the body. */
export function messageActivity(conversationId: string, fields: Partial<Activity> = {}): Record<string, unknown> {
  counter++;
  return {
    type: 'message',
    id: `act-${counter}`,
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:9/never-called',
    conversation: { id: conversationId },
    from: { id: 'user-1', name: 'Verwijzer Test' },
    recipient: { id: 'bot-1', name: 'Bot' },
    deliveryMode: 'expectReplies',
    ...fields,
  };
}

type CardNode = {
  type?: string;
  text?: string;
  title?: string;
  label?: string;
  facts?: { title: string; value: string }[];
  choices?: { title: string }[];
  [k: string]: unknown;
};

/** Everything a user can read in an activity: its text and all text inside Adaptive Cards. */
export function visibleText(activity: Partial<Activity>): string {
  const parts: string[] = [];
  if (activity.text) parts.push(activity.text);
  for (const attachment of activity.attachments ?? []) collectText(attachment.content as CardNode, parts);
  return parts.join('\n');
}

function collectText(node: unknown, parts: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((n) => collectText(n, parts));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const n = node as CardNode;
  for (const key of ['text', 'title', 'label', 'placeholder', 'value'] as const) {
    if (typeof n[key] === 'string' && (key !== 'value' || n.type === 'Fact')) parts.push(n[key]);
  }
  for (const fact of n.facts ?? []) parts.push(`${fact.title} ${fact.value}`);
  for (const [key, child] of Object.entries(n)) {
    if (key !== 'facts' && typeof child === 'object') collectText(child, parts);
  }
}

export function allVisibleText(activities: Partial<Activity>[]): string {
  return activities.map(visibleText).join('\n');
}

/** The Adaptive Cards in a list of activities. */
export function cardsOf(activities: Partial<Activity>[]): Record<string, unknown>[] {
  return activities.flatMap((a) =>
    (a.attachments ?? [])
      .filter((x) => x.contentType === 'application/vnd.microsoft.card.adaptive')
      .map((x) => x.content as Record<string, unknown>),
  );
}

/** The titles of the buttons on the last card of a turn's replies. */
export function buttonTitlesOf(activities: Partial<Activity>[]): string[] {
  const card = cardsOf(activities).at(-1) as { actions?: { title: string }[] } | undefined;
  return (card?.actions ?? []).map((a) => a.title);
}
