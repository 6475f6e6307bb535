import { currentStatus, type PreIntakeDossier } from '../dossier/dossier';
import type { OutcomeMoment } from '../dossier/lifecycle';

/** The follow-up moments the bot asks about, months after 'afgerond'. */
export const FOLLOW_UP_MONTHS = { '3-maanden': 3, '6-maanden': 6 } as const;
export type FollowUpMoment = keyof typeof FOLLOW_UP_MONTHS;

/** When the verwijzer is to be asked about `moment`; undefined when the traject is not afgerond. */
export function followUpDueAt(dossier: PreIntakeDossier, moment: FollowUpMoment): Date | undefined {
  if (currentStatus(dossier).status !== 'afgerond') return undefined;
  const due = new Date(currentStatus(dossier).op);
  due.setUTCMonth(due.getUTCMonth() + FOLLOW_UP_MONTHS[moment]);
  return due;
}

/**
 * The follow-up to ask now, if any: due, not asked before, and not already told by the verwijzer
 * for that moment. When both are due (the bot was down for months), only the later is asked and
 * the earlier is passed over: one question, about the situation now.
 */
export function followUpToAsk(dossier: PreIntakeDossier, now: Date): FollowUpMoment | undefined {
  const open = (Object.keys(FOLLOW_UP_MONTHS) as FollowUpMoment[]).filter((moment) => {
    const due = followUpDueAt(dossier, moment);
    return due !== undefined && due.getTime() <= now.getTime() && !handled(dossier, moment);
  });
  return open.at(-1);
}

function handled(dossier: PreIntakeDossier, moment: OutcomeMoment): boolean {
  const later = (m: OutcomeMoment) => m === '6-maanden' && moment === '3-maanden';
  return (
    (dossier.uitkomstGevraagd ?? []).some((a) => a.moment === moment || later(a.moment)) ||
    (dossier.uitkomsten ?? []).some((u) => u.moment === moment || later(u.moment))
  );
}

/** The dossier marked as asked about `moment` (after the question reached the verwijzer). */
export function markAsked(dossier: PreIntakeDossier, moment: FollowUpMoment, at: Date): PreIntakeDossier {
  const asked = (dossier.uitkomstGevraagd ?? []).filter((a) => a.moment !== moment);
  return { ...dossier, uitkomstGevraagd: [...asked, { moment, op: at.toISOString() }] };
}
