import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsOf } from '../support/activities';
import { HttpConversation } from '../support/conversation';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * Held-out set 5 read as a verwijzer: "loopt zn uitkering door?" found the income topic, but its
 * short answer stopped before the sentence about the uitkering. A question that names the
 * uitkering now opens with that paragraph; other income questions keep the topic's order.
 */
let app: TestApp;
beforeAll(async () => (app = await startTestApp()));
afterAll(() => app.stop());

const summaryOf = async (question: string) => {
  const card = cardsOf(await new HttpConversation(app).say(question))[0] as { body: { text: string }[] };
  expect(card.body[0]!.text).toContain('Inkomen tijdens het traject');
  return card.body[1]!.text;
};

describe('a question about the uitkering at the menu', () => {
  it.each([
    'ff checken, loopt zn uitkering gewoon door?',
    'houdt ze haar bijstand als ze meedoet',
    'en zijn wajong dan?',
  ])('"%s" opens with what the traject means for the uitkering', async (question) => {
    const summary = await summaryOf(question);
    expect(summary).toMatch(/^In de pilots deden ook mensen met een uitkering mee/);
    expect(summary).toContain('Bespreek met de gemeente of het UWV wat het traject betekent voor de uitkering');
  });

  it('"krijgt hij loon" keeps the topic in its own order', async () => {
    expect(await summaryOf('krijgt hij loon tijdens het traject')).toMatch(/^Een vorm van inkomen hoort altijd/);
  });
});
