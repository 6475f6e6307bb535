import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Outbox } from '../../intake/delivery/ports';
import { sleep, type FakeClock } from './helpers';

/** What each outbox implementation provides to the shared contract. */
export interface OutboxHarness {
  clock: FakeClock;
  claimTimeoutMs: number;
  /** A new instance over the same durable state: what a restarted process would get. */
  open(): Promise<Outbox>;
  teardown(): Promise<void>;
}

const A = 'PI-2026-AAAAAAA1';
const B = 'PI-2026-BBBBBBB2';
const C = 'PI-2026-CCCCCCC3';

/** One contract, every outbox (the storageBaseTests idea): no branching on the implementation. */
export function outboxContract(name: string, makeHarness: () => Promise<OutboxHarness>): void {
  describe(`Outbox contract: ${name}`, () => {
    let harness: OutboxHarness;
    let opened: Outbox[];
    const open = async () => {
      const outbox = await harness.open();
      opened.push(outbox);
      return outbox;
    };
    /** Lets a claim expire in both clocks: the injected one and the store's own (Redis idle time). */
    const outlastClaim = async () => {
      harness.clock.advance(harness.claimTimeoutMs + 1);
      await sleep(harness.claimTimeoutMs + 50);
    };

    beforeEach(async () => {
      harness = await makeHarness();
      opened = [];
    });
    afterEach(async () => {
      for (const outbox of opened) await outbox.close();
      await harness.teardown();
    });

    it('hands out an enqueued job once, in order, within the limit', async () => {
      const outbox = await open();
      for (const id of [A, B, C]) await outbox.enqueue(id, 'team-west');
      const first = await outbox.claim(2);
      expect(first.map((job) => [job.dossierId, job.teamId, job.attempts])).toEqual([
        [A, 'team-west', 0],
        [B, 'team-west', 0],
      ]);
      expect((await outbox.claim(10)).map((job) => job.dossierId)).toEqual([C]);
      expect(await outbox.claim(10)).toEqual([]);
    });

    it('ignores a second enqueue of the same dossier', async () => {
      const outbox = await open();
      await outbox.enqueue(A, 'team-west');
      await outbox.enqueue(A, 'team-west');
      expect(await outbox.claim(10)).toHaveLength(1);
      await outlastClaim();
      expect(await outbox.claim(10)).toHaveLength(1); // the same job again, not a second one
    });

    it('never hands out an acked dossier again, not even after a restart or a new enqueue', async () => {
      const outbox = await open();
      await outbox.enqueue(A, 'team-west');
      const [job] = await outbox.claim(1);
      await outbox.ack(job!);
      await outbox.ack(job!); // settling twice is harmless
      await outbox.enqueue(A, 'team-west');
      await outlastClaim();
      expect(await outbox.claim(10)).toEqual([]);
      expect(await outbox.isDelivered(A)).toBe(true);
      const restarted = await open();
      expect(await restarted.claim(10)).toEqual([]);
      expect(await restarted.isDelivered(A)).toBe(true);
      expect(await restarted.isDelivered(B)).toBe(false);
    });

    it('keeps a job for later until its not-before time, counting the attempt', async () => {
      const outbox = await open();
      await outbox.enqueue(A, 'team-west');
      const [job] = await outbox.claim(1);
      await outbox.retryLater(job!, new Date(harness.clock().getTime() + 60_000), 'HTTP_503');
      expect(await outbox.claim(10)).toEqual([]);
      harness.clock.advance(59_999);
      expect(await outbox.claim(10)).toEqual([]);
      harness.clock.advance(1);
      const [again] = await outbox.claim(10);
      expect(again).toMatchObject({ dossierId: A, teamId: 'team-west', attempts: 1 });
    });

    it("wakes only the named team's scheduled jobs, at once and once", async () => {
      const outbox = await open();
      await outbox.enqueue(A, 'team-west');
      await outbox.enqueue(B, 'team-oost');
      await outbox.enqueue(C, 'team-west');
      const later = new Date(harness.clock().getTime() + 15_000);
      for (const job of await outbox.claim(10)) await outbox.retryLater(job, later, 'NO_CHANNEL_REGISTERED', false);
      expect(await outbox.claim(10)).toEqual([]);
      expect(await outbox.wake('team-west')).toBe(2);
      expect(await outbox.wake('team-west')).toBe(0);
      const woken = await outbox.claim(10);
      expect(woken.map((job) => [job.dossierId, job.attempts]).sort()).toEqual([
        [A, 0],
        [C, 0],
      ]);
      expect(await outbox.claim(10)).toEqual([]); // B still waits for its own time
      for (const job of woken) await outbox.ack(job);
      harness.clock.advance(15_000);
      expect((await outbox.claim(10)).map((job) => job.dossierId)).toEqual([B]);
    });

    it('retention forgets dead letters and settled jobs before the cutoff, never a pending job', async () => {
      const DAY = 24 * 60 * 60 * 1000;
      const outbox = await open();
      for (const id of [A, B, C]) await outbox.enqueue(id, 'team-west');
      const jobs = await outbox.claim(3);
      const job = (id: string) => jobs.find((j) => j.dossierId === id)!;
      await outbox.deadLetter(job(A), 'HTTP_400');
      await outbox.ack(job(B));
      await outbox.retryLater(job(C), new Date(harness.clock().getTime() + 30 * DAY), 'TEAMS_HTTP_503');
      harness.clock.advance(10 * DAY);
      const D = 'PI-2026-DDDDDDD4';
      await outbox.enqueue(D, 'team-oost');
      await outbox.deadLetter((await outbox.claim(1))[0]!, 'HTTP_410');

      expect(await outbox.purgeOlderThan(new Date(harness.clock().getTime() - 5 * DAY))).toBeGreaterThanOrEqual(1);
      expect((await outbox.listDeadLetters()).map((dead) => dead.dossierId)).toEqual([D]);
      const restarted = await open();
      expect((await restarted.listDeadLetters()).map((dead) => dead.dossierId)).toEqual([D]);
      harness.clock.advance(20 * DAY);
      await outlastClaim();
      expect((await restarted.claim(10)).map((j) => [j.dossierId, j.attempts])).toEqual([[C, 1]]);
    });

    it('moves a job to the dead letters and back on request', async () => {
      const outbox = await open();
      await outbox.enqueue(A, 'team-west');
      const [job] = await outbox.claim(1);
      await outbox.retryLater(job!, harness.clock(), 'HTTP_500');
      const [second] = await outbox.claim(1);
      await outbox.deadLetter(second!, 'HTTP_400');
      expect(await outbox.claim(10)).toEqual([]);
      const restarted = await open();
      expect(await restarted.listDeadLetters()).toEqual([
        { dossierId: A, teamId: 'team-west', attempts: 2, reason: 'HTTP_400', at: harness.clock().toISOString() },
      ]);
      expect(await restarted.retryDeadLetter(B)).toBe(false);
      expect(await restarted.retryDeadLetter(A)).toBe(true);
      expect(await restarted.retryDeadLetter(A)).toBe(false);
      expect(await restarted.listDeadLetters()).toEqual([]);
      const [revived] = await restarted.claim(10);
      expect(revived).toMatchObject({ dossierId: A, attempts: 0 });
    });

    it('survives a restart: enqueued and scheduled jobs come back', async () => {
      const outbox = await open();
      await outbox.enqueue(A, 'team-west');
      await outbox.enqueue(B, 'team-oost');
      const [jobB] = (await outbox.claim(2)).filter((job) => job.dossierId === B);
      await outbox.retryLater(jobB!, new Date(harness.clock().getTime() + 1_000), 'TIMEOUT');
      await outbox.close();
      opened = opened.filter((o) => o !== outbox);
      const restarted = await open();
      await outlastClaim(); // A was claimed by the crashed instance
      harness.clock.advance(1_000); // B's retry is due
      const jobs = await restarted.claim(10);
      expect(jobs.map((job) => [job.dossierId, job.teamId, job.attempts]).sort()).toEqual([
        [A, 'team-west', 0],
        [B, 'team-oost', 1],
      ]);
    });

    it('hands out a claimed job again when its consumer never settles it', async () => {
      const outbox = await open();
      await outbox.enqueue(A, 'team-west');
      expect(await outbox.claim(1)).toHaveLength(1);
      expect(await outbox.claim(1)).toEqual([]);
      await outlastClaim();
      const [again] = await outbox.claim(1);
      expect(again).toMatchObject({ dossierId: A, attempts: 0 });
      await outbox.ack(again!);
      expect(await outbox.isDelivered(A)).toBe(true);
    });
  });
}
