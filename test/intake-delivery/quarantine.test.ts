import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { PreIntakeDossier } from '../../intake/dossier/dossier';
import { startDeliveryWorker } from '../../intake/delivery/deliveryWorker';
import { submitDossier } from '../../intake/delivery/dossierLifecycle';
import { FileDossierStore } from '../../intake/delivery/fileDossierStore';
import { FileOutbox } from '../../intake/delivery/fileOutbox';
import type { DeliveryTarget, DossierStore, Outbox } from '../../intake/delivery/ports';
import { RedisDossierStore } from '../../intake/delivery/redisDossierStore';
import { RedisStreamOutbox } from '../../intake/delivery/redisStreamOutbox';
import { captureLog, conceptDossier, deleteKeys, fakeClock, newRedis, tempDir, uniquePrefix } from './helpers';

const redis = newRedis();
afterAll(() => redis.quit());

interface Mode {
  store: DossierStore;
  outbox: Outbox;
  quarantined: string[];
  /** Damages the stored record (what a bug, a disk error or an old version might leave). */
  damage(id: string): Promise<void>;
  teardown(): Promise<void>;
}

const clock = fakeClock();

const MODES: [string, () => Promise<Mode>][] = [
  [
    'file mode',
    async () => {
      const dir = await tempDir();
      const quarantined: string[] = [];
      const outbox = await FileOutbox.open(dir.path, { clock });
      return {
        store: new FileDossierStore(dir.path, (id) => quarantined.push(id)),
        outbox,
        quarantined,
        damage: (id) => writeFile(join(dir.path, 'dossiers', `${id}.json`), '{"schemaVersie":1,"id":'),
        teardown: async () => {
          await outbox.close();
          await dir.remove();
        },
      };
    },
  ],
  [
    'redis mode',
    async () => {
      const prefix = uniquePrefix('quarantine');
      const quarantined: string[] = [];
      return {
        store: new RedisDossierStore(redis, prefix, (id) => quarantined.push(id)),
        outbox: new RedisStreamOutbox(redis, prefix, { clock }),
        quarantined,
        damage: async (id) =>
          void (await redis.set(`${prefix}dossier:${id}`, '{"schemaVersie":1,"statusHistory":[{"door":"x"}]}')),
        teardown: () => deleteKeys(redis, prefix),
      };
    },
  ],
];

describe.each(MODES)('an unreadable dossier never stops the delivery worker: %s', (_name, make) => {
  let mode: Mode;
  afterEach(() => mode.teardown());

  it('quarantines the damaged record and delivers every other dossier in the same run', async () => {
    mode = await make();
    const delivered: string[] = [];
    const target: DeliveryTarget = {
      deliver: async (dossier: PreIntakeDossier) => (delivered.push(dossier.id), { ok: true }),
    };
    const damaged = await submitDossier({ store: mode.store, outbox: mode.outbox, clock }, conceptDossier());
    const fine = await submitDossier({ store: mode.store, outbox: mode.outbox, clock }, conceptDossier());
    await mode.damage(damaged.id);
    const log = captureLog();
    const team = { id: fine.intakeTeam, naam: 'Intaketeam West', kanaal: 'teams' as const };
    const worker = startDeliveryWorker({
      outbox: mode.outbox,
      store: mode.store,
      targets: () => target,
      teams: [team],
      clock,
      log,
      poll: false,
    });
    try {
      await worker.runOnce();
      expect(delivered).toEqual([fine.id]);
      expect((await mode.store.get(fine.id))?.statusHistory.at(-1)?.status).toBe('afgeleverd');
      expect(mode.quarantined).toEqual([damaged.id]);
      expect(log.entries.filter((e) => e.level === 'error')).toEqual([]);
      expect(await worker.runOnce()).toBe(0); // nothing left stuck in the queue
    } finally {
      await worker.stop();
    }
  });
});
