import { z } from 'zod';
import type { DeadLetter } from './ports';

/** The events of the file outbox's append-only log, one JSON object per line. */
const At = z.iso.datetime();
export const OutboxEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('enqueued'), dossierId: z.string(), teamId: z.string(), at: At }),
  z.object({
    type: z.literal('attempt'),
    dossierId: z.string(),
    attempt: z.number().int().min(0),
    notBefore: At,
    reason: z.string(),
    at: At,
  }),
  z.object({ type: z.literal('delivered'), dossierId: z.string(), at: At }),
  z.object({ type: z.literal('dead'), dossierId: z.string(), attempts: z.number().int(), reason: z.string(), at: At }),
  z.object({ type: z.literal('revived'), dossierId: z.string(), at: At }),
]);
export type OutboxEvent = z.infer<typeof OutboxEvent>;

export interface JobState {
  dossierId: string;
  teamId: string;
  attempts: number;
  notBefore: number;
  state: 'pending' | 'delivered' | 'dead';
  reason?: string;
  changedAt: string;
}

/**
 * Folds one event into the state. Replay on open and live writes use this same function,
 * so the state after a restart equals the state before it.
 */
export function applyEvent(jobs: Map<string, JobState>, event: OutboxEvent): void {
  const job = jobs.get(event.dossierId);
  if (event.type === 'enqueued') {
    if (!job) {
      jobs.set(event.dossierId, {
        dossierId: event.dossierId,
        teamId: event.teamId,
        attempts: 0,
        notBefore: 0,
        state: 'pending',
        changedAt: event.at,
      });
    }
    return;
  }
  if (!job) return;
  job.changedAt = event.at;
  switch (event.type) {
    case 'attempt':
      Object.assign(job, { attempts: event.attempt, notBefore: Date.parse(event.notBefore), reason: event.reason });
      return;
    case 'delivered':
      job.state = 'delivered';
      return;
    case 'dead':
      Object.assign(job, { state: 'dead', attempts: event.attempts, reason: event.reason });
      return;
    case 'revived':
      Object.assign(job, { state: 'pending', attempts: 0, notBefore: 0, reason: undefined });
      return;
  }
}

/**
 * The fewest events that replay (applyEvent) to exactly this job's state: what a compacted
 * log keeps of it.
 */
export function eventsOf(job: JobState): OutboxEvent[] {
  const { dossierId, changedAt: at } = job;
  const events: OutboxEvent[] = [{ type: 'enqueued', dossierId, teamId: job.teamId, at }];
  if (job.attempts > 0 || job.notBefore > 0 || job.reason !== undefined) {
    const notBefore = new Date(job.notBefore).toISOString();
    events.push({ type: 'attempt', dossierId, attempt: job.attempts, notBefore, reason: job.reason ?? '', at });
  }
  if (job.state === 'delivered') events.push({ type: 'delivered', dossierId, at });
  if (job.state === 'dead') {
    events.push({ type: 'dead', dossierId, attempts: job.attempts, reason: job.reason ?? '', at });
  }
  return events;
}

export function deadLetterOf(job: JobState): DeadLetter {
  return {
    dossierId: job.dossierId,
    teamId: job.teamId,
    attempts: job.attempts,
    reason: job.reason ?? '',
    at: job.changedAt,
  };
}

/**
 * Parses the log text. A torn last line (crash during a write) is dropped and reported
 * through `validLength`; a bad line before it means the file was damaged otherwise.
 */
export function parseLog(text: string): { events: OutboxEvent[]; validLength: number; badLine?: number } {
  const end = text.lastIndexOf('\n') + 1; // bytes after the last newline are a torn write
  const lines = text.slice(0, end).split('\n').slice(0, -1);
  const events: OutboxEvent[] = [];
  for (const [index, line] of lines.entries()) {
    const parsed = OutboxEvent.safeParse(safeJson(line));
    if (!parsed.success) return { events, validLength: end, badLine: index + 1 };
    events.push(parsed.data);
  }
  return { events, validLength: end };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
