/**
 * One turn of a replayed screening: what the verwijzer sends (typed text or the value a card
 * submits) and a piece of the reply that proves the bot understood (the next question's input
 * id, or the advice), so the load generator checks every reply.
 */
export interface Step {
  send: { text: string } | { value: Record<string, string> };
  expect: string;
}

/** A complete screening of one case, turn by turn. */
export interface Script {
  caseId: string;
  steps: Step[];
}

export function activityBody(conversationId: string, step: Pick<Step, 'send'>): string {
  return JSON.stringify({
    type: 'message',
    channelId: 'bench',
    serviceUrl: 'http://127.0.0.1:9',
    deliveryMode: 'expectReplies',
    conversation: { id: conversationId },
    from: { id: `user-${conversationId}`, name: 'Bench' },
    recipient: { id: 'bot', name: 'Bot' },
    ...step.send,
  });
}
