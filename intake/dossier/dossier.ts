import { z } from 'zod';
import { Answers } from '../screening/answers';
import { ActionCode, Advies, ReasonCode } from '../screening/rules';
import { DossierId } from './dossierId';
import { Actor, DossierStatus, NotStartedReason, Outcome, OutcomeMoment, usualActor } from './lifecycle';
import {
  Crebo,
  DutchPhone,
  Email,
  IsoDate,
  WerkprocesCode,
  freeText,
  geboortedatumProblem,
  requiredText,
} from './fields';

/**
 * The pre-intake dossier as the mbo intake team receives it. Objects are strict, so a field
 * that is not declared here (a BSN above all) is rejected rather than carried along.
 */

export { Actor, DossierStatus, NotStartedReason, Outcome, OutcomeMoment } from './lifecycle';

const Timestamp = z.iso.datetime();

/** An adviesgesprek: date, time (HH:MM, Dutch time) and place (an address or "Teams"). */
export const Afspraak = z.strictObject({
  datum: IsoDate,
  tijd: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  plaats: requiredText(200),
});
export type Afspraak = z.infer<typeof Afspraak>;

export const StatusEntry = z.strictObject({
  status: DossierStatus,
  op: Timestamp,
  /** The role that caused the change (never a name). */
  door: Actor.optional(),
  /** The team's question ('info-nodig'), the verwijzer's answer ('aangevuld'), a short reason. */
  toelichting: freeText(1000).optional(),
  /** 'adviesgesprek-gepland': when and where. */
  afspraak: Afspraak.optional(),
  /** 'niet-gestart': why. */
  reden: NotStartedReason.optional(),
  /** 'afgerond': the werkprocessen the praktijkverklaring names, and whether it was issued. */
  resultaat: z
    .strictObject({ werkprocessen: z.array(z.lazy(() => WerkprocesKeuze)), praktijkverklaring: z.boolean() })
    .optional(),
});
export type StatusEntry = z.infer<typeof StatusEntry>;

export const Verwijzer = z.strictObject({
  naam: requiredText(200),
  teamsId: z.string().min(1).max(300),
  organisatie: requiredText(200),
  telefoon: DutchPhone,
});
export type Verwijzer = z.infer<typeof Verwijzer>;

export const Kandidaat = z.strictObject({
  naam: requiredText(200),
  geboortedatum: IsoDate,
  woonplaats: requiredText(100),
  telefoon: DutchPhone,
  email: Email.nullable(), // null: the client has no e-mail address
});
export type Kandidaat = z.infer<typeof Kandidaat>;

export const ToestemmingWijze = z.enum(['mondeling', 'schriftelijk', 'digitaal']);
export type ToestemmingWijze = z.infer<typeof ToestemmingWijze>;

export const Toestemming = z.strictObject({
  gegeven: z.boolean(),
  datum: IsoDate,
  wijze: ToestemmingWijze,
});
export type Toestemming = z.infer<typeof Toestemming>;

/** The screening as the intake team sees it: the verwijzer's answers and the policy's advice codes. */
export const ScreeningSummary = z.strictObject({
  answers: Answers,
  advies: Advies,
  redenen: z.array(ReasonCode),
  acties: z.array(ActionCode),
});
export type ScreeningSummary = z.infer<typeof ScreeningSummary>;

export const Erkenning = z.enum(['erkend', 'niet-erkend', 'geen']);
export type Erkenning = z.infer<typeof Erkenning>;

/** The praktijkopleider at the leerbedrijf: a name and a way to reach them (phone, e-mail or both). */
export const PraktijkopleiderFields = z.strictObject({
  naam: requiredText(200),
  telefoon: DutchPhone.optional(),
  email: Email.optional(),
});
export const Praktijkopleider = PraktijkopleiderFields.refine(
  (p) => p.telefoon !== undefined || p.email !== undefined,
  {
    path: ['telefoon'],
    message: 'REQUIRED',
  },
);
export type Praktijkopleider = z.infer<typeof Praktijkopleider>;

export const LeerbedrijfFields = z.strictObject({
  naam: requiredText(200).nullable(),
  plaats: requiredText(100).nullable(),
  erkend: Erkenning,
  /** Added later (optional): null when the verwijzer does not know yet; absent in older dossiers. */
  praktijkopleider: Praktijkopleider.nullable().optional(),
});

/** Name and place are needed once there is a leerbedrijf; with 'geen' they may be null. */
export const Leerbedrijf = LeerbedrijfFields.superRefine((lb, ctx) => {
  if (lb.erkend === 'geen') return;
  if (lb.naam === null) ctx.addIssue({ code: 'custom', path: ['naam'], message: 'REQUIRED' });
  if (lb.plaats === null) ctx.addIssue({ code: 'custom', path: ['plaats'], message: 'REQUIRED' });
});
export type Leerbedrijf = z.infer<typeof Leerbedrijf>;

export const WerkprocesKeuze = z.strictObject({ crebo: Crebo, code: WerkprocesCode });
export type WerkprocesKeuze = z.infer<typeof WerkprocesKeuze>;

export const Wensen = z.strictObject({
  kwalificaties: z.array(Crebo),
  werkprocessen: z.array(WerkprocesKeuze),
  leerbedrijf: Leerbedrijf,
  gewensteStartdatum: IsoDate.nullable(),
  /** Added later (optional): true when the start is "zo snel mogelijk" (then gewensteStartdatum is null). */
  startZoSnelMogelijk: z.boolean().optional(),
  urenPerWeek: z.number().int().min(0).max(60),
});
export type Wensen = z.infer<typeof Wensen>;

export const UitkomstEntry = z.strictObject({ moment: OutcomeMoment, uitkomst: Outcome, op: Timestamp });
export type UitkomstEntry = z.infer<typeof UitkomstEntry>;

export const Inkomen = z.enum(['loon', 'uitkering', 'anders', 'onbekend']);
export type Inkomen = z.infer<typeof Inkomen>;

export const PreIntakeDossier = z.strictObject({
  schemaVersie: z.literal(1),
  id: DossierId,
  aangemaakt: Timestamp,
  bijgewerkt: Timestamp,
  verwijzer: Verwijzer,
  kandidaat: Kandidaat,
  toestemming: Toestemming,
  screening: ScreeningSummary.nullable(),
  wensen: Wensen,
  begeleiding: z.boolean(),
  inkomen: Inkomen,
  opmerkingen: freeText(2000),
  intakeTeam: z.string().min(1).max(100),
  statusHistory: z.array(StatusEntry).min(1),
  /** The client's situation after the traject, as the verwijzer told it (no free text). */
  uitkomsten: z.array(UitkomstEntry).max(10).optional(),
  /** The verwijzer's answer to the invitation for the adviesgesprek (undefined: not asked/answered). */
  verwijzerBijGesprek: z.boolean().optional(),
  /**
   * Scheduler markers, so scheduled work is derived from stored time and survives restarts:
   * when the channel was last reminded of a dossier that waits, and which follow-ups were asked.
   */
  herinnerd: Timestamp.optional(),
  uitkomstGevraagd: z
    .array(z.strictObject({ moment: OutcomeMoment, op: Timestamp }))
    .max(2)
    .optional(),
});
export type PreIntakeDossier = z.infer<typeof PreIntakeDossier>;

/**
 * How stored dossiers are read: records written before roles replaced names in
 * `statusHistory[].door` get the role that causes that status; the name is dropped.
 */
export const StoredDossier = z.preprocess(upgradeLegacy, PreIntakeDossier);

function upgradeLegacy(raw: unknown): unknown {
  const history = (raw as { statusHistory?: unknown } | null)?.statusHistory;
  if (!Array.isArray(history)) return raw;
  const upgraded = history.map((entry: unknown) => {
    const e = entry as { status?: unknown; door?: unknown } | null;
    if (!e || e.door === undefined || Actor.safeParse(e.door).success) return entry;
    const status = DossierStatus.safeParse(e.status);
    return status.success ? { ...e, door: usualActor(status.data) } : entry;
  });
  return { ...(raw as object), statusHistory: upgraded };
}

/**
 * The schema plus the rules that depend on today's date (geboortedatum not in the future,
 * age 15-100). Use it where a dossier is created; stored dossiers are read with the plain one.
 */
export function dossierSchemaAt(now: Date) {
  return PreIntakeDossier.superRefine((dossier, ctx) => {
    const problem = geboortedatumProblem(dossier.kandidaat.geboortedatum, now);
    if (problem) ctx.addIssue({ code: 'custom', path: ['kandidaat', 'geboortedatum'], message: problem });
  });
}

/** The most recent status entry (the history is never empty). */
export function currentStatus(dossier: PreIntakeDossier): StatusEntry {
  return dossier.statusHistory[dossier.statusHistory.length - 1]!;
}

/** Appends a status entry and moves `bijgewerkt` along; returns a new dossier. */
export function withStatus(dossier: PreIntakeDossier, entry: StatusEntry): PreIntakeDossier {
  return { ...dossier, bijgewerkt: entry.op, statusHistory: [...dossier.statusHistory, entry] };
}
