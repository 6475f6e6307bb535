import fc from 'fast-check';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity } from '../support/activities';
import { HttpConversation } from '../support/conversation';
import { startTestApp, type TestApp } from '../support/testApp';

/** Property-based abuse of the endpoint: random bodies, random activities, random submits. */
describe('fuzzing POST /api/messages', () => {
  let app: TestApp;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    process.on('unhandledRejection', onUnhandled);
    app = await startTestApp();
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await app.stop();
    nock.enableNetConnect();
  });

  const allowed = [200, 400, 413];

  it('answers random JSON bodies with 200, 400 or 413, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (body) => {
        const res = await app.post(JSON.stringify(body));
        expect(allowed).toContain(res.status);
      }),
      { numRuns: 150 },
    );
  });

  it('answers random activities (any type, text, value, entities) without a server error', async () => {
    const activity = fc.record(
      {
        type: fc.constantFrom(
          'message',
          'conversationUpdate',
          'invoke',
          'event',
          'typing',
          'messageReaction',
          'installationUpdate',
          'x',
        ),
        text: fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.constantFrom('help', 'stop', 'opnieuw', '1', 'koppel intake intake', 'mijn aanmeldingen'),
        ),
        value: fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.record({ menu: fc.string() }),
          fc.record({ intakeActie: fc.string(), dossierId: fc.string() }),
        ),
        membersAdded: fc.array(fc.record({ id: fc.string({ minLength: 1 }) }), { maxLength: 2 }),
        entities: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 2 }),
      },
      { requiredKeys: ['type'] },
    );
    await fc.assert(
      fc.asyncProperty(activity, fc.string({ minLength: 1, maxLength: 20 }), async (fields, conv) => {
        const res = await app.post(messageActivity(`fuzz-${conv}`, fields as never));
        expect(allowed).toContain(res.status);
      }),
      { numRuns: 200 },
    );
  });

  it('survives random card submits in the middle of a screening and keeps answering', async () => {
    const conversation = new HttpConversation(app);
    await conversation.say('screenen');
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom(
            'leeftijd',
            'situatie',
            'opleiding',
            'actie',
            'menu',
            'wijzig',
            'x',
            '__proto__',
            'constructor',
          ),
          fc.jsonValue({ maxDepth: 2 }),
        ),
        async (value) => {
          const replies = await conversation.submit(value);
          expect(replies.length).toBeGreaterThan(0); // never silence
        },
      ),
      { numRuns: 100 },
    );
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect(unhandled).toEqual([]);
  });
});
