import { z } from 'zod';
import { dutchIsoDate } from './clock';
import { Erkenning, Inkomen, Kandidaat, type ScreeningSummary, Verwijzer, Wensen, LeerbedrijfFields } from './dossier';
import { DRAFT_FIELD_PATHS, draftValue, type DossierDraft, type DraftField } from './draft';
import { CONTAINS_BSN, freeText, geboortedatumProblem, type BirthDateProblem } from './fields';

/** The card input ids of the "Aanmelding voorbereiden" contract (issue 6). */
export const CardInputId = z.enum([
  'kandidaatNaam',
  'kandidaatGeboortedatum',
  'kandidaatWoonplaats',
  'kandidaatTelefoon',
  'kandidaatEmail',
  'verwijzerOrganisatie',
  'verwijzerTelefoon',
  'leerbedrijfNaam',
  'leerbedrijfPlaats',
  'opmerkingen',
  'toestemming',
  'intakeTeam',
]);
export type CardInputId = z.infer<typeof CardInputId>;

export type FieldProblem = 'REQUIRED' | 'INVALID_FORMAT' | 'CONTAINS_BSN' | 'TOO_LONG' | BirthDateProblem;

const YES_NO = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['true', 'false', 'ja', 'nee']))
  .transform((answer) => answer === 'true' || answer === 'ja');

const INPUT_SCHEMAS: Record<CardInputId, z.ZodType> = {
  kandidaatNaam: Kandidaat.shape.naam,
  kandidaatGeboortedatum: z.string().trim(),
  kandidaatWoonplaats: Kandidaat.shape.woonplaats,
  kandidaatTelefoon: Kandidaat.shape.telefoon,
  // A blank e-mail input means the client has no address.
  kandidaatEmail: z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : v))
    .pipe(Kandidaat.shape.email),
  verwijzerOrganisatie: Verwijzer.shape.organisatie,
  verwijzerTelefoon: Verwijzer.shape.telefoon,
  leerbedrijfNaam: LeerbedrijfFields.shape.naam.unwrap(),
  leerbedrijfPlaats: LeerbedrijfFields.shape.plaats.unwrap(),
  opmerkingen: freeText(2000),
  toestemming: YES_NO,
  intakeTeam: z.string().trim().min(1).max(100),
};

export type ApplyResult = { ok: true; draft: DossierDraft } | { ok: false; problem: FieldProblem };

/**
 * Validates one card input (or the same answer typed) and stores it in a new draft.
 * Giving consent also records today's date as the consent date. Does not check that the
 * intake team id is configured: the caller knows the teams.
 */
export function applyCardInput(draft: DossierDraft, field: CardInputId, raw: string, now: Date): ApplyResult {
  const parsed = INPUT_SCHEMAS[field].safeParse(raw);
  if (!parsed.success) return { ok: false, problem: problemOf(parsed.error) };
  if (field === 'kandidaatGeboortedatum') {
    const problem = geboortedatumProblem(String(parsed.data), now);
    if (problem) return { ok: false, problem };
  }
  let next = setIn(draft, DRAFT_FIELD_PATHS[field], parsed.data);
  if (field === 'toestemming')
    next = setIn(next, DRAFT_FIELD_PATHS.toestemmingDatum, parsed.data ? dutchIsoDate(now) : undefined);
  return { ok: true, draft: next };
}

function problemOf(error: z.ZodError): FieldProblem {
  const issues = error.issues;
  if (issues.some((issue) => issue.message === CONTAINS_BSN)) return 'CONTAINS_BSN';
  if (issues.some((issue) => issue.code === 'too_small')) return 'REQUIRED';
  if (issues.some((issue) => issue.code === 'too_big')) return 'TOO_LONG';
  return 'INVALID_FORMAT';
}

/** Sets a value at a path in a copy of the draft; undefined removes it. */
export function setDraftValue(draft: DossierDraft, field: DraftField, value: unknown): DossierDraft {
  return setIn(draft, DRAFT_FIELD_PATHS[field], value);
}

function setIn<T extends object>(target: T, path: readonly string[], value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return target;
  const current = (target as Record<string, unknown>)[head];
  const child = rest.length === 0 ? value : setIn(typeof current === 'object' && current ? current : {}, rest, value);
  const copy: Record<string, unknown> = { ...target, [head]: child };
  if (child === undefined) delete copy[head];
  return copy as T;
}

// Screening answers that the dossier also needs: answer key, its schema, the draft field.
const SCREENING_FACTS: [keyof ScreeningSummary['answers'], z.ZodType, DraftField][] = [
  ['leerbedrijf', Erkenning, 'leerbedrijfErkend'],
  ['urenPerWeek', Wensen.shape.urenPerWeek, 'urenPerWeek'],
  ['begeleiding', z.boolean(), 'begeleiding'],
  ['inkomen', Inkomen, 'inkomen'],
];

/**
 * Stores the screening and fills the fields it already answered (leerbedrijf erkend, uren
 * per week, begeleiding, inkomen) where the draft has none, so they are not asked twice.
 */
export function withScreening(draft: DossierDraft, screening: ScreeningSummary): DossierDraft {
  let next = setDraftValue(draft, 'screening', screening);
  for (const [key, schema, field] of SCREENING_FACTS) {
    const fact = schema.safeParse(screening.answers[key]);
    if (fact.success && draftValue(next, field) === undefined) next = setDraftValue(next, field, fact.data);
  }
  return next;
}
