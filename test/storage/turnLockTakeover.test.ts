import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turnErrorMessages } from '../../bot/messages.nl';
import { CONVERSATION_TURN_LOCK } from '../../bot/storage/turnLock';
import { allVisibleText, messageActivity } from '../support/activities';
import { startTestApp, type TestApp } from '../support/testApp';
import { SHARED_REDIS_URL } from './redisServer';
import { spawnBuiltBot } from '../support/builtBot';

/**
 * The real thing: a bot process holds a conversation's turn lock in Redis (its turn waits for
 * a model that never answers), is killed with SIGKILL, and another instance must serve that
 * conversation within 5 s instead of answering "even geduld".
 */
describe('turn lock of a killed instance', () => {
  const prefix = `t-takeover-${Date.now()}`;
  let child: ChildProcess | undefined;
  let other: TestApp;
  let model: Server;
  let modelCalled!: Promise<void>;

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    let called!: () => void;
    modelCalled = new Promise((resolve) => (called = resolve));
    model = createServer(() => called()); // never answers: the turn hangs, holding the lock
    await new Promise<void>((resolve) => model.listen(0, '127.0.0.1', resolve));
    other = await startTestApp({ REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: prefix });
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    model.closeAllConnections();
    model.close();
    await other.stop();
    nock.enableNetConnect();
  });

  async function startBotProcess(): Promise<string> {
    const port = (model.address() as { port: number }).port;
    child = spawnBuiltBot(
      {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        REDIS_URL: SHARED_REDIS_URL,
        REDIS_PREFIX: prefix,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'takeover-')),
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
      },
      ['ignore', 'pipe', 'pipe'],
    );
    let out = '';
    return new Promise((resolve, reject) => {
      child!.stdout!.on('data', (d) => {
        out += d;
        const url = /"event":"startup.listening".*?"url":"([^"]+)"/.exec(out)?.[1];
        if (url) resolve(url);
      });
      child!.on('exit', (code) => reject(new Error(`bot exited with ${code}`)));
    });
  }

  it('lets another instance take the conversation over within 5 s', async () => {
    const url = await startBotProcess();
    const conversation = `a:takeover-${Date.now()}`;
    const description = messageActivity(conversation, {
      text: 'Mijn cliënt zoekt een leerwerkplek in de groenvoorziening, heel gemotiveerd',
    });
    void fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(description),
    }).catch(() => undefined);
    await modelCalled; // the turn is running and holds the lock
    // This turn waits CONVERSATION_TURN_LOCK.waitMs (5 s) for the lock, longer than its expiry (3 s):
    // "busy" means the heartbeat kept the lock alive past its ttl, with no extra sleep.
    expect(CONVERSATION_TURN_LOCK.waitMs).toBeGreaterThan(CONVERSATION_TURN_LOCK.ttlMs + 1_000);
    const busy = await other.post(messageActivity(conversation, { text: 'help' }));
    expect(allVisibleText((busy.json as { activities: [] }).activities)).toContain(turnErrorMessages.busy);

    const killedAt = Date.now();
    child!.kill('SIGKILL');
    const res = await other.post(messageActivity(conversation, { text: 'help' }));
    const text = allVisibleText((res.json as { activities: [] }).activities);
    expect(Date.now() - killedAt).toBeLessThan(5_000);
    expect(text).not.toContain(turnErrorMessages.busy);
    expect(text).toContain('Zo werk ik:');
  }, 120_000);
});
