import { z } from 'zod';
import type { PreIntakeDossier, StatusEntry } from './dossier';

/**
 * THE dossier lifecycle: which statuses exist, which may follow which, who (by role) may
 * cause each step, and which the verwijzer may still delete. Stores check every status
 * change here; cards and dialogs ask here which buttons to show. Dutch labels: statusLabels.nl.ts.
 */

export const DossierStatus = z.enum([
  'concept',
  'verzonden',
  'afgeleverd',
  'in-behandeling',
  'info-nodig',
  'aangevuld',
  'adviesgesprek-gepland',
  'gestart',
  'niet-gestart',
  'afgerond',
  'mislukt',
]);
export type DossierStatus = z.infer<typeof DossierStatus>;

/**
 * Who causes a status change. The status history stores this role, never a person's name.
 * 'systeem': the delivery worker; 'beheer': an operator (e.g. retrying a dead letter).
 */
export const Actor = z.enum(['verwijzer', 'intaketeam', 'systeem', 'beheer']);
export type Actor = z.infer<typeof Actor>;

/** The intake team's reason when a traject does not start. */
export const NotStartedReason = z.enum(['diploma-route', 'past-nu-niet', 'kandidaat-ziet-af']);
export type NotStartedReason = z.infer<typeof NotStartedReason>;

/** Where the client is 3 and 6 months after 'afgerond' (or any time, told by the verwijzer). */
export const Outcome = z.enum(['werk', 'vervolgopleiding', 'ander-traject', 'geen']);
export type Outcome = z.infer<typeof Outcome>;
export const OutcomeMoment = z.enum(['3-maanden', '6-maanden', 'tussentijds']);
export type OutcomeMoment = z.infer<typeof OutcomeMoment>;

interface StatusRule {
  /** The statuses that may follow, each with the roles that may cause that step. */
  next: Partial<Record<DossierStatus, readonly Actor[]>>;
  /** The verwijzer may delete the dossier in this status (it has not reached the team). */
  deletable: boolean;
}

const TEAM: readonly Actor[] = ['intaketeam'];
const SYSTEM: readonly Actor[] = ['systeem'];

/** What the intake team may do once the dossier is with them (ask, plan, decide). */
const TEAM_STEPS = {
  'in-behandeling': TEAM,
  'info-nodig': TEAM,
  'adviesgesprek-gepland': TEAM,
  gestart: TEAM,
  'niet-gestart': TEAM,
} as const;

/**
 * The intake team may act as soon as its card can be in the channel: the card is posted
 * before the worker records 'afgeleverd', so a quick click may find 'verzonden'.
 * 'info-nodig' ⇄ 'aangevuld': the team asks, the verwijzer answers. 'gestart' and
 * 'niet-gestart' are the decision (with a reason when not started); 'afgerond' closes a
 * started traject (werkprocessen, praktijkverklaring behaald or not). The outcome after
 * 3 and 6 months is not a status: it is kept in the dossier's `uitkomsten`.
 */
const LIFECYCLE: Record<DossierStatus, StatusRule> = {
  concept: { deletable: true, next: { verzonden: ['verwijzer'] } },
  verzonden: { deletable: true, next: { afgeleverd: SYSTEM, mislukt: SYSTEM, ...TEAM_STEPS } },
  mislukt: { deletable: true, next: { verzonden: ['verwijzer', 'beheer'] } },
  afgeleverd: { deletable: false, next: TEAM_STEPS },
  'in-behandeling': { deletable: false, next: omit(TEAM_STEPS, 'in-behandeling') },
  'info-nodig': { deletable: false, next: { aangevuld: ['verwijzer'], ...TEAM_STEPS } },
  aangevuld: { deletable: false, next: TEAM_STEPS },
  'adviesgesprek-gepland': { deletable: false, next: omit(TEAM_STEPS, 'in-behandeling') },
  gestart: { deletable: false, next: { afgerond: TEAM } },
  'niet-gestart': { deletable: false, next: {} },
  afgerond: { deletable: false, next: {} },
};

function omit<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  const { [key]: _omitted, ...rest } = o;
  return rest;
}

/** The statuses after which nothing changes any more (the outcome is recorded apart). */
export function isFinal(status: DossierStatus): boolean {
  return Object.keys(LIFECYCLE[status].next).length === 0;
}

/**
 * What the verwijzer sees: the status, except that a sent dossier whose team cannot receive yet
 * (its Teams channel is not linked) shows as waiting. Derived, never stored: it ends by itself
 * the moment the channel is linked.
 */
export type DisplayState = DossierStatus | 'wacht-op-intaketeam';

export function displayState(status: DossierStatus, teamAwaitsChannel: boolean): DisplayState {
  return status === 'verzonden' && teamAwaitsChannel ? 'wacht-op-intaketeam' : status;
}

/** May `actor` move a dossier from `from` to `to`? */
export function mayTransition(from: DossierStatus, to: DossierStatus, actor: Actor): boolean {
  return LIFECYCLE[from].next[to]?.includes(actor) ?? false;
}

/** The statuses `actor` may move a dossier in status `from` to, in lifecycle order. */
export function nextStatuses(from: DossierStatus, actor: Actor): DossierStatus[] {
  return DossierStatus.options.filter((to) => mayTransition(from, to, actor));
}

/** May the verwijzer still delete a dossier in this status? */
export function isDeletable(status: DossierStatus): boolean {
  return LIFECYCLE[status].deletable;
}

/** May the verwijzer send a stored dossier in this status again (it failed to arrive)? */
export function isResendable(status: DossierStatus): boolean {
  return status !== 'concept' && mayTransition(status, 'verzonden', 'verwijzer');
}

/** The role that normally causes a status (for old records that stored a name instead). */
export function usualActor(status: DossierStatus): Actor {
  for (const from of DossierStatus.options) {
    const actors = LIFECYCLE[from].next[status];
    if (actors?.length) return actors[0]!;
  }
  return 'verwijzer'; // 'concept': the verwijzer starts every dossier
}

export type TransitionResult =
  { ok: true; dossier: PreIntakeDossier } | { ok: false; reason: 'NOT_ALLOWED'; dossier: PreIntakeDossier };

/** Appends the entry when the lifecycle allows it; moves `bijgewerkt` along. Pure. */
export function applyTransition(dossier: PreIntakeDossier, entry: StatusEntry & { door: Actor }): TransitionResult {
  const from = dossier.statusHistory[dossier.statusHistory.length - 1]!.status;
  if (!mayTransition(from, entry.status, entry.door)) return { ok: false, reason: 'NOT_ALLOWED', dossier };
  return { ok: true, dossier: { ...dossier, bijgewerkt: entry.op, statusHistory: [...dossier.statusHistory, entry] } };
}

/**
 * Steps that are not status changes, with the same rule of who may cause them: the verwijzer
 * answers the invitation to the adviesgesprek while it is planned, and tells the client's
 * outcome once the traject is afgerond (3 and 6 months after, or any time in between).
 */
export function mayAnswerInvitation(status: DossierStatus, actor: Actor): boolean {
  return status === 'adviesgesprek-gepland' && actor === 'verwijzer';
}

export function mayRecordOutcome(status: DossierStatus, actor: Actor): boolean {
  return status === 'afgerond' && actor === 'verwijzer';
}

/** The verwijzer's answer to the invitation (true: joins); NOT_ALLOWED outside the planned gesprek. */
export function applyAttendance(dossier: PreIntakeDossier, komt: boolean, actor: Actor): TransitionResult {
  const status = dossier.statusHistory[dossier.statusHistory.length - 1]!.status;
  if (!mayAnswerInvitation(status, actor)) return { ok: false, reason: 'NOT_ALLOWED', dossier };
  return { ok: true, dossier: { ...dossier, verwijzerBijGesprek: komt } };
}

/** Records an outcome; a later answer for the same 3- or 6-month moment replaces the earlier one. */
export function applyOutcome(
  dossier: PreIntakeDossier,
  entry: { moment: OutcomeMoment; uitkomst: Outcome; op: string },
  actor: Actor,
): TransitionResult {
  const status = dossier.statusHistory[dossier.statusHistory.length - 1]!.status;
  if (!mayRecordOutcome(status, actor)) return { ok: false, reason: 'NOT_ALLOWED', dossier };
  const kept = (dossier.uitkomsten ?? []).filter((u) => u.moment === 'tussentijds' || u.moment !== entry.moment);
  // At most 10 are stored: the oldest in-between answers give way.
  const uitkomsten = [...kept, entry].slice(-10);
  return { ok: true, dossier: { ...dossier, uitkomsten } };
}
