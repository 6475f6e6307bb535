import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import type { PreIntakeDossier, StatusEntry } from '../../intake/dossier/dossier';
import { RedisDossierStore } from '../../intake/delivery/redisDossierStore';
import { FileDossierStore } from '../../intake/delivery/fileDossierStore';
import { retentionAnchor } from '../../intake/delivery/retention';
import { followUpToAsk, markAsked } from '../../intake/schedule/followUp';
import { runLoopRound, startLoopScheduler, type LoopScheduleOptions } from '../../intake/schedule/loopScheduler';
import type { LoopMessenger } from '../../intake/schedule/ports';
import { reminderDue, workingDaysWaiting } from '../../intake/schedule/reminders';
import { ProcessScheduleLock, RedisScheduleLock } from '../../intake/schedule/scheduleLock';
import { dutchHolidays, workingDaysBetween } from '../../intake/schedule/workingDays';
import {
  deleteKeys,
  fakeClock,
  newRedis,
  sampleDossier,
  sleep,
  tempDir,
  uniquePrefix,
} from '../intake-delivery/helpers';

const RULES = { skipHolidays: true };
const at = (iso: string) => new Date(iso);

function arrived(op = '2026-03-02T09:00:00.000Z', more: StatusEntry[] = []): PreIntakeDossier {
  return sampleDossier({
    statusHistory: [
      { status: 'concept', op: '2026-03-02T08:00:00.000Z' },
      { status: 'verzonden', op: '2026-03-02T08:00:00.000Z', door: 'verwijzer' },
      { status: 'afgeleverd', op, door: 'systeem' },
      ...more,
    ],
  });
}

function finished(op: string): PreIntakeDossier {
  return arrived('2025-09-01T09:00:00.000Z', [
    { status: 'gestart', op: '2025-09-10T09:00:00.000Z', door: 'intaketeam' },
    { status: 'afgerond', op, door: 'intaketeam', resultaat: { werkprocessen: [], praktijkverklaring: true } },
  ]);
}

describe('working days', () => {
  it('skips weekends and, when asked, the Dutch public holidays', () => {
    expect(workingDaysBetween(at('2026-03-06T15:00:00Z'), at('2026-03-09T08:00:00Z'), RULES)).toBe(1); // Fri → Mon
    expect(workingDaysBetween(at('2026-03-02T09:00:00Z'), at('2026-03-02T17:00:00Z'), RULES)).toBe(0);
    // Thu 24 Dec → Mon 28 Dec: Christmas (Fri 25) is no working day unless holidays count.
    expect(workingDaysBetween(at('2026-12-24T09:00:00Z'), at('2026-12-28T09:00:00Z'), RULES)).toBe(1);
    expect(workingDaysBetween(at('2026-12-24T09:00:00Z'), at('2026-12-28T09:00:00Z'), { skipHolidays: false })).toBe(2);
    expect([...dutchHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-06', // Tweede Paasdag (Easter 5 April)
      '2026-04-27', // Koningsdag
      '2026-05-14', // Hemelvaartsdag
      '2026-05-25', // Tweede Pinksterdag
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(dutchHolidays(2025).has('2025-04-26')).toBe(true); // 27 April 2025 is a Sunday
  });

  it('counts by the Dutch calendar day, not UTC', () => {
    // 23:30 UTC on Friday is already Saturday in Amsterdam: Monday is then 1 working day later, not 1 + Friday.
    expect(workingDaysBetween(at('2026-03-06T23:30:00Z'), at('2026-03-09T09:00:00Z'), RULES)).toBe(1);
  });
});

describe('reminders', () => {
  it('are due after N working days without a first team action, then once per period', () => {
    const dossier = arrived();
    expect(workingDaysWaiting(dossier, at('2026-03-06T09:00:00Z'), RULES)).toBe(4);
    expect(reminderDue(dossier, at('2026-03-06T09:00:00Z'), 5, RULES)).toBe(false);
    expect(reminderDue(dossier, at('2026-03-09T09:00:00Z'), 5, RULES)).toBe(true);
    const reminded = { ...dossier, herinnerd: '2026-03-09T09:00:00.000Z' };
    expect(reminderDue(reminded, at('2026-03-13T09:00:00Z'), 5, RULES)).toBe(false);
    expect(reminderDue(reminded, at('2026-03-16T09:00:00Z'), 5, RULES)).toBe(true);
  });

  it('stop once the team acted', () => {
    const taken = arrived(undefined, [
      { status: 'in-behandeling', op: '2026-03-03T09:00:00.000Z', door: 'intaketeam' },
    ]);
    expect(reminderDue(taken, at('2026-04-01T09:00:00Z'), 5, RULES)).toBe(false);
    expect(workingDaysWaiting(taken, at('2026-04-01T09:00:00Z'), RULES)).toBeUndefined();
  });
});

describe('follow-up', () => {
  it('asks 3 and 6 months after afgerond, each once; after a long outage only the later one', () => {
    const dossier = finished('2026-01-10T09:00:00.000Z');
    expect(followUpToAsk(dossier, at('2026-04-09T09:00:00Z'))).toBeUndefined();
    expect(followUpToAsk(dossier, at('2026-04-10T09:00:00Z'))).toBe('3-maanden');
    const asked = markAsked(dossier, '3-maanden', at('2026-04-10T09:00:00Z'));
    expect(followUpToAsk(asked, at('2026-05-01T09:00:00Z'))).toBeUndefined();
    expect(followUpToAsk(asked, at('2026-07-10T09:00:00Z'))).toBe('6-maanden');
    expect(followUpToAsk(dossier, at('2026-08-01T09:00:00Z'))).toBe('6-maanden');
    // Told already (from Mijn aanmeldingen, for that moment): not asked.
    const told = {
      ...dossier,
      uitkomsten: [{ moment: '3-maanden' as const, uitkomst: 'werk' as const, op: '2026-04-01T09:00:00.000Z' }],
    };
    expect(followUpToAsk(told, at('2026-04-10T09:00:00Z'))).toBeUndefined();
  });

  it('keeps a finished traject past its follow-up before the retention period starts', () => {
    const dossier = finished('2026-01-10T09:00:00.000Z');
    expect(new Date(retentionAnchor(dossier)).toISOString()).toBe('2026-07-10T09:00:00.000Z');
    expect(retentionAnchor(arrived())).toBe(Date.parse('2026-03-02T09:00:00.000Z'));
  });
});

/** A messenger that records what it sent and can be told to fail or to be slow. */
function messenger(options: { failing?: boolean; slowMs?: number } = {}) {
  const sent: string[] = [];
  const m: LoopMessenger & { sent: string[]; failing: boolean } = {
    sent,
    failing: options.failing ?? false,
    async remind(dossier, days) {
      if (options.slowMs) await sleep(options.slowMs);
      if (m.failing) throw Object.assign(new Error('channel down'), { name: 'TeamsDown' });
      sent.push(`remind ${dossier.id} ${days}`);
      return true;
    },
    async askOutcome(dossier, moment) {
      if (m.failing) throw Object.assign(new Error('chat down'), { name: 'TeamsDown' });
      sent.push(`ask ${dossier.id} ${moment}`);
      return true;
    },
  };
  return m;
}

const quietLog = { info: () => undefined, error: () => undefined };

describe('the loop scheduler (Redis mode)', () => {
  let redis: Redis;
  let prefix: string;
  beforeAll(() => {
    redis = newRedis();
  });
  afterEach(async () => deleteKeys(redis, prefix));
  afterAll(() => redis.quit());

  function options(store: RedisDossierStore, m: LoopMessenger, clock: () => Date): LoopScheduleOptions {
    return {
      store,
      messenger: m,
      lock: new RedisScheduleLock(redis, `${prefix}schedule:lock`, 60_000),
      clock,
      log: quietLog,
      reminderDays: 5,
      rules: RULES,
      intervalMs: 60_000,
    };
  }

  it('runs once across instances, and a restart repeats nothing (markers are stored)', async () => {
    prefix = uniquePrefix('schedule');
    const store = new RedisDossierStore(redis, prefix);
    const dossier = arrived();
    const done = finished('2026-01-10T09:00:00.000Z');
    await store.put(dossier);
    await store.put(done);
    const clock = fakeClock('2026-04-10T10:00:00.000Z');
    const m = messenger({ slowMs: 150 });
    // Two instances at the same moment: one holds the lock, the other skips the round.
    const [a, b] = await Promise.all([runLoopRound(options(store, m, clock)), runLoopRound(options(store, m, clock))]);
    expect([a, b].filter((r) => r === undefined)).toHaveLength(1);
    // 2 March → 10 April: 29 weekdays, minus Tweede Paasdag.
    expect(m.sent.sort()).toEqual([`ask ${done.id} 3-maanden`, `remind ${dossier.id} 28`].sort());
    expect((await store.get(dossier.id))!.herinnerd).toBe('2026-04-10T10:00:00.000Z');
    expect((await store.get(done.id))!.uitkomstGevraagd).toEqual([
      { moment: '3-maanden', op: '2026-04-10T10:00:00.000Z' },
    ]);

    // "Restart": new objects over the same Redis; nothing is due again.
    const again = messenger();
    expect(await runLoopRound(options(new RedisDossierStore(redis, prefix), again, clock))).toEqual({
      reminded: 0,
      asked: 0,
      failed: 0,
    });
    expect(again.sent).toEqual([]);
  });

  it('a message that did not arrive is not marked and goes out in a later round', async () => {
    prefix = uniquePrefix('schedule-fail');
    const store = new RedisDossierStore(redis, prefix);
    const done = finished('2026-01-10T09:00:00.000Z');
    await store.put(done);
    const clock = fakeClock('2026-04-10T10:00:00.000Z');
    const m = messenger({ failing: true });
    expect(await runLoopRound(options(store, m, clock))).toEqual({ reminded: 0, asked: 0, failed: 1 });
    expect((await store.get(done.id))!.uitkomstGevraagd).toBeUndefined();
    m.failing = false;
    expect(await runLoopRound(options(store, m, clock))).toMatchObject({ asked: 1, failed: 0 });
    expect(m.sent).toEqual([`ask ${done.id} 3-maanden`]);
  });

  it('a marker write never loses a concurrent status change', async () => {
    prefix = uniquePrefix('schedule-cas');
    const store = new RedisDossierStore(redis, prefix);
    const dossier = arrived();
    await store.put(dossier);
    await Promise.all([
      store.update(dossier.id, (d) => ({ ...d, herinnerd: '2026-04-10T10:00:00.000Z' })),
      store.updateStatus(dossier.id, { status: 'in-behandeling', op: '2026-04-10T10:00:01.000Z', door: 'intaketeam' }),
    ]);
    const after = (await store.get(dossier.id))!;
    expect(after.herinnerd).toBe('2026-04-10T10:00:00.000Z');
    expect(after.statusHistory.at(-1)!.status).toBe('in-behandeling');
  });
});

describe('the loop scheduler (file mode)', () => {
  it('runs on an interval from the app, with an injected clock, and stops cleanly', async () => {
    const dir = await tempDir();
    try {
      const store = new FileDossierStore(dir.path);
      const dossier = arrived();
      await store.put(dossier);
      const clock = fakeClock('2026-03-06T10:00:00.000Z'); // 4 working days: not yet
      const m = messenger();
      const scheduler = startLoopScheduler({
        store,
        messenger: m,
        lock: new ProcessScheduleLock(),
        clock,
        log: quietLog,
        reminderDays: 5,
        rules: RULES,
        intervalMs: 1_000,
      });
      await scheduler.runOnce();
      expect(m.sent).toEqual([]);
      clock.advance(3 * 24 * 60 * 60 * 1000); // Monday: 5 working days
      await scheduler.runOnce();
      expect(m.sent).toEqual([`remind ${dossier.id} 5`]);
      await scheduler.stop();
      expect(await scheduler.runOnce()).toBeUndefined(); // stopped: no more rounds
    } finally {
      await dir.remove();
    }
  });
});
