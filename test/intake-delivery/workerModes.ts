import type { Redis } from 'ioredis';
import { FileDossierStore } from '../../intake/delivery/fileDossierStore';
import { FileOutbox } from '../../intake/delivery/fileOutbox';
import type { DossierStore, Outbox } from '../../intake/delivery/ports';
import { RedisDossierStore } from '../../intake/delivery/redisDossierStore';
import { RedisStreamOutbox } from '../../intake/delivery/redisStreamOutbox';
import { deleteKeys, sleep, tempDir, uniquePrefix, type FakeClock } from './helpers';

/** The two storage modes as the worker tests see them. */
export interface ModeHarness {
  store: DossierStore;
  /** A fresh outbox over the same durable state: what a restarted process opens. */
  openOutbox(): Promise<Outbox>;
  /** The process holding this outbox dies: nothing more is written through it. */
  crash(outbox: Outbox): Promise<void>;
  /** Waits until claims of a dead consumer may be taken over. */
  outlastClaim(): Promise<void>;
  teardown(): Promise<void>;
}

const CLAIM_TIMEOUT_MS = 150;

export function workerModes(redis: Redis): [string, (clock: FakeClock) => Promise<ModeHarness>][] {
  return [
    [
      'file mode',
      async (clock) => {
        const dir = await tempDir();
        const opened: Outbox[] = [];
        return {
          store: new FileDossierStore(dir.path),
          async openOutbox() {
            const outbox = await FileOutbox.open(dir.path, { clock, claimTimeoutMs: CLAIM_TIMEOUT_MS });
            opened.push(outbox);
            return outbox;
          },
          async crash(outbox) {
            opened.splice(opened.indexOf(outbox), 1);
            await outbox.close(); // only releases the file handle; claims vanish with the process
          },
          async outlastClaim() {
            clock.advance(CLAIM_TIMEOUT_MS + 1);
          },
          async teardown() {
            for (const outbox of opened) await outbox.close();
            await dir.remove();
          },
        };
      },
    ],
    [
      'redis mode',
      async (clock) => {
        const prefix = uniquePrefix('worker');
        return {
          store: new RedisDossierStore(redis, prefix),
          // Each instance is a new consumer in the group, like a restarted process.
          openOutbox: async () => new RedisStreamOutbox(redis, prefix, { clock, claimIdleMs: CLAIM_TIMEOUT_MS }),
          crash: async () => {},
          async outlastClaim() {
            clock.advance(CLAIM_TIMEOUT_MS + 1);
            await sleep(CLAIM_TIMEOUT_MS + 50); // Redis measures idle time itself
          },
          teardown: () => deleteKeys(redis, prefix),
        };
      },
    ],
  ];
}
