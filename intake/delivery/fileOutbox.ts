import { mkdir, open, readFile, rename, rm, truncate, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { systemClock, type Clock } from '../dossier/clock';
import { DomainError } from '../errors';
import { fsyncDir } from './atomicFile';
import { applyEvent, deadLetterOf, eventsOf, parseLog, type JobState, type OutboxEvent } from './outboxLog';
import type { ClaimedJob, DeadLetter, Lease, Outbox } from './ports';

export interface FileOutboxOptions {
  clock?: Clock;
  /** A claim not settled within this time is handed out again (default 60 s). */
  claimTimeoutMs?: number;
  /** Tests only: runs after the compacted log is written and before it replaces the log (a crash point). */
  beforeCompactionSwap?: () => Promise<void>;
}

/**
 * Embedded-mode outbox: an append-only JSONL log under `<dataDir>/outbox/outbox.jsonl`.
 * Every event is fsynced before the call returns; opening replays the log. One process per
 * data directory (claims live in memory and end with the process, as a crash would).
 */
export class FileOutbox implements Outbox {
  private readonly jobs = new Map<string, JobState>();
  private readonly claims = new Map<string, number>(); // dossierId → claimed at (ms)
  private readonly leased = new Set<string>();
  private chain: Promise<unknown> = Promise.resolve();
  private claimCounter = 0;

  private constructor(
    private handle: FileHandle,
    private readonly path: string,
    private readonly clock: Clock,
    private readonly claimTimeoutMs: number,
    private readonly beforeCompactionSwap: () => Promise<void>,
  ) {}

  static async open(dataDir: string, options: FileOutboxOptions = {}): Promise<FileOutbox> {
    const dir = join(dataDir, 'outbox');
    const path = join(dir, 'outbox.jsonl');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    // A compaction that did not reach its rename left this behind; the log itself is whole.
    await rm(compactPath(path), { force: true });
    const events = await readLog(path);
    const handle = await open(path, 'a', 0o600);
    await fsyncDir(dir); // the log file itself must survive a crash, not only its content
    const outbox = new FileOutbox(
      handle,
      path,
      options.clock ?? systemClock,
      options.claimTimeoutMs ?? 60_000,
      options.beforeCompactionSwap ?? (async () => undefined),
    );
    for (const event of events) applyEvent(outbox.jobs, event);
    return outbox;
  }

  enqueue(dossierId: string, teamId: string): Promise<void> {
    return this.serial(async () => {
      if (this.jobs.has(dossierId)) return;
      await this.append({ type: 'enqueued', dossierId, teamId, at: this.now() });
    });
  }

  claim(limit: number): Promise<ClaimedJob[]> {
    return this.serial(async () => {
      const now = this.clock().getTime();
      const claimed: ClaimedJob[] = [];
      for (const job of this.jobs.values()) {
        if (claimed.length >= limit) break;
        if (job.state !== 'pending' || job.notBefore > now) continue;
        const claimedAt = this.claims.get(job.dossierId);
        if (claimedAt !== undefined && now - claimedAt < this.claimTimeoutMs) continue;
        this.claims.set(job.dossierId, now);
        const receipt = `${job.dossierId}#${++this.claimCounter}`;
        claimed.push({ dossierId: job.dossierId, teamId: job.teamId, attempts: job.attempts, receipt });
      }
      return claimed;
    });
  }

  lease(job: ClaimedJob): Promise<Lease | undefined> {
    return this.serial(async () => {
      if (this.jobs.get(job.dossierId)?.state !== 'pending' || this.leased.has(job.dossierId)) return undefined;
      this.leased.add(job.dossierId);
      this.claims.set(job.dossierId, this.clock().getTime());
      return {
        renew: async () => {
          this.claims.set(job.dossierId, this.clock().getTime());
          return this.leased.has(job.dossierId);
        },
        release: async () => void this.leased.delete(job.dossierId),
      };
    });
  }

  ack(job: ClaimedJob): Promise<void> {
    return this.settle(job, () => ({ type: 'delivered', dossierId: job.dossierId, at: this.now() }));
  }

  retryLater(job: ClaimedJob, notBefore: Date, reason: string, counted = true): Promise<void> {
    return this.settle(job, (state) => ({
      type: 'attempt',
      dossierId: job.dossierId,
      attempt: state.attempts + (counted ? 1 : 0),
      notBefore: notBefore.toISOString(),
      reason,
      at: this.now(),
    }));
  }

  deadLetter(job: ClaimedJob, reason: string): Promise<void> {
    return this.settle(job, (state) => ({
      type: 'dead',
      dossierId: job.dossierId,
      attempts: state.attempts + 1,
      reason,
      at: this.now(),
    }));
  }

  async listDeadLetters(): Promise<DeadLetter[]> {
    return [...this.jobs.values()].filter((job) => job.state === 'dead').map(deadLetterOf);
  }

  retryDeadLetter(dossierId: string): Promise<boolean> {
    return this.serial(async () => {
      if (this.jobs.get(dossierId)?.state !== 'dead') return false;
      await this.append({ type: 'revived', dossierId, at: this.now() });
      return true;
    });
  }

  /**
   * In memory only: waking is a shortcut, not a state change. After a restart the job is due
   * at its logged time, at most one waiting poll later.
   */
  wake(teamId: string): Promise<number> {
    return this.serial(async () => {
      const now = this.clock().getTime();
      let woken = 0;
      for (const job of this.jobs.values()) {
        if (job.teamId !== teamId || job.state !== 'pending' || job.notBefore <= now) continue;
        job.notBefore = now;
        woken++;
      }
      return woken;
    });
  }

  async isDelivered(dossierId: string): Promise<boolean> {
    return this.jobs.get(dossierId)?.state === 'delivered';
  }

  /**
   * Retention and compaction in one: drops delivered and dead jobs settled before `cutoff`,
   * then rewrites the log as the fewest events that replay to the same state. Crash-safe: the
   * new log is written beside the old one and fsynced, then renamed over it (atomic), then the
   * directory is fsynced; a crash before the rename leaves the old log, after it the new one.
   */
  purgeOlderThan(cutoff: Date): Promise<number> {
    return this.serial(async () => {
      const kept = [...this.jobs.values()].filter(
        (job) => job.state === 'pending' || Date.parse(job.changedAt) >= cutoff.getTime(),
      );
      const text = kept.flatMap((job) => eventsOf(job).map((event) => `${JSON.stringify(event)}\n`)).join('');
      const temp = compactPath(this.path);
      const handle = await open(temp, 'w', 0o600);
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await this.beforeCompactionSwap();
      await rename(temp, this.path);
      await fsyncDir(dirname(this.path));
      await this.handle.close();
      this.handle = await open(this.path, 'a', 0o600);
      const purged = this.jobs.size - kept.length;
      for (const job of [...this.jobs.values()]) if (!kept.includes(job)) this.jobs.delete(job.dossierId);
      return purged;
    });
  }

  async close(): Promise<void> {
    await this.chain.catch(() => undefined);
    await this.handle.close();
  }

  /** Settling a job that is no longer pending (already delivered or dead) changes nothing. */
  private settle(job: ClaimedJob, event: (state: JobState) => OutboxEvent): Promise<void> {
    return this.serial(async () => {
      const state = this.jobs.get(job.dossierId);
      if (state?.state === 'pending') await this.append(event(state));
      this.claims.delete(job.dossierId);
    });
  }

  private async append(event: OutboxEvent): Promise<void> {
    await this.handle.appendFile(`${JSON.stringify(event)}\n`, 'utf8');
    await this.handle.sync();
    applyEvent(this.jobs, event); // state follows the disk, never runs ahead of it
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const result = this.chain.then(task, task);
    this.chain = result.catch(() => undefined);
    return result;
  }

  private now(): string {
    return this.clock().toISOString();
  }
}

function compactPath(path: string): string {
  return `${path}.compact`;
}

async function readLog(path: string): Promise<OutboxEvent[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const { events, validLength, badLine } = parseLog(text);
  if (badLine !== undefined) throw new DomainError('STORE_CORRUPT', `outbox log damaged at line ${badLine}`, [path]);
  if (validLength < text.length) await truncate(path, Buffer.byteLength(text.slice(0, validLength)));
  return events;
}
