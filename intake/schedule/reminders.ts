import type { PreIntakeDossier } from '../dossier/dossier';
import { currentStatus } from '../dossier/dossier';
import { workingDaysBetween, type WorkingDayRules } from './workingDays';

/** Since when the dossier waits for the intake team's first action; undefined when it does not wait. */
export function waitingSince(dossier: PreIntakeDossier): Date | undefined {
  if (currentStatus(dossier).status !== 'afgeleverd') return undefined;
  if (dossier.statusHistory.some((entry) => entry.door === 'intaketeam')) return undefined;
  const arrived = dossier.statusHistory.find((entry) => entry.status === 'afgeleverd');
  return arrived ? new Date(arrived.op) : undefined;
}

/** Working days the dossier has waited for a first reaction (undefined: it does not wait). */
export function workingDaysWaiting(dossier: PreIntakeDossier, now: Date, rules: WorkingDayRules): number | undefined {
  const since = waitingSince(dossier);
  return since ? workingDaysBetween(since, now, rules) : undefined;
}

/**
 * Is a reminder due in the channel? After `period` working days without a first action, and
 * again after each further period since the last reminder (stored, so a restart changes nothing).
 */
export function reminderDue(dossier: PreIntakeDossier, now: Date, period: number, rules: WorkingDayRules): boolean {
  const since = waitingSince(dossier);
  if (!since) return false;
  const last = dossier.herinnerd ? new Date(dossier.herinnerd) : since;
  return workingDaysBetween(last > since ? last : since, now, rules) >= period;
}
