import type { PreIntakeDossier } from '../dossier/dossier';
import type { StatusChange } from './dossierRecord';
import type { IntakeTeam } from './intakeTeams';

/** Durable home of finished dossiers (file per dossier, or Redis). */
export interface DossierStore {
  /** Creates or replaces; durable when the promise resolves. Throws DOSSIER_INVALID (nothing written). */
  put(dossier: PreIntakeDossier): Promise<void>;
  get(id: string): Promise<PreIntakeDossier | undefined>;
  /** The verwijzer's dossiers, newest first. */
  listByVerwijzer(teamsId: string): Promise<PreIntakeDossier[]>;
  listIds(): Promise<string[]>;
  /** True when something was deleted. */
  delete(id: string): Promise<boolean>;
  /**
   * Appends a status entry (and sets `bijgewerkt`) when the lifecycle allows it; undefined when
   * the dossier is gone. Throws TRANSITION_NOT_ALLOWED (nothing written) otherwise.
   */
  updateStatus(id: string, change: StatusChange): Promise<PreIntakeDossier | undefined>;
  /**
   * Replaces the dossier with `change(current)`, atomically (no concurrent change is lost);
   * undefined when the dossier is gone. `change` may throw to refuse (nothing written).
   */
  update(id: string, change: (dossier: PreIntakeDossier) => PreIntakeDossier): Promise<PreIntakeDossier | undefined>;
  /** Deletes dossiers whose last status change is before `cutoff`; returns their ids. */
  purgeOlderThan(cutoff: Date): Promise<string[]>;
}

/** One unit of outbox work: deliver this dossier to this team. */
export interface OutboxJob {
  dossierId: string;
  teamId: string;
  /** Failed attempts made before this claim. */
  attempts: number;
}

/** A job handed to one consumer; settle it with ack, retryLater or deadLetter. */
export interface ClaimedJob extends OutboxJob {
  /** Opaque handle of the claim (stream entry id in Redis). */
  receipt: string;
}

export interface DeadLetter {
  dossierId: string;
  teamId: string;
  attempts: number;
  reason: string;
  at: string;
}

/** The exclusive right to send one dossier now: renewed while sending, released after settling. */
export interface Lease {
  /** False when the lease was lost (it expired and another instance took it). */
  renew(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * Durable hand-off queue. At-least-once towards the target; a dossier that was acked is
 * never handed out again. A claimed job that is not settled within the claim timeout (a
 * crashed consumer) becomes claimable again.
 */
export interface Outbox {
  /** Durable when it resolves. Idempotent: a dossier already known to the outbox is ignored. */
  enqueue(dossierId: string, teamId: string): Promise<void>;
  /** Up to `limit` jobs that are due now; never a delivered dossier. */
  claim(limit: number): Promise<ClaimedJob[]>;
  /**
   * Right before sending: checks that this claim still stands (not delivered, not settled by
   * another instance) and takes the dossier's lease for `ms`. Undefined means: do not send.
   */
  lease(job: ClaimedJob, ms: number): Promise<Lease | undefined>;
  /** After a successful delivery. */
  ack(job: ClaimedJob): Promise<void>;
  /** Hands the job out again from `notBefore`; counts a failed attempt unless `counted` is false (waiting). */
  retryLater(job: ClaimedJob, notBefore: Date, reason: string, counted?: boolean): Promise<void>;
  /** Gives up: the job moves to the dead letters (attempt counted). */
  deadLetter(job: ClaimedJob, reason: string): Promise<void>;
  listDeadLetters(): Promise<DeadLetter[]>;
  /** Puts a dead letter back in the queue with fresh attempts; false when there is none. */
  retryDeadLetter(dossierId: string): Promise<boolean>;
  isDelivered(dossierId: string): Promise<boolean>;
  /**
   * The team can receive now (its channel was just linked): its jobs scheduled for later are
   * due at once. Resolves to how many were woken.
   */
  wake(teamId: string): Promise<number>;
  /**
   * Retention: forgets delivered and dead jobs settled before `cutoff` (never a pending one);
   * resolves to how many. The file outbox also compacts its log here.
   */
  purgeOlderThan(cutoff: Date): Promise<number>;
  close(): Promise<void>;
}

export type DeliveryResult =
  | { ok: true }
  | { ok: false; retryable: boolean; retryAfterMs?: number; reason: string; waiting?: never }
  /** Not a failure: the team cannot receive yet (no linked channel); the dossier waits. */
  | { ok: false; waiting: true; reason: string; retryable?: never };

/** A channel to an intake team (webhook, Teams channel card). */
export interface DeliveryTarget {
  deliver(dossier: PreIntakeDossier, team: IntakeTeam): Promise<DeliveryResult>;
}

/** Opaque JSON (a Teams conversation reference); intake never looks inside. */
export type ConversationReferenceJson = Record<string, unknown>;

/** Team id → the Teams channel registered for it with `koppel intake <team-id>`. */
export interface RegistrationStore {
  set(teamId: string, reference: ConversationReferenceJson): Promise<void>;
  get(teamId: string): Promise<ConversationReferenceJson | undefined>;
  delete(teamId: string): Promise<boolean>;
  list(): Promise<{ teamId: string; reference: ConversationReferenceJson }[]>;
  /** Retention: deletes references last set before `cutoff`; resolves to how many. */
  purgeOlderThan(cutoff: Date): Promise<number>;
}
