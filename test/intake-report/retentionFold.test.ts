import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatus, type PreIntakeDossier } from '../../intake/dossier/dossier';
import { FileDossierStore } from '../../intake/delivery/fileDossierStore';
import type { DossierStore } from '../../intake/delivery/ports';
import { RedisDossierStore } from '../../intake/delivery/redisDossierStore';
import { purgeExpired } from '../../intake/delivery/retention';
import { collectSummaries } from '../../intake/report/collect';
import { SummarizingDossierStore } from '../../intake/report/summarizingDossierStore';
import { summaryKey } from '../../intake/report/summary';
import { FileSummaryStore, RedisSummaryStore, type SummaryStore } from '../../intake/report/summaryStore';
import { deleteKeys, fakeClock, newRedis, sampleDossier, tempDir, uniquePrefix } from '../intake-delivery/helpers';

const redis = newRedis();
afterAll(() => redis.quit());
const regioOf = (teamId: string) => (teamId === 'team-west' ? 'West' : null);

interface Backend {
  /** A new instance over the same data (a second bot, or the next start). */
  instance(): { dossiers: DossierStore; summaries: SummaryStore };
  corruptSummary(key: string): Promise<void>;
  teardown(): Promise<void>;
}

const backends: [string, () => Promise<Backend>][] = [
  [
    'files',
    async () => {
      const dir = await tempDir();
      return {
        instance: () => ({
          dossiers: new FileDossierStore(dir.path),
          summaries: new FileSummaryStore(join(dir.path, 'rapport')),
        }),
        corruptSummary: (key) => writeFile(join(dir.path, 'rapport', `${key}.json`), '{"versie":1,"naam":"Sam"}'),
        teardown: () => dir.remove(),
      };
    },
  ],
  [
    'Redis',
    async () => {
      const prefix = uniquePrefix('rapport');
      return {
        instance: () => ({
          dossiers: new RedisDossierStore(redis, prefix),
          summaries: new RedisSummaryStore(redis, prefix),
        }),
        corruptSummary: async (key) => void (await redis.hset(`${prefix}rapport`, key, 'not json')),
        teardown: () => deleteKeys(redis, prefix),
      };
    },
  ],
];

describe.each(backends)('retention keeps an anonymous summary (%s)', (_name, makeBackend) => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await makeBackend();
  });
  afterEach(() => backend.teardown());

  const summarizing = () => {
    const { dossiers, summaries } = backend.instance();
    return { store: new SummarizingDossierStore(dossiers, summaries, regioOf), dossiers, summaries };
  };

  const oldDossier = (): PreIntakeDossier =>
    withStatus(sampleDossier({}, '2026-01-05T09:00:00.000Z'), {
      status: 'niet-gestart',
      op: '2026-01-09T09:00:00.000Z',
      door: 'intaketeam',
      reden: 'past-nu-niet',
    });

  it('folds before deleting: the dossier is gone, the report still counts it, once', async () => {
    const a = summarizing();
    const dossier = oldDossier();
    await a.dossiers.put(dossier); // stored before the summaries existed: nothing folded yet
    expect((await a.summaries.list()).size).toBe(0);
    const clock = fakeClock('2026-06-01T09:00:00.000Z');

    expect(await purgeExpired(a.store, clock, 90)).toEqual([dossier.id]);
    expect(await a.dossiers.get(dossier.id)).toBeUndefined();
    const stored = await a.summaries.list();
    expect([...stored.keys()]).toEqual([summaryKey(dossier.id)]);
    expect(stored.get(summaryKey(dossier.id))).toMatchObject({
      team: 'team-west',
      regio: 'West',
      maand: '2026-01',
      besluit: 'niet-gestart',
      reden: 'past-nu-niet',
    });

    expect(await purgeExpired(a.store, clock, 90)).toEqual([]); // a second sweep
    expect(await collectSummaries(a.dossiers, a.summaries, regioOf)).toHaveLength(1);
  });

  it('counts a dossier once when two instances run retention at the same time', async () => {
    const dossiers = [oldDossier(), oldDossier(), oldDossier()];
    const first = summarizing();
    for (const dossier of dossiers) await first.dossiers.put(dossier);
    const clock = fakeClock('2026-06-01T09:00:00.000Z');
    const purged = await Promise.all([
      purgeExpired(first.store, clock, 90),
      purgeExpired(summarizing().store, clock, 90),
    ]);
    // (File mode is one instance by design: there both may report the same id; what counts is the summary.)
    expect([...new Set(purged.flat())].sort()).toEqual(dossiers.map((d) => d.id).sort());
    expect((await first.summaries.list()).size).toBe(3);
    expect(await collectSummaries(first.dossiers, first.summaries, regioOf)).toHaveLength(3);
  });

  it('updates the summary when a later outcome arrives for a dossier that still exists', async () => {
    const { store, summaries, dossiers } = summarizing();
    const sent = sampleDossier({}, '2026-03-02T09:00:00.000Z');
    await store.put(sent);
    await store.updateStatus(sent.id, { status: 'gestart', op: '2026-03-10T09:00:00.000Z', door: 'intaketeam' });
    const closed = await store.updateStatus(sent.id, {
      status: 'afgerond',
      op: '2026-05-10T09:00:00.000Z',
      door: 'intaketeam',
      resultaat: { werkprocessen: [], praktijkverklaring: true },
    });
    expect((await summaries.list()).get(summaryKey(sent.id))).toMatchObject({
      besluit: 'gestart',
      praktijkverklaring: true,
      uitkomst3: null,
    });
    await store.put({
      ...closed!,
      uitkomsten: [{ moment: '3-maanden', uitkomst: 'werk', op: '2026-08-10T09:00:00.000Z' }],
    });
    expect((await summaries.list()).get(summaryKey(sent.id))).toMatchObject({ uitkomst3: 'werk' });
    // Retention later (a finished traject is kept for its 6-month follow-up, then 90 days):
    // the outcome survives in the summary.
    await purgeExpired(store, fakeClock('2026-12-01T09:00:00.000Z'), 90);
    expect(await dossiers.get(sent.id)).toBeDefined();
    await purgeExpired(store, fakeClock('2027-03-01T09:00:00.000Z'), 90);
    expect(await dossiers.get(sent.id)).toBeUndefined();
    const after = await collectSummaries(dossiers, summaries, regioOf);
    expect(after).toEqual([expect.objectContaining({ uitkomst3: 'werk', praktijkverklaring: true })]);
  });

  it('forgets a dossier the verwijzer withdrew before it reached the team', async () => {
    const { store, summaries } = summarizing();
    const dossier = sampleDossier();
    await store.put(dossier);
    expect((await summaries.list()).size).toBe(1);
    expect(await store.delete(dossier.id)).toBe(true);
    expect((await summaries.list()).size).toBe(0);
  });

  it('skips a stored summary that does not validate (and never a dossier without one)', async () => {
    const { store, summaries, dossiers } = summarizing();
    const kept = sampleDossier();
    await store.put(kept);
    await backend.corruptSummary(summaryKey('PI-2026-00000001'));
    expect([...(await summaries.list()).keys()]).toEqual([summaryKey(kept.id)]);
    expect(await collectSummaries(dossiers, summaries, regioOf)).toHaveLength(1);
  });

  it('deletes nothing when the summary cannot be stored', async () => {
    const { dossiers } = backend.instance();
    const failing: SummaryStore = {
      put: () => Promise.reject(new Error('disk full')),
      remove: async () => undefined,
      list: async () => new Map(),
    };
    const store = new SummarizingDossierStore(dossiers, failing, regioOf);
    const dossier = oldDossier();
    await dossiers.put(dossier);
    await expect(purgeExpired(store, fakeClock('2026-06-01T09:00:00.000Z'), 90)).rejects.toThrow('disk full');
    expect(await dossiers.get(dossier.id)).toBeDefined();
  });
});

it('keeps summaries as one file per dossier, named by hash only', async () => {
  const dir = await tempDir();
  try {
    const store = new SummarizingDossierStore(
      new FileDossierStore(dir.path),
      new FileSummaryStore(join(dir.path, 'rapport')),
      regioOf,
    );
    const dossier = sampleDossier();
    await store.put(dossier);
    expect(await readdir(join(dir.path, 'rapport'))).toEqual([`${summaryKey(dossier.id)}.json`]);
  } finally {
    await dir.remove();
  }
});
