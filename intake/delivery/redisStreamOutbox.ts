import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { systemClock, type Clock } from '../dossier/clock';
import type { ClaimedJob, DeadLetter, Lease, Outbox, OutboxJob } from './ports';
import {
  ACK_DELIVERED,
  ACK_SKIPPED,
  BURY,
  ENQUEUE_ONCE,
  LEASE,
  PROMOTE_DUE,
  PURGE_DEAD,
  RELEASE_LEASE,
  RENEW_LEASE,
  RESCHEDULE,
  REVIVE,
  WAKE_TEAM,
} from './redisOutboxScripts';

export interface RedisStreamOutboxOptions {
  /** Unique per running instance (default: host-pid-random). */
  consumer?: string;
  group?: string;
  /**
   * Pending entries idle this long belong to a crashed consumer and are reclaimed
   * (default 60 s; keep it above the delivery timeout).
   */
  claimIdleMs?: number;
  clock?: Clock;
  /** The known and delivered markers expire with the retention period (default 90 days). */
  markerTtlMs?: number;
}

const Job = z.object({
  dossierId: z.string().min(1),
  teamId: z.string().min(1),
  attempts: z.number().int().min(0),
  reason: z.string().optional(),
});
const Entry = z.tuple([z.string(), z.array(z.string()).nullable()]);
type Entry = z.infer<typeof Entry>;
// RESP2 answers [[stream, entries]]; RESP3 (ioredis 6 default) a map, flattened to [stream, entries].
const StreamEntries = z.tuple([z.string(), z.array(Entry)]);
const ReadGroupReply = z.union([
  z.null().transform((): Entry[] => []),
  StreamEntries.transform(([, entries]) => entries),
  z.array(StreamEntries).transform((streams) => streams.flatMap(([, entries]) => entries)),
]);
const AutoClaimReply = z.tuple([z.string(), z.array(Entry)], z.unknown());
const StoredDeadLetter = z.object({
  dossierId: z.string(),
  teamId: z.string(),
  attempts: z.number().int(),
  reason: z.string(),
  at: z.string(),
});

/**
 * Redis mode outbox: a stream with a consumer group. XACK only after delivery; entries of
 * crashed consumers are taken over with XAUTOCLAIM; a delivered marker (SET NX) makes a
 * redelivered entry a no-op; retries wait in a sorted set; dead letters sit in a hash.
 */
export class RedisStreamOutbox implements Outbox {
  readonly consumer: string;
  private readonly group: string;
  private readonly claimIdleMs: number;
  private readonly clock: Clock;
  private readonly markerTtlMs: number;
  private groupReady: Promise<void> | undefined;
  private ownPendingRead = false;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    options: RedisStreamOutboxOptions = {},
  ) {
    this.consumer = options.consumer ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
    this.group = options.group ?? 'delivery';
    this.claimIdleMs = options.claimIdleMs ?? 60_000;
    this.clock = options.clock ?? systemClock;
    this.markerTtlMs = options.markerTtlMs ?? 90 * 24 * 60 * 60 * 1000;
  }

  async enqueue(dossierId: string, teamId: string): Promise<void> {
    await this.redis.eval(
      ENQUEUE_ONCE,
      2,
      this.key(`known:${dossierId}`),
      this.stream,
      jobJson({ dossierId, teamId, attempts: 0 }),
      this.markerTtlMs,
    );
  }

  async claim(limit: number): Promise<ClaimedJob[]> {
    await this.ensureGroup();
    await this.redis.eval(PROMOTE_DUE, 2, this.key('retry'), this.stream, this.clock().getTime(), 100);
    const entries: Entry[] = [];
    if (!this.ownPendingRead) {
      // Entries this consumer name held before a restart come back at once.
      entries.push(...(await this.readGroup('0', limit)));
      this.ownPendingRead = true;
    }
    if (entries.length < limit) entries.push(...(await this.autoClaim(limit - entries.length)));
    if (entries.length < limit) entries.push(...(await this.readGroup('>', limit - entries.length)));
    const jobs: ClaimedJob[] = [];
    for (const entry of entries) {
      const job = await this.usable(entry);
      if (job) jobs.push(job);
    }
    return jobs;
  }

  async lease(job: ClaimedJob, ms: number): Promise<Lease | undefined> {
    const token = randomBytes(12).toString('hex');
    const leaseKey = this.key(`lease:${job.dossierId}`);
    const args = [token, ms, this.group, job.receipt, this.consumer];
    const outcome = await this.redis.eval(LEASE, 3, leaseKey, this.deliveredKey(job.dossierId), this.stream, ...args);
    if (outcome !== 'ok') return undefined;
    return {
      renew: async () => (await this.redis.eval(RENEW_LEASE, 2, leaseKey, this.stream, ...args)) === 1,
      release: async () => void (await this.redis.eval(RELEASE_LEASE, 1, leaseKey, token)),
    };
  }

  async ack(job: ClaimedJob): Promise<void> {
    await this.redis.eval(
      ACK_DELIVERED,
      2,
      this.stream,
      this.deliveredKey(job.dossierId),
      this.group,
      job.receipt,
      this.markerTtlMs,
    );
  }

  async retryLater(job: ClaimedJob, notBefore: Date, reason: string, counted = true): Promise<void> {
    const next = jobJson({
      dossierId: job.dossierId,
      teamId: job.teamId,
      attempts: job.attempts + (counted ? 1 : 0),
      reason,
    });
    await this.redis.eval(
      RESCHEDULE,
      2,
      this.stream,
      this.key('retry'),
      this.group,
      job.receipt,
      notBefore.getTime(),
      next,
    );
  }

  async deadLetter(job: ClaimedJob, reason: string): Promise<void> {
    const dead: DeadLetter = {
      dossierId: job.dossierId,
      teamId: job.teamId,
      attempts: job.attempts + 1,
      reason,
      at: this.clock().toISOString(),
    };
    await this.redis.eval(
      BURY,
      2,
      this.stream,
      this.key('dead'),
      this.group,
      job.receipt,
      job.dossierId,
      JSON.stringify(dead),
    );
  }

  async listDeadLetters(): Promise<DeadLetter[]> {
    const raws = await this.redis.hvals(this.key('dead'));
    return raws.flatMap((raw) => {
      const parsed = StoredDeadLetter.safeParse(safeJson(raw));
      return parsed.success ? [parsed.data] : [];
    });
  }

  async retryDeadLetter(dossierId: string): Promise<boolean> {
    return (await this.redis.eval(REVIVE, 2, this.key('dead'), this.stream, dossierId)) === 1;
  }

  async wake(teamId: string): Promise<number> {
    return Number(await this.redis.eval(WAKE_TEAM, 2, this.key('retry'), this.stream, teamId));
  }

  /** Delivered and known markers expire by themselves (markerTtlMs); dead letters are purged here. */
  async purgeOlderThan(cutoff: Date): Promise<number> {
    return Number(await this.redis.eval(PURGE_DEAD, 1, this.key('dead'), cutoff.toISOString()));
  }

  async isDelivered(dossierId: string): Promise<boolean> {
    return (await this.redis.exists(this.deliveredKey(dossierId))) === 1;
  }

  /** The Redis client belongs to the caller, who closes it. */
  async close(): Promise<void> {}

  private async usable([entryId, fields]: Entry): Promise<ClaimedJob | undefined> {
    const job = Job.safeParse(safeJson(fieldValue(fields, 'job')));
    if (job.success && !(await this.isDelivered(job.data.dossierId))) {
      return { dossierId: job.data.dossierId, teamId: job.data.teamId, attempts: job.data.attempts, receipt: entryId };
    }
    // Already delivered (a redelivered entry) or unreadable: settle it without delivering.
    await this.redis.eval(ACK_SKIPPED, 1, this.stream, this.group, entryId);
    return undefined;
  }

  private async readGroup(from: '0' | '>', count: number): Promise<Entry[]> {
    const args = ['GROUP', this.group, this.consumer, 'COUNT', count, 'STREAMS', this.stream, from];
    return ReadGroupReply.parse(await this.command('XREADGROUP', args));
  }

  private async autoClaim(count: number): Promise<Entry[]> {
    const args = [this.stream, this.group, this.consumer, this.claimIdleMs, '0-0', 'COUNT', count];
    return AutoClaimReply.parse(await this.command('XAUTOCLAIM', args))[1];
  }

  /** A vanished group (stream deleted) is created again on the next claim. */
  private async command(name: string, args: (string | number)[]): Promise<unknown> {
    try {
      return await this.redis.call(name, args);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('NOGROUP')) this.groupReady = undefined;
      throw error;
    }
  }

  private ensureGroup(): Promise<void> {
    this.groupReady ??= this.redis.call('XGROUP', ['CREATE', this.stream, this.group, '0', 'MKSTREAM']).then(
      () => undefined,
      (error: unknown) => {
        if (error instanceof Error && error.message.startsWith('BUSYGROUP')) return;
        this.groupReady = undefined;
        throw error;
      },
    );
    return this.groupReady;
  }

  private get stream(): string {
    return this.key('stream');
  }

  private deliveredKey(dossierId: string): string {
    return this.key(`delivered:${dossierId}`);
  }

  private key(name: string): string {
    return `${this.prefix}outbox:${name}`;
  }
}

function jobJson(job: OutboxJob & { reason?: string }): string {
  return JSON.stringify(job);
}

function fieldValue(fields: string[] | null, name: string): string | undefined {
  if (!fields) return undefined;
  const index = fields.findIndex((value, i) => i % 2 === 0 && value === name);
  return index >= 0 ? fields[index + 1] : undefined;
}

function safeJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
