import { systemClock, type Clock } from '../dossier/clock';
import type { DossierStatus, PreIntakeDossier } from '../dossier/dossier';
import { DomainError } from '../errors';
import { backoffDelay, DEFAULT_MAX_ATTEMPTS, type BackoffOptions } from './backoff';
import { requeueSubmitted } from './dossierLifecycle';
import type { IntakeTeam } from './intakeTeams';
import type { ClaimedJob, DeliveryResult, DeliveryTarget, DossierStore, Lease, Outbox } from './ports';

/** Only ids and codes: never names, contact data or dossier content. */
export interface DeliveryLogFields {
  dossierId?: string;
  attempt?: number;
  teamId?: string;
  code?: string;
}

/** The slice of a pino logger the worker uses. */
export interface DeliveryLog {
  info(fields: DeliveryLogFields, event: string): void;
  warn(fields: DeliveryLogFields, event: string): void;
  error(fields: DeliveryLogFields, event: string): void;
}

export interface DeliveryWorkerOptions {
  outbox: Outbox;
  store: DossierStore;
  targets: (team: IntakeTeam) => DeliveryTarget;
  teams: readonly IntakeTeam[];
  clock?: Clock;
  log?: DeliveryLog;
  /** Tells the verwijzer about 'afgeleverd' and 'mislukt'; failures are logged, not retried. */
  onStatus?: (dossier: PreIntakeDossier, status: DossierStatus) => Promise<void>;
  /** Failed attempts before a dossier becomes a dead letter (default: at least 24 hours of retries). */
  maxAttempts?: number;
  backoff?: BackoffOptions;
  /** Jitter source (default Math.random). */
  random?: () => number;
  /** Wait between polls (default 1 s); `poll: false` only runs on runOnce(). */
  pollMs?: number;
  poll?: boolean;
  /** Jobs claimed per run (default 5): each is checked and leased again right before its send. */
  batchSize?: number;
  /** Lease per dossier while sending, renewed every third of it (default 60 s; above the send timeout). */
  leaseMs?: number;
  /** A dossier whose team has no linked channel yet is checked again after this wait (default 15 s). */
  waitingPollMs?: number;
}

export interface DeliveryWorker {
  /** Handles the jobs that are due now; resolves to how many were handled. */
  runOnce(): Promise<number>;
  /** Stops polling and waits for the current run. */
  stop(): Promise<void>;
  /** Beheer: put a dead letter back in the queue (status back to 'verzonden'). */
  retryDeadLetter(dossierId: string): Promise<boolean>;
}

const SILENT: DeliveryLog = { info() {}, warn() {}, error() {} };
const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

export function startDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const deps: Deps = {
    ...options,
    clock: options.clock ?? systemClock,
    log: options.log ?? SILENT,
    waitingLogged: new Set(),
  };
  let chain: Promise<number> = Promise.resolve(0);
  let reconciled = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function run(): Promise<number> {
    if (!reconciled) {
      // Recovers a crash between store and enqueue, and one between the ack and the status write.
      const delivered = await requeueSubmitted(deps.store, deps.outbox);
      for (const dossier of delivered) await changeStatus(deps, dossier, 'afgeleverd');
      reconciled = true;
    }
    const jobs = await deps.outbox.claim(deps.batchSize ?? 5);
    for (const job of jobs) {
      try {
        await handleJob(deps, job);
      } catch (error) {
        // The job stays claimed; the outbox hands it out again after the claim timeout.
        deps.log.error({ dossierId: job.dossierId, teamId: job.teamId, code: codeOf(error) }, 'delivery.job_failed');
      }
    }
    return jobs.length;
  }

  function runOnce(): Promise<number> {
    chain = chain.catch(() => 0).then(run);
    return chain;
  }

  async function tick(): Promise<void> {
    let handled = 0;
    try {
      handled = await runOnce();
    } catch (error) {
      deps.log.error({ code: codeOf(error) }, 'delivery.run_failed');
    }
    if (!stopped) timer = setTimeout(() => void tick(), handled > 0 ? 0 : (deps.pollMs ?? 1_000));
  }

  if (options.poll ?? true) timer = setTimeout(() => void tick(), 0);

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await chain.catch(() => 0);
    },
    async retryDeadLetter(dossierId) {
      if (!(await deps.outbox.retryDeadLetter(dossierId))) return false;
      await deps.store.updateStatus(dossierId, { status: 'verzonden', op: deps.clock().toISOString(), door: 'beheer' });
      deps.log.info({ dossierId, code: 'DEAD_LETTER_RETRIED' }, 'delivery.dead_letter_retried');
      return true;
    },
  };
}

type Deps = DeliveryWorkerOptions & { clock: Clock; log: DeliveryLog; waitingLogged: Set<string> };

async function handleJob(deps: Deps, job: ClaimedJob): Promise<void> {
  const lease = await deps.outbox.lease(job, deps.leaseMs ?? 60_000);
  if (!lease) return; // delivered, settled or being sent by another instance meanwhile
  try {
    await deliverLeased(deps, job, lease);
  } finally {
    await lease.release();
  }
}

async function deliverLeased(deps: Deps, job: ClaimedJob, lease: Lease): Promise<void> {
  const fields = { dossierId: job.dossierId, attempt: job.attempts + 1, teamId: job.teamId };
  const dossier = await deps.store.get(job.dossierId);
  if (!dossier) {
    // Deleted by its verwijzer or purged: nothing left to deliver.
    await deps.outbox.ack(job);
    deps.log.warn({ ...fields, code: 'DOSSIER_GONE' }, 'delivery.dropped');
    return;
  }
  const team = deps.teams.find((candidate) => candidate.id === job.teamId);
  const result: DeliveryResult = team
    ? await whileRenewing(lease, deps.leaseMs ?? 60_000, () => deliverSafely(deps.targets(team), dossier, team))
    : { ok: false, retryable: false, reason: 'TEAM_UNKNOWN' };
  if (result.ok) {
    await deps.outbox.ack(job); // first: a delivered dossier must never go out again
    deps.log.info(fields, 'delivery.delivered');
    await changeStatus(deps, dossier, 'afgeleverd');
    return;
  }
  if (result.waiting) {
    // Not an attempt: the team has not linked its channel yet; no limit, no backoff.
    await deps.outbox.retryLater(
      job,
      new Date(deps.clock().getTime() + (deps.waitingPollMs ?? 15_000)),
      result.reason,
      false,
    );
    if (!deps.waitingLogged.has(job.dossierId)) deps.log.info({ ...fields, code: result.reason }, 'delivery.waiting');
    deps.waitingLogged.add(job.dossierId);
    return;
  }
  if (result.retryable && fields.attempt < (deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)) {
    const delay = result.retryAfterMs ?? backoffDelay(fields.attempt, deps.backoff, deps.random);
    const notBefore = new Date(deps.clock().getTime() + Math.min(delay, MAX_RETRY_AFTER_MS));
    await deps.outbox.retryLater(job, notBefore, result.reason);
    deps.log.warn({ ...fields, code: result.reason }, 'delivery.retry_scheduled');
    return;
  }
  await deps.outbox.deadLetter(job, result.reason);
  deps.log.error({ ...fields, code: result.reason }, 'delivery.dead_letter');
  await changeStatus(deps, dossier, 'mislukt');
}

/** Keeps the lease alive during a slow send, so no other instance takes the dossier over. */
async function whileRenewing<T>(lease: Lease, leaseMs: number, send: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => void lease.renew().catch(() => false), Math.max(10, Math.floor(leaseMs / 3)));
  try {
    return await send();
  } finally {
    clearInterval(timer);
  }
}

async function deliverSafely(
  target: DeliveryTarget,
  dossier: PreIntakeDossier,
  team: IntakeTeam,
): Promise<DeliveryResult> {
  try {
    return await target.deliver(dossier, team);
  } catch (error) {
    return { ok: false, retryable: true, reason: `TARGET_ERROR:${codeOf(error)}` };
  }
}

/**
 * Records the status and tells the verwijzer, only what the store recorded: a refused or
 * failed write (say the team already moved the dossier on, or it was deleted) tells nobody.
 * The job is already settled, so failures only log.
 */
async function changeStatus(deps: Deps, dossier: PreIntakeDossier, status: DossierStatus): Promise<void> {
  const fields = { dossierId: dossier.id, teamId: dossier.intakeTeam };
  let recorded: PreIntakeDossier | undefined;
  try {
    recorded = await deps.store.updateStatus(dossier.id, { status, op: deps.clock().toISOString(), door: 'systeem' });
  } catch (error) {
    deps.log.error({ ...fields, code: codeOf(error) }, 'delivery.status_failed');
    return;
  }
  if (!recorded) {
    deps.log.warn({ ...fields, code: 'DOSSIER_GONE' }, 'delivery.status_failed');
    return;
  }
  try {
    await deps.onStatus?.(recorded, status);
  } catch (error) {
    deps.log.warn({ ...fields, code: codeOf(error) }, 'delivery.notify_failed');
  }
}

/** A loggable code: never an error message, which may hold personal data. */
function codeOf(error: unknown): string {
  if (error instanceof DomainError) return error.code;
  if (error instanceof Error) return (error as NodeJS.ErrnoException).code ?? error.name;
  return 'UNKNOWN';
}
