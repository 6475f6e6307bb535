/**
 * One complete screening as a verwijzer clicks it (case v01 of the examples: kansrijk, no
 * startkwalificatie, so no skip logic varies): each step is the value a card submits and
 * what the reply must contain, so the load generator also checks correctness.
 */
export interface Step {
  send: { text: string } | { value: Record<string, string> };
  expect: string;
}

const ask = (field: string) => `"id":"${field}"`;

export const SCREENING: Step[] = [
  { send: { text: 'screenen' }, expect: ask('leeftijd') },
  { send: { value: { leeftijd: '37' } }, expect: ask('situatie') },
  { send: { value: { situatie: 'werkzoekend' } }, expect: ask('ingeschrevenMbo') },
  { send: { value: { ingeschrevenMbo: 'false' } }, expect: ask('opleiding') },
  { send: { value: { opleiding: 'vmbo' } }, expect: ask('motivatie') },
  { send: { value: { motivatie: 'ja' } }, expect: ask('leerbaar') },
  { send: { value: { leerbaar: 'nee' } }, expect: ask('schoolbaar') },
  { send: { value: { schoolbaar: 'nee' } }, expect: ask('werkfit') },
  { send: { value: { werkfit: 'ja' } }, expect: ask('taal') },
  { send: { value: { taal: 'voldoende' } }, expect: ask('urenPerWeek') },
  { send: { value: { urenPerWeek: '24' } }, expect: ask('uitkering') },
  { send: { value: { uitkering: 'participatiewet' } }, expect: ask('inkomen') },
  { send: { value: { inkomen: 'uitkering' } }, expect: ask('leerbedrijf') },
  { send: { value: { leerbedrijf: 'erkend' } }, expect: ask('begeleiding') },
  { send: { value: { begeleiding: 'true' } }, expect: ask('interesses') },
  { send: { value: { interesses: 'schoonmaak' } }, expect: 'Kloppen deze antwoorden?' },
  { send: { value: { actie: 'bevestig' } }, expect: 'Kansrijk' },
];

export function activityBody(conversationId: string, step: Step): string {
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
