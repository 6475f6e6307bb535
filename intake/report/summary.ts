import { createHash } from 'node:crypto';
import { z } from 'zod';
import { dutchIsoDate } from '../dossier/clock';
import type { PreIntakeDossier, StatusEntry } from '../dossier/dossier';
import { NotStartedReason, Outcome, type DossierStatus } from '../dossier/lifecycle';
import { Advies } from '../screening/rules';

/**
 * The anonymous trace a dossier leaves for the regional report: no names, no ids, no free
 * text, no date finer than a month, durations in buckets. It is kept after retention deletes
 * the dossier, so the report still counts it (see summarizingDossierStore.ts).
 */

/** Calendar days (Dutch dates), exact in the first week, then in wider buckets. */
export const DayBucket = z.enum(['0', '1', '2', '3', '4', '5', '6', '7', '8-14', '15-28', '29+']);
export type DayBucket = z.infer<typeof DayBucket>;

export const Decision = z.enum(['gestart', 'niet-gestart']);
export type Decision = z.infer<typeof Decision>;

export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const DossierSummary = z.strictObject({
  versie: z.literal(1),
  /** The intake team's configured id (an organisation, not a person). */
  team: z.string().min(1).max(100),
  /** The team's region when the summary was made (null: none configured). */
  regio: z.string().min(1).max(100).nullable(),
  /** The month the dossier was sent (YYYY-MM, Dutch time). */
  maand: Month,
  advies: Advies.nullable(),
  /** Sent → first step of the intake team. */
  eersteActie: DayBucket.nullable(),
  /** Sent → the date of the (last planned) adviesgesprek. */
  adviesgesprek: DayBucket.nullable(),
  besluit: Decision.nullable(),
  /** Only with besluit 'niet-gestart'; null when the team gave none. */
  reden: NotStartedReason.nullable(),
  /** Only when the traject was 'afgerond': was the praktijkverklaring issued. */
  praktijkverklaring: z.boolean().nullable(),
  uitkomst3: Outcome.nullable(),
  uitkomst6: Outcome.nullable(),
});
export type DossierSummary = z.infer<typeof DossierSummary>;

/**
 * Where a dossier's summary is kept: a one-way hash of its (random) id, so the same dossier
 * always lands on the same key (counted once, however often it is folded) while the key
 * leads back to nothing once the dossier is deleted.
 */
export function summaryKey(dossierId: string): string {
  return createHash('sha256').update(`pvbot-rapport:${dossierId}`).digest('hex').slice(0, 32);
}

export const SummaryKey = z.string().regex(/^[0-9a-f]{32}$/);

/** The statuses that are a step of the intake team (for old entries without `door`). */
const TEAM_STATUSES = new Set<DossierStatus>([
  'in-behandeling',
  'info-nodig',
  'adviesgesprek-gepland',
  'gestart',
  'niet-gestart',
  'afgerond',
]);

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days between two Dutch dates (YYYY-MM-DD); never negative. */
function daysBetween(fromDate: string, toDate: string): number {
  return Math.max(0, Math.round((Date.parse(toDate) - Date.parse(fromDate)) / DAY_MS));
}

export function dayBucket(days: number): DayBucket {
  if (days <= 7) return DayBucket.options[Math.max(0, Math.floor(days))]!;
  if (days <= 14) return '8-14';
  if (days <= 28) return '15-28';
  return '29+';
}

function isTeamStep(entry: StatusEntry): boolean {
  return entry.door === 'intaketeam' || (entry.door === undefined && TEAM_STATUSES.has(entry.status));
}

function last<T>(items: readonly T[], match: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (match(items[i]!)) return items[i];
  return undefined;
}

/** The dossier's anonymous summary; undefined for a dossier that was never sent. Pure. */
export function summarize(dossier: PreIntakeDossier, regio: string | null): DossierSummary | undefined {
  const history = dossier.statusHistory;
  const sentAt = history.findIndex((entry) => entry.status === 'verzonden');
  if (sentAt < 0) return undefined;
  const sentDate = dutchIsoDate(new Date(history[sentAt]!.op));
  const after = history.slice(sentAt + 1);

  const firstStep = after.find(isTeamStep);
  const planned = last(after, (entry) => entry.status === 'adviesgesprek-gepland' && entry.afspraak !== undefined);
  const decision = last(after, (entry) => ['gestart', 'niet-gestart', 'afgerond'].includes(entry.status));
  const closed = last(after, (entry) => entry.status === 'afgerond');
  const outcome = (moment: string) => last(dossier.uitkomsten ?? [], (u) => u.moment === moment)?.uitkomst ?? null;

  const besluit: Decision | null = decision ? (decision.status === 'niet-gestart' ? 'niet-gestart' : 'gestart') : null;
  return DossierSummary.parse({
    versie: 1,
    team: dossier.intakeTeam,
    regio,
    maand: sentDate.slice(0, 7),
    advies: dossier.screening?.advies ?? null,
    eersteActie: firstStep ? dayBucket(daysBetween(sentDate, dutchIsoDate(new Date(firstStep.op)))) : null,
    adviesgesprek: planned?.afspraak ? dayBucket(daysBetween(sentDate, planned.afspraak.datum)) : null,
    besluit,
    reden: besluit === 'niet-gestart' ? (decision?.reden ?? null) : null,
    praktijkverklaring: closed ? (closed.resultaat?.praktijkverklaring ?? null) : null,
    uitkomst3: outcome('3-maanden'),
    uitkomst6: outcome('6-maanden'),
  });
}
