import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rootMessages } from '../../dialogs/root/messages.nl';
import { turnErrorMessages } from '../../bot/messages.nl';
import { allVisibleText } from '../support/activities';
import { HttpConversation } from '../support/conversation';
import { startTestApp, type TestApp } from '../support/testApp';
import { withSharedRedis } from '../support/sharedRedis';
import { PendingMoveStore } from '../../bot/intake/pendingMoveStore';
import { OwnRedisServer, SHARED_REDIS_URL } from '../storage/redisServer';
import { intakeTeamMessages } from '../../dialogs/intakeTeam/messages.nl';
import {
  recordConnector,
  sayFrom,
  teamsFile,
  WEST_CHANNEL,
  WEST_OTHER_CHANNEL,
  type Sent,
} from '../support/intakeChannelFixture';
import { loadScreeningCases } from '../fixtures/screeningCases';
import { answerScreeningByCards, askedField } from '../support/screeningOverHttp';

const apps: TestApp[] = [];
let client: Redis;
withSharedRedis('t-sweep-', (connected) => (client = connected));
async function app(env: Record<string, string>): Promise<TestApp> {
  const started = await startTestApp(env);
  apps.push(started);
  return started;
}

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.stop()));
});
afterAll(() => nock.enableNetConnect());

describe('Redis mode', () => {
  it('reports redis storage and reachability in /healthz', async () => {
    const a = await app({ REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: `t-${Date.now()}` });
    const res = await fetch(`${a.url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok', storage: 'redis', llm: 'off', redis: true });
  });

  it('continues one conversation across two instances sharing Redis', async () => {
    const env = { REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: `t-${Date.now()}-two` };
    const [a, b] = [await app(env), await app(env)];
    const id = `shared-${Date.now()}`;
    expect(allVisibleText(await new HttpConversation(a, id).say('hallo'))).toContain(rootMessages.welcomeTitle);
    // Instance B knows the conversation already: not a second welcome, but the "not understood" menu.
    expect(allVisibleText(await new HttpConversation(b, id).say('blabla'))).toContain(rootMessages.unknownAtMenu);
  });

  it('runs a whole screening with turns alternating between two instances', async () => {
    const env = { REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: `t-${Date.now()}-alt` };
    const instances = [await app(env), await app(env)];
    const id = `alternating-${Date.now()}`;
    const conversations = instances.map((i) => new HttpConversation(i, id));
    const testCase = loadScreeningCases().find((c) => c.id === 'v03')!;
    const first = await conversations[0]!.say('screenen');
    const summary = await answerScreeningByCards(first, testCase.input, (turn) => conversations[(turn + 1) % 2]!);
    expect(allVisibleText(summary)).toContain('Kloppen deze antwoorden?');
    const result = allVisibleText(await conversations[1]!.say('klopt'));
    expect(result).toContain('Eerst bespreken');
    expect(result).toContain('indicatief advies');
  });

  it('never loses an answer when the same card is submitted twice at once', async () => {
    const env = { REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: `t-${Date.now()}-dbl` };
    const [a, b] = [await app(env), await app(env)];
    const id = `double-${Date.now()}`;
    await new HttpConversation(a, id).say('screenen');
    // A double click lands on both instances at the same time.
    const [one, two] = await Promise.all([
      new HttpConversation(a, id).submit({ leeftijd: '34' }),
      new HttpConversation(b, id).submit({ leeftijd: '34' }),
    ]);
    const fields = [askedField(one), askedField(two)];
    // One turn took the answer and asked the next question; the other was handled after it
    // (seeing the new question) instead of overwriting it.
    expect(fields).toContain('situatie');
    const next = await new HttpConversation(a, id).submit({ situatie: 'werkzoekend' });
    expect(askedField(next)).toBe('ingeschrevenMbo');
  });

  it('answers "tijdelijk niet beschikbaar" during an outage and recovers with the state intact', async () => {
    const redis = await OwnRedisServer.start(['--appendonly', 'yes', '--dir', mkdtempSync(join(tmpdir(), 'aof-'))]);
    try {
      const a = await app({ REDIS_URL: redis.url });
      const conversation = new HttpConversation(a);
      await conversation.say('hallo');
      await redis.kill();
      expect(allVisibleText(await conversation.say('help'))).toBe(turnErrorMessages.storageUnavailable);
      expect(await (await fetch(`${a.url}/healthz`)).json()).toMatchObject({ status: 'degraded', redis: false });
      await redis.restart();
      await expect
        .poll(async () => (await (await fetch(`${a.url}/healthz`)).json()).redis, { timeout: 5_000 })
        .toBe(true);
      // Same conversation, same state: the bot remembers it welcomed us.
      expect(allVisibleText(await conversation.say('blabla'))).toContain(rootMessages.unknownAtMenu);
    } finally {
      await redis.kill();
    }
  });

  it('a channel move asked on one instance is confirmed on the other, once', async () => {
    const env = {
      REDIS_URL: SHARED_REDIS_URL,
      REDIS_PREFIX: `t-${Date.now()}-move`,
      INTAKE_TEAMS_FILE: teamsFile(),
    };
    const [a, b] = [await app(env), await app(env)];
    const sent: Sent[] = [];
    recordConnector(sent);
    const move = intakeTeamMessages.registration.move;
    await sayFrom(a, 'west', { text: 'koppel intake west' });
    expect(allVisibleText(await sayFrom(a, 'westOtherChannel', { text: 'koppel intake west' }))).toContain(
      move.ask('Intaketeam ROC West', 10),
    );
    const confirm = { text: 'koppel intake west bevestig' };
    const replies = await Promise.all([
      sayFrom(b, 'westOtherChannel', confirm),
      sayFrom(a, 'westOtherChannel', confirm),
    ]);
    expect(replies.map(allVisibleText).filter((text) => text.includes(move.oldTold))).toHaveLength(1);
    const linked = (await a.intake.registrations.get('west'))?.conversation as { id: string };
    expect(linked.id).toBe(WEST_OTHER_CHANNEL);
    expect(sent.filter((s) => s.conversation === WEST_CHANNEL)).toHaveLength(1); // one notice, not two
  });

  it('the start-up retention sweep removes an expired move request, keeps an open one, and runs on past a failing part', async () => {
    const prefix = `t-sweep-${Date.now()}`;
    const moves = await PendingMoveStore.openInRedis(client, `${prefix}:intake:moves:`);
    const open = { conversationId: WEST_OTHER_CHANNEL, teamId: 'team', tenantId: 'tenant' };
    const expiresIn = (ms: number) => new Date(Date.now() + ms).toISOString();
    await moves.put('west', { ...open, expiresAt: expiresIn(-1_000) });
    await moves.put('oost', { ...open, expiresAt: expiresIn(600_000) });
    await client.set(`${prefix}:intake:dossiers`, 'not the index'); // the dossier purge fails on it
    const a = await app({ REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: prefix });
    const logged = (event: string) =>
      a.logs.lines.filter((line) => line.includes(`"${event}"`)).map((line) => JSON.parse(line) as object);
    await expect.poll(() => logged('retention.purged')).toHaveLength(1);
    expect(logged('retention.failed')).toEqual([expect.objectContaining({ part: 'dossiers', code: 'ReplyError' })]);
    expect(logged('retention.purged')[0]).toMatchObject({ moves: 1, jobs: 0, references: 0 });
    expect(logged('retention.purged')[0]).not.toHaveProperty('dossiers');
    expect(await a.intake.pendingMoves.get('west')).toBeUndefined();
    expect(await a.intake.pendingMoves.get('oost')).toMatchObject(open);
  });
});
