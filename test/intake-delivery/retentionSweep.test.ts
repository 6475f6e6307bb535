import { describe, expect, it } from 'vitest';
import { purgeAllExpired, type Retained } from '../../intake/delivery/retention';
import type { DossierStore, Outbox, RegistrationStore } from '../../intake/delivery/ports';

const NOW = new Date('2026-12-03T09:00:00.000Z');
const clock = () => NOW;
const DAY = 24 * 60 * 60 * 1000;

/** The sweep's parts as counters: what each was asked to purge, and how many it says it purged. */
function parts(overrides: Partial<Record<'dossiers' | 'jobs' | 'references' | 'moves', () => Promise<unknown>>> = {}) {
  const asked: string[] = [];
  const deletedCards: string[] = [];
  const kept: Retained = {
    store: {
      purgeOlderThan: (cutoff: Date) => {
        asked.push(`dossiers before ${cutoff.toISOString()}`);
        return (overrides.dossiers ?? (async () => ['PI-1', 'PI-2']))();
      },
    } as unknown as DossierStore,
    outbox: {
      purgeOlderThan: () => (asked.push('jobs'), (overrides.jobs ?? (async () => 3))()),
    } as unknown as Outbox,
    references: {
      purgeOlderThan: () => (asked.push('references'), (overrides.references ?? (async () => 4))()),
    } as unknown as RegistrationStore,
    cards: { delete: async (id: string) => (deletedCards.push(id), true) } as unknown as RegistrationStore,
    moves: {
      purgeExpired: (now: Date) => (
        asked.push(`moves by ${now.toISOString()}`),
        (overrides.moves ?? (async () => 1))()
      ),
    } as Retained['moves'],
  };
  return { kept, asked, deletedCards };
}

describe('the retention sweep', () => {
  it('purges dossiers (with their cards), jobs, references and expired channel moves in one go', async () => {
    const { kept, asked, deletedCards } = parts();
    const result = await purgeAllExpired(kept, clock, 90);
    expect(result).toEqual({ purged: { dossiers: 2, jobs: 3, references: 4, moves: 1 }, failed: [] });
    expect(deletedCards).toEqual(['PI-1', 'PI-2']);
    expect(asked).toEqual([
      `dossiers before ${new Date(NOW.getTime() - 90 * DAY).toISOString()}`,
      'jobs',
      'references',
      `moves by ${NOW.toISOString()}`,
    ]);
  });

  it('a part that fails is reported with its error; the parts after it still run', async () => {
    const broken = new Error('WRONGTYPE');
    const { kept, asked } = parts({
      dossiers: () => Promise.reject(broken),
      references: () => Promise.reject(broken),
    });
    const result = await purgeAllExpired(kept, clock, 90);
    expect(result.purged).toEqual({ jobs: 3, moves: 1 });
    expect(result.failed).toEqual([
      { part: 'dossiers', error: broken },
      { part: 'references', error: broken },
    ]);
    expect(asked).toHaveLength(4);
  });
});
