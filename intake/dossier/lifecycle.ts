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
  'adviesgesprek-gepland',
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

interface StatusRule {
  /** The statuses that may follow, each with the roles that may cause that step. */
  next: Partial<Record<DossierStatus, readonly Actor[]>>;
  /** The verwijzer may delete the dossier in this status (it has not reached the team). */
  deletable: boolean;
}

const TEAM: readonly Actor[] = ['intaketeam'];
const SYSTEM: readonly Actor[] = ['systeem'];

/**
 * The intake team may act as soon as its card can be in the channel: the card is posted
 * before the worker records 'afgeleverd', so a quick click may find 'verzonden'.
 */
const LIFECYCLE: Record<DossierStatus, StatusRule> = {
  concept: { deletable: true, next: { verzonden: ['verwijzer'] } },
  verzonden: {
    deletable: true,
    next: {
      afgeleverd: SYSTEM,
      mislukt: SYSTEM,
      'in-behandeling': TEAM,
      'info-nodig': TEAM,
      'adviesgesprek-gepland': TEAM,
    },
  },
  mislukt: { deletable: true, next: { verzonden: ['verwijzer', 'beheer'] } },
  afgeleverd: { deletable: false, next: { 'in-behandeling': TEAM, 'info-nodig': TEAM, 'adviesgesprek-gepland': TEAM } },
  'in-behandeling': { deletable: false, next: { 'info-nodig': TEAM, 'adviesgesprek-gepland': TEAM, afgerond: TEAM } },
  'info-nodig': {
    deletable: false,
    next: { 'in-behandeling': TEAM, 'info-nodig': TEAM, 'adviesgesprek-gepland': TEAM },
  },
  'adviesgesprek-gepland': {
    deletable: false,
    next: { 'info-nodig': TEAM, 'adviesgesprek-gepland': TEAM, afgerond: TEAM },
  },
  afgerond: { deletable: false, next: {} },
};

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
