import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, it, type ExpectStatic } from 'vitest';
import { currentStatus } from '../../intake/dossier/dossier';
import { FileDossierStore } from '../../intake/delivery/fileDossierStore';
import { FileOutbox } from '../../intake/delivery/fileOutbox';
import type { DossierStore, Outbox } from '../../intake/delivery/ports';
import { RedisDossierStore } from '../../intake/delivery/redisDossierStore';
import { RedisStreamOutbox } from '../../intake/delivery/redisStreamOutbox';
import { submitDossier } from '../../intake/delivery/dossierLifecycle';
import { conceptDossier, deleteKeys, newRedis, redisUrl, tempDir } from './helpers';
import { startLocalReceiver } from './localReceiver';
import { HOOK_SECRET } from './webhookReceiver';
import { spawnBuiltBot } from '../support/builtBot';

/**
 * The bot in a child process (the production build, as `npm start` runs it), killed with SIGKILL at the worst
 * moments of a delivery, then started again. The contract: nothing is lost, every dossier is
 * delivered at least once, and a receiver that dedupes on webhook-id keeps it exactly once.
 */
const redis = newRedis();
afterAll(() => redis.quit());

interface Mode {
  env: Record<string, string>;
  store: DossierStore;
  /** Opened by the test only while no bot runs (the file outbox has one process per directory). */
  withOutbox<T>(use: (outbox: Outbox) => Promise<T>): Promise<T>;
  cleanup(): Promise<void>;
}

async function fileMode(): Promise<Mode> {
  const dir = await tempDir();
  const intake = join(dir.path, 'intake');
  return {
    env: { DATA_DIR: dir.path },
    store: new FileDossierStore(intake),
    async withOutbox(use) {
      const outbox = await FileOutbox.open(intake);
      try {
        return await use(outbox);
      } finally {
        await outbox.close();
      }
    },
    cleanup: () => dir.remove(),
  };
}

async function redisMode(): Promise<Mode> {
  const dir = await tempDir();
  const base = `test-crash-${process.pid}-${randomUUID()}`;
  const prefix = `${base}:intake:`;
  return {
    env: { DATA_DIR: dir.path, REDIS_URL: redisUrl(), REDIS_PREFIX: base },
    store: new RedisDossierStore(redis, prefix),
    withOutbox: (use) => use(new RedisStreamOutbox(redis, prefix)),
    async cleanup() {
      await deleteKeys(redis, base);
      await dir.remove();
    },
  };
}

function startBot(env: Record<string, string>): { child: ChildProcess; exited: Promise<void> } {
  const child = spawnBuiltBot(
    {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      LOG_LEVEL: 'warn',
      DELIVERY_POLL_MS: '100',
      DELIVERY_CLAIM_TIMEOUT_MS: '1500',
      ...env,
    },
    ['ignore', 'ignore', 'inherit'],
  );
  return { child, exited: new Promise((resolve) => child.on('exit', () => resolve())) };
}

async function kill(bot: { child: ChildProcess; exited: Promise<void> }): Promise<void> {
  bot.child.kill('SIGKILL');
  await bot.exited;
}

const MODES: [string, () => Promise<Mode>][] = [
  ['file mode', fileMode],
  ['redis mode', redisMode],
];

// The four scenarios run side by side: each has its own directory, key prefix, receiver and bot.
describe.concurrent.each(MODES)('SIGKILL during delivery: %s', { timeout: 240_000 }, (_name, makeMode) => {
  async function scenario(expect: ExpectStatic, killAt: 'request in flight' | 'after the receiver stored it') {
    const mode = await makeMode();
    let bot: ReturnType<typeof startBot> | undefined;
    let first = true;
    const receiver = await startLocalReceiver({
      // In flight: the first request never gets an answer; the bot dies while it waits.
      hold: () => {
        if (killAt !== 'request in flight' || !first) return false;
        first = false;
        bot!.child.kill('SIGKILL');
        return true;
      },
      // Stored: the receiver has the dossier, the bot dies before it sees the 2xx and acks.
      onStored: () => {
        if (killAt === 'after the receiver stored it' && first) {
          first = false;
          bot!.child.kill('SIGKILL');
        }
      },
    });
    try {
      const teams = join(mode.env.DATA_DIR!, 'teams.json');
      await writeFile(
        teams,
        JSON.stringify([{ id: 'west', naam: 'Intaketeam West', webhook: { url: receiver.url, secret: HOOK_SECRET } }]),
      );
      const env = { ...mode.env, INTAKE_TEAMS_FILE: teams };
      const dossiers = await mode.withOutbox(async (outbox) => {
        const sent = [];
        for (let i = 0; i < 3; i++) {
          sent.push(
            await submitDossier(
              { store: mode.store, outbox, clock: () => new Date() },
              { ...conceptDossier(), intakeTeam: 'west' },
            ),
          );
        }
        return sent.map((d) => d.id);
      });

      bot = startBot(env);
      await expect
        .poll(() => bot!.child.exitCode !== null || bot!.child.signalCode !== null, { timeout: 120_000, interval: 100 })
        .toBe(true);
      expect(bot.child.signalCode).toBe('SIGKILL');

      bot = startBot(env); // the restart
      await expect.poll(() => receiver.stored.size, { timeout: 120_000, interval: 100 }).toBe(3);
      await expect
        .poll(async () => Promise.all(dossiers.map(async (id) => currentStatus((await mode.store.get(id))!).status)), {
          timeout: 30_000,
        })
        .toEqual(['afgeleverd', 'afgeleverd', 'afgeleverd']);
      await kill(bot);
      bot = undefined;

      // At least once on the wire; at most once per webhook-id after the receiver's dedupe.
      expect([...receiver.stored.keys()].sort()).toEqual([...dossiers].sort());
      const valid = receiver.requests.filter((r) => r.valid);
      expect(valid.length).toBeGreaterThanOrEqual(3);
      expect(valid.filter((r) => !r.duplicate)).toHaveLength(3);
      await mode.withOutbox(async (outbox) => {
        for (const id of dossiers) expect(await outbox.isDelivered(id)).toBe(true);
        expect(await outbox.listDeadLetters()).toEqual([]);
      });
      return receiver;
    } finally {
      if (bot) await kill(bot);
      await receiver.close();
      await mode.cleanup();
    }
  }

  it('killed while the webhook request is in flight: after the restart all dossiers arrive, none twice', async ({
    expect,
  }) => {
    const receiver = await scenario(expect, 'request in flight');
    expect(receiver.held).toHaveLength(1);
    expect(receiver.requests.filter((r) => r.duplicate)).toEqual([]);
  });

  it('killed after the receiver stored a dossier, before the ack: sent again, kept once by webhook-id', async ({
    expect,
  }) => {
    const receiver = await scenario(expect, 'after the receiver stored it');
    // The bot died before it saw the 2xx, so that dossier went out twice with the same webhook-id.
    expect(receiver.requests.filter((r) => r.duplicate)).toHaveLength(1);
    expect(new Set(receiver.requests.map((r) => r.webhookId)).size).toBe(3);
  });
});
