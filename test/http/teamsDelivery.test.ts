import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { messageActivity } from '../support/activities';
import { startTestApp, type TestApp } from '../support/testApp';
import { sampleDossier } from '../intake-delivery/helpers';
import { PLAYGROUND_TEAM } from '../../bot/intake/intakeTeamsConfig';

const CONNECTOR = 'https://smba.example.test';
const SERVICE_URL = `${CONNECTOR}/teams/`;
const CHANNEL_ID = '19:intake-general@thread.tacv2';
const VERWIJZER_CONV = 'a:personal-verwijzer';
/** Posts into one conversation (botbuilder adds the id of the activity it answers). */
const ACTIVITIES = (conversation: string) => (path: string) =>
  decodeURIComponent(path).replace(/\/activities\/[^/]+$/, '/activities') ===
  `/teams/v3/conversations/${conversation}/activities`;

// botbuilder's connector retries 5xx and network errors itself; past our time limit that is a timeout.
type Failure = [string, (scope: nock.Interceptor) => nock.Scope, RegExp];
const FAILURES: Failure[] = [
  ['answers 500', (i) => i.reply(500, { error: { code: 'ServiceError' } }), /^TEAMS_HTTP_500$/],
  [
    'refuses the connection',
    (i) => i.replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }),
    /^TEAMS_(NETWORK_ERROR|TIMEOUT)$/,
  ],
  ['does not answer in time', (i) => i.delay(3_000).reply(200, { id: 'late' }), /^TEAMS_TIMEOUT$/],
];

describe('delivery into a Teams channel tells the truth', () => {
  let app: TestApp;

  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  beforeEach(async () => {
    app = await startTestApp({}, { proactiveTimeoutMs: 1_000 });
    await app.post(
      messageActivity(`${CHANNEL_ID};messageid=1`, {
        channelId: 'msteams',
        serviceUrl: SERVICE_URL,
        text: 'koppel intake intake',
        conversation: { id: `${CHANNEL_ID};messageid=1`, conversationType: 'channel', isGroup: true } as never,
        // A channel of the team the default intake team is bound to (the Playground's test team).
        channelData: { tenant: { id: PLAYGROUND_TEAM.tenantId }, team: { id: PLAYGROUND_TEAM.teamId } },
      }),
    );
  });
  afterEach(async () => {
    await app.stop();
    nock.cleanAll();
  });
  afterAll(() => nock.enableNetConnect());

  const events = () => app.logs.lines.map((line) => JSON.parse(line) as { msg: string; event?: string; code?: string });
  const verwijzerTurn = (teamsId: string) =>
    messageActivity(VERWIJZER_CONV, {
      channelId: 'msteams',
      serviceUrl: SERVICE_URL,
      conversation: { id: VERWIJZER_CONV, conversationType: 'personal' } as never,
      from: { id: teamsId, name: 'Fleur Bakker' },
    }) as Partial<Activity>;

  it.each(FAILURES)(
    'a channel that %s is a failed attempt, retried until it works',
    { timeout: 120_000 },
    async (_name, fail, code) => {
      const channelPosts: string[] = [];
      fail(nock(CONNECTOR).post(ACTIVITIES(CHANNEL_ID)));
      // Persistent: botbuilder's own late retry of a timed-out send may post the card too (at least once).
      nock(CONNECTOR)
        .persist()
        .post(ACTIVITIES(CHANNEL_ID))
        .reply(200, () => (channelPosts.push('card'), { id: 'card-1' }));
      nock(CONNECTOR).persist().post(ACTIVITIES(VERWIJZER_CONV)).reply(200, { id: 'note' });
      const dossier = sampleDossier({
        intakeTeam: 'intake',
        statusHistory: [{ status: 'concept', op: '2026-03-02T09:00:00.000Z' }],
      });

      await app.intake.submit(dossier, verwijzerTurn(dossier.verwijzer.teamsId));

      await expect
        .poll(() => events().some((e) => e.msg === 'delivery.retry_scheduled' && code.test(e.code ?? '')), {
          timeout: 40_000,
        })
        .toBe(true);
      expect(events().some((e) => e.msg === 'delivery.delivered')).toBe(false);
      expect((await app.intake.store.get(dossier.id))!.statusHistory.at(-1)!.status).toBe('verzonden');
      await expect.poll(() => channelPosts.length, { timeout: 40_000 }).toBeGreaterThan(0);
      await expect
        .poll(async () => (await app.intake.store.get(dossier.id))!.statusHistory.at(-1)!.status, { timeout: 40_000 })
        .toBe('afgeleverd');
      expect(events().filter((e) => e.msg === 'delivery.delivered')).toHaveLength(1);
    },
  );

  it('a notification the verwijzer did not get is logged as failed, never as sent', { timeout: 120_000 }, async () => {
    nock(CONNECTOR).post(ACTIVITIES(CHANNEL_ID)).reply(200, { id: 'card-1' });
    nock(CONNECTOR)
      .post(ACTIVITIES(VERWIJZER_CONV))
      .reply(503, { error: { code: 'ServiceUnavailable' } });
    const dossier = sampleDossier({
      intakeTeam: 'intake',
      statusHistory: [{ status: 'concept', op: '2026-03-02T09:00:00.000Z' }],
    });

    await app.intake.submit(dossier, verwijzerTurn(dossier.verwijzer.teamsId));

    await expect.poll(() => events().some((e) => e.event === 'notify.failed'), { timeout: 40_000 }).toBe(true);
    expect(events().filter((e) => e.event === 'notify.sent')).toEqual([]);
  });
});
