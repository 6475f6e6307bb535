import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatus } from '../../intake/dossier/dossier';
import { deleteOwnDossier, submitDossier } from '../../intake/delivery/dossierLifecycle';
import { FileDossierStore } from '../../intake/delivery/fileDossierStore';
import { FileOutbox } from '../../intake/delivery/fileOutbox';
import { FileRegistrationStore } from '../../intake/delivery/fileRegistrationStore';
import type { DossierStore, RegistrationStore } from '../../intake/delivery/ports';
import { RedisDossierStore } from '../../intake/delivery/redisDossierStore';
import { RedisRegistrationStore } from '../../intake/delivery/redisRegistrationStore';
import { purgeExpired } from '../../intake/delivery/retention';
import { conceptDossier, deleteKeys, fakeClock, newRedis, sampleDossier, tempDir, uniquePrefix } from './helpers';

const redis = newRedis();
afterAll(() => redis.quit());
const DAY = 24 * 60 * 60 * 1000;

interface StoreHarness<T> {
  store: T;
  corrupt(id: string): Promise<void>;
  teardown(): Promise<void>;
}

interface DossierStoreHarness extends StoreHarness<DossierStore> {
  /** Ids reported as quarantined. */
  quarantined: string[];
  writeRaw(id: string, text: string): Promise<void>;
  /** Is the record kept aside for beheer? */
  inQuarantine(id: string): Promise<boolean>;
}

const dossierStores: [string, () => Promise<DossierStoreHarness>][] = [
  [
    'FileDossierStore',
    async () => {
      const dir = await tempDir();
      const quarantined: string[] = [];
      return {
        store: new FileDossierStore(dir.path, (id) => quarantined.push(id)),
        corrupt: (id) => writeFile(join(dir.path, 'dossiers', `${id}.json`), '{"schemaVersie":1,'),
        writeRaw: (id, text) => writeFile(join(dir.path, 'dossiers', `${id}.json`), text),
        quarantined,
        inQuarantine: async (id) =>
          (await readdir(join(dir.path, 'quarantine'))).some((name) => name.startsWith(`${id}.`)),
        teardown: () => dir.remove(),
      };
    },
  ],
  [
    'RedisDossierStore',
    async () => {
      const prefix = uniquePrefix('store');
      const quarantined: string[] = [];
      return {
        store: new RedisDossierStore(redis, prefix, (id) => quarantined.push(id)),
        corrupt: async (id) => void (await redis.set(`${prefix}dossier:${id}`, '{"bsn":"111222333"}')),
        writeRaw: async (id, text) => void (await redis.set(`${prefix}dossier:${id}`, text)),
        quarantined,
        inQuarantine: async (id) => (await redis.exists(`${prefix}quarantine:${id}`)) === 1,
        teardown: () => deleteKeys(redis, prefix),
      };
    },
  ],
];

describe.each(dossierStores)('DossierStore contract: %s', (_name, make) => {
  let h: DossierStoreHarness;
  beforeEach(async () => {
    h = await make();
  });
  afterEach(() => h.teardown());

  it('stores and reads a dossier unchanged; unknown ids read as undefined', async () => {
    const dossier = sampleDossier();
    await h.store.put(dossier);
    expect(await h.store.get(dossier.id)).toEqual(dossier);
    expect(await h.store.get('PI-2026-0000000Z')).toBeUndefined();
    expect(await h.store.get('../../etc/passwd')).toBeUndefined();
    expect(await h.store.listIds()).toEqual([dossier.id]);
  });

  it("lists only the verwijzer's own dossiers, newest first", async () => {
    const older = sampleDossier({}, '2026-03-01T09:00:00.000Z');
    const newer = sampleDossier({}, '2026-03-02T09:00:00.000Z');
    const other = sampleDossier({ verwijzer: { ...older.verwijzer, teamsId: '29:iemand-anders' } });
    for (const d of [older, other, newer]) await h.store.put(d);
    expect((await h.store.listByVerwijzer('29:verwijzer-fleur')).map((d) => d.id)).toEqual([newer.id, older.id]);
    expect(await h.store.listByVerwijzer('29:onbekend')).toEqual([]);
  });

  it('appends status entries, also when they arrive at the same time', async () => {
    const dossier = sampleDossier();
    await h.store.put(dossier);
    const entries = ['Rooster?', 'Uren?', 'Leerbedrijf?'].map((toelichting, i) => ({
      status: 'info-nodig' as const,
      op: `2026-03-0${3 + i}T10:00:00.000Z`,
      door: 'intaketeam' as const,
      toelichting,
    }));
    await Promise.all(entries.map((entry) => h.store.updateStatus(dossier.id, entry)));
    const stored = await h.store.get(dossier.id);
    expect(
      stored?.statusHistory
        .slice(2)
        .map((e) => e.toelichting)
        .sort(),
    ).toEqual(['Leerbedrijf?', 'Rooster?', 'Uren?']);
    expect(await h.store.updateStatus('PI-2026-0000000Z', entries[0]!)).toBeUndefined();
  });

  it('refuses a status change the lifecycle does not allow, and writes nothing', async () => {
    const dossier = sampleDossier();
    await h.store.put(dossier);
    const at = '2026-03-03T10:00:00.000Z';
    await expect(
      h.store.updateStatus(dossier.id, { status: 'afgeleverd', op: at, door: 'intaketeam' }),
    ).rejects.toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
    });
    await h.store.updateStatus(dossier.id, { status: 'in-behandeling', op: at, door: 'intaketeam' });
    // The worker's late 'afgeleverd' may not push a dossier the team already took back.
    await expect(
      h.store.updateStatus(dossier.id, { status: 'afgeleverd', op: at, door: 'systeem' }),
    ).rejects.toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
    });
    expect((await h.store.get(dossier.id))?.statusHistory.map((e) => e.status)).toEqual([
      'concept',
      'verzonden',
      'in-behandeling',
    ]);
  });

  it("validates before it writes: a BSN in the team's question or an invalid dossier is never stored", async () => {
    const dossier = sampleDossier();
    await h.store.put(dossier);
    const withBsn = {
      status: 'info-nodig' as const,
      op: '2026-03-03T10:00:00.000Z',
      door: 'intaketeam' as const,
      toelichting: 'BSN 111222333?',
    };
    await expect(h.store.updateStatus(dossier.id, withBsn)).rejects.toMatchObject({
      code: 'DOSSIER_INVALID',
      details: ['statusHistory.2.toelichting'],
    });
    const longName = { ...sampleDossier(), verwijzer: { ...dossier.verwijzer, naam: 'x'.repeat(201) } };
    await expect(h.store.put(longName)).rejects.toMatchObject({ code: 'DOSSIER_INVALID', details: ['verwijzer.naam'] });
    expect(await h.store.get(longName.id)).toBeUndefined();
    expect(await h.store.get(dossier.id)).toEqual(dossier);
    expect(h.quarantined).toEqual([]);
  });

  it('deletes', async () => {
    const dossier = sampleDossier();
    await h.store.put(dossier);
    expect(await h.store.delete(dossier.id)).toBe(true);
    expect(await h.store.delete(dossier.id)).toBe(false);
    expect(await h.store.get(dossier.id)).toBeUndefined();
    expect(await h.store.listByVerwijzer(dossier.verwijzer.teamsId)).toEqual([]);
  });

  it('purges dossiers 90 days after their last status change (retention)', async () => {
    const clock = fakeClock('2026-06-30T12:00:00.000Z');
    const old = sampleDossier({}, '2026-03-01T09:00:00.000Z'); // 121 days
    const oldButTouched = withStatus(sampleDossier({}, '2026-03-01T09:00:00.000Z'), {
      status: 'in-behandeling',
      op: '2026-04-15T09:00:00.000Z',
    }); // 76 days
    const edge = sampleDossier({}, '2026-04-01T12:00:00.000Z'); // exactly 90 days: kept
    for (const d of [old, oldButTouched, edge]) await h.store.put(d);
    expect(await purgeExpired(h.store, clock)).toEqual([old.id]);
    expect((await h.store.listIds()).sort()).toEqual([oldButTouched.id, edge.id].sort());
    clock.advance(DAY);
    expect(await purgeExpired(h.store, clock)).toEqual([edge.id]);
    expect(await purgeExpired(h.store, clock, 30)).toEqual([oldButTouched.id]);
  });

  it('quarantines a damaged record once: reported by id, kept aside, and the other dossiers read on', async () => {
    const damaged = sampleDossier();
    const fine = sampleDossier();
    for (const d of [damaged, fine]) await h.store.put(d);
    await h.corrupt(damaged.id);
    expect(await h.store.listByVerwijzer(fine.verwijzer.teamsId)).toEqual([fine]);
    expect(await h.store.get(damaged.id)).toBeUndefined();
    expect(
      await h.store.updateStatus(damaged.id, { status: 'afgeleverd', op: damaged.bijgewerkt, door: 'systeem' }),
    ).toBeUndefined();
    expect(h.quarantined).toEqual([damaged.id]);
    expect(await h.inQuarantine(damaged.id)).toBe(true);
    expect(await h.store.listIds()).toEqual([fine.id]);
  });

  it('reads records written before roles replaced names in the status history', async () => {
    const legacy = {
      ...sampleDossier(),
      statusHistory: [{ status: 'concept', op: '2026-03-02T09:00:00.000Z', door: 'Fleur Bakker' }],
    };
    await h.store.put(sampleDossier()); // creates the folder / index
    await h.writeRaw(legacy.id, JSON.stringify(legacy));
    expect((await h.store.get(legacy.id))?.statusHistory).toEqual([
      { status: 'concept', op: '2026-03-02T09:00:00.000Z', door: 'verwijzer' },
    ]);
  });
});

describe('dossier lifecycle (file mode)', () => {
  it('submitDossier stores with status verzonden before enqueueing, once', async () => {
    const dir = await tempDir();
    const clock = fakeClock();
    const store = new FileDossierStore(dir.path);
    const outbox = await FileOutbox.open(dir.path, { clock });
    try {
      const concept = conceptDossier();
      clock.advance(1000);
      const sent = await submitDossier({ store, outbox, clock }, concept);
      expect(sent.statusHistory.map((e) => e.status)).toEqual(['concept', 'verzonden']);
      expect(sent.statusHistory.at(-1)?.door).toBe('verwijzer'); // a role, never the name
      expect(await store.get(concept.id)).toEqual(sent);
      expect(await submitDossier({ store, outbox, clock }, concept)).toEqual(sent); // a double click
      expect(await outbox.claim(10)).toHaveLength(1);
      const refused = { ...concept, id: 'PI-2026-0000000Z', toestemming: { ...concept.toestemming, gegeven: false } };
      await expect(submitDossier({ store, outbox, clock }, refused)).rejects.toMatchObject({ code: 'CONSENT_MISSING' });
      expect(await store.get(refused.id)).toBeUndefined();
    } finally {
      await outbox.close();
      await dir.remove();
    }
  });

  it('lets a verwijzer delete only their own undelivered dossier', async () => {
    const dir = await tempDir();
    try {
      const store = new FileDossierStore(dir.path);
      const sent = sampleDossier();
      const delivered = withStatus(sampleDossier(), { status: 'afgeleverd', op: '2026-03-02T10:00:00.000Z' });
      await store.put(sent);
      await store.put(delivered);
      expect(await deleteOwnDossier(store, sent.id, '29:iemand-anders')).toBe('not-found');
      expect(await deleteOwnDossier(store, delivered.id, '29:verwijzer-fleur')).toBe('not-allowed');
      expect(await deleteOwnDossier(store, sent.id, '29:verwijzer-fleur')).toBe('deleted');
      expect(await store.listIds()).toEqual([delivered.id]);
    } finally {
      await dir.remove();
    }
  });
});

const registrationClock = fakeClock('2026-03-02T09:00:00.000Z');

interface RegistrationHarness extends StoreHarness<RegistrationStore> {
  /** Writes a reference as stored before retention existed (no time with it). */
  writeLegacy(teamId: string, reference: object): Promise<void>;
}

const registrationStores: [string, () => Promise<RegistrationHarness>][] = [
  [
    'FileRegistrationStore',
    async () => {
      const dir = await tempDir();
      return {
        store: new FileRegistrationStore(dir.path, registrationClock),
        corrupt: async () => {},
        writeLegacy: (teamId, reference) =>
          writeFile(join(dir.path, 'registrations.json'), JSON.stringify({ [teamId]: reference })),
        teardown: () => dir.remove(),
      };
    },
  ],
  [
    'RedisRegistrationStore',
    async () => {
      const prefix = uniquePrefix('registrations');
      return {
        store: new RedisRegistrationStore(redis, prefix, registrationClock),
        writeLegacy: async (teamId, reference) =>
          void (await redis.hset(`${prefix}registrations`, teamId, JSON.stringify(reference))),
        corrupt: async () => {},
        teardown: () => deleteKeys(redis, prefix),
      };
    },
  ],
];

describe.each(registrationStores)('RegistrationStore contract: %s', (_name, make) => {
  it('keeps a conversation reference per team as opaque JSON', async () => {
    const h = await make();
    try {
      const reference = {
        conversation: { id: '19:abc@thread.tacv2', isGroup: true },
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
      };
      await h.store.set('team-west', reference);
      await h.store.set('team-oost', { conversation: { id: '19:def' } });
      expect(await h.store.get('team-west')).toEqual(reference);
      expect(await h.store.get('team-noord')).toBeUndefined();
      expect((await h.store.list()).map((r) => r.teamId).sort()).toEqual(['team-oost', 'team-west']);
      await h.store.set('team-west', { conversation: { id: '19:nieuw' } });
      expect(await h.store.get('team-west')).toEqual({ conversation: { id: '19:nieuw' } });
      expect(await h.store.delete('team-west')).toBe(true);
      expect(await h.store.delete('team-west')).toBe(false);
      expect(await h.store.list()).toHaveLength(1);
    } finally {
      await h.teardown();
    }
  });

  it('forgets a reference RETENTION_DAYS after it was last set; one from before retention expires later', async () => {
    const h = await make();
    try {
      const DAYS_90 = 90 * DAY;
      await h.writeLegacy('verwijzer-oud', { conversation: { id: 'a:oud' } });
      await h.store.set('verwijzer-a', { conversation: { id: 'a:1' } });
      registrationClock.advance(30 * DAY);
      await h.store.set('verwijzer-b', { conversation: { id: 'a:2' } });
      const cutoff = () => new Date(registrationClock().getTime() - DAYS_90);
      expect(await h.store.purgeOlderThan(cutoff())).toBe(0); // the legacy one gets a time now
      registrationClock.advance(60 * DAY + 1);
      expect(await h.store.purgeOlderThan(cutoff())).toBe(1);
      expect(await h.store.get('verwijzer-a')).toBeUndefined();
      expect((await h.store.list()).map((r) => r.teamId).sort()).toEqual(['verwijzer-b', 'verwijzer-oud']);
      await h.store.set('verwijzer-b', { conversation: { id: 'a:2' } }); // set again: kept longer
      registrationClock.advance(30 * DAY);
      expect(await h.store.purgeOlderThan(cutoff())).toBe(1);
      expect((await h.store.list()).map((r) => r.teamId)).toEqual(['verwijzer-b']);
    } finally {
      await h.teardown();
    }
  });
});

describe('quarantine retention', () => {
  it('file mode: the quarantine folder is emptied of records put aside before the cutoff', async () => {
    const dir = await tempDir();
    try {
      const store = new FileDossierStore(dir.path);
      const damaged = sampleDossier();
      await store.put(damaged);
      await writeFile(join(dir.path, 'dossiers', `${damaged.id}.json`), '{');
      expect(await store.get(damaged.id)).toBeUndefined();
      const quarantine = () => readdir(join(dir.path, 'quarantine'));
      expect(await quarantine()).toHaveLength(1);
      await store.purgeOlderThan(new Date(Date.now() - DAY));
      expect(await quarantine()).toHaveLength(1);
      await store.purgeOlderThan(new Date(Date.now() + 1));
      expect(await quarantine()).toEqual([]);
    } finally {
      await dir.remove();
    }
  });

  it('redis mode: a quarantined record expires after the retention period', async () => {
    const prefix = uniquePrefix('quarantine');
    try {
      const store = new RedisDossierStore(redis, prefix, undefined, { quarantineTtlMs: 7 * DAY });
      const damaged = sampleDossier();
      await store.put(damaged);
      await redis.set(`${prefix}dossier:${damaged.id}`, '{');
      expect(await store.get(damaged.id)).toBeUndefined();
      const ttl = await redis.pttl(`${prefix}quarantine:${damaged.id}`);
      expect(ttl).toBeGreaterThan(7 * DAY - 60_000);
      expect(ttl).toBeLessThanOrEqual(7 * DAY);
    } finally {
      await deleteKeys(redis, prefix);
    }
  });
});
