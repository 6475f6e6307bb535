import { ToestemmingWijze, Verwijzer } from '../../intake/dossier/dossier';
import type { DossierDraft } from '../../intake/dossier/draft';
import { applyCardInput, setDraftValue, type ApplyResult, type FieldProblem } from '../../intake/dossier/draftInput';
import { CONTAINS_BSN } from '../../intake/dossier/fields';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import { matchChoice, parseYesNoUnknown, type Choice } from '../shared/typedAnswer';
import { wijzeLabels } from './fieldMessages.nl';
import { FIELD_ORDER, MAY_BE_EMPTY, type FieldId } from './questions';

/** Raw answers of one card submit or typed message, by field. */
export type RawAnswers = Partial<Record<FieldId, string>>;

export interface FieldIssue {
  field: FieldId;
  problem: FieldProblem;
}

export interface Applied {
  draft: DossierDraft;
  /** Fields whose answer was valid and is now in the draft. */
  applied: FieldId[];
  /** Fields whose answer was refused; their value is not stored anywhere. */
  issues: FieldIssue[];
  /** The answer was: no consent. */
  consentRefused: boolean;
}

/**
 * Validates each answer with the intake rules and stores the valid ones. Pure: an invalid
 * answer (a BSN above all) is reported, never kept. The consent manner counts only with consent.
 */
export function applyAnswers(draft: DossierDraft, raw: RawAnswers, now: Date, teams: readonly IntakeTeam[]): Applied {
  let next = draft;
  const applied: FieldId[] = [];
  const issues: FieldIssue[] = [];
  for (const field of FIELD_ORDER) {
    const value = raw[field];
    if (value === undefined) continue;
    if (field === 'toestemmingWijze' && next.toestemming?.gegeven !== true) continue;
    const result = applyField(next, field, value, now, teams);
    if (result.ok) {
      next = result.draft;
      applied.push(field);
    } else {
      issues.push({ field, problem: result.problem });
    }
  }
  const consentRefused = applied.includes('toestemming') && next.toestemming?.gegeven === false;
  return { draft: next, applied, issues, consentRefused };
}

function applyField(
  draft: DossierDraft,
  field: FieldId,
  raw: string,
  now: Date,
  teams: readonly IntakeTeam[],
): ApplyResult {
  if (raw.trim() === '' && !MAY_BE_EMPTY.has(field)) return { ok: false, problem: 'REQUIRED' };
  const result = applyChecked(draft, field, raw, now, teams);
  // After the schema's own checks, so a BSN in a name is still named as such.
  const isName = field === 'kandidaatNaam' || field === 'verwijzerNaam';
  return result.ok && isName && !looksLikeName(raw) ? invalid() : result;
}

function applyChecked(
  draft: DossierDraft,
  field: FieldId,
  raw: string,
  now: Date,
  teams: readonly IntakeTeam[],
): ApplyResult {
  switch (field) {
    case 'verwijzerNaam':
      return applyVerwijzerNaam(draft, raw);
    case 'toestemmingWijze': {
      const wijze = matchChoice(raw, WIJZE_CHOICES);
      const parsed = ToestemmingWijze.safeParse(wijze);
      return parsed.success ? { ok: true, draft: setDraftValue(draft, field, parsed.data) } : invalid();
    }
    case 'intakeTeam': {
      const id = matchChoice(
        raw,
        teams.map((team) => ({ value: team.id, label: team.naam })),
      );
      return id ? applyCardInput(draft, field, id, now) : invalid();
    }
    case 'kandidaatGeboortedatum':
      return applyCardInput(draft, field, isoDateOf(raw), now);
    case 'toestemming': {
      const result = applyCardInput(draft, field, yesNoOf(raw), now);
      if (!result.ok || result.draft.toestemming?.gegeven) return result;
      return { ok: true, draft: setDraftValue(result.draft, 'toestemmingWijze', undefined) };
    }
    default:
      return applyCardInput(draft, field, raw, now);
  }
}

const WIJZE_CHOICES: Choice[] = ToestemmingWijze.options.map((value) => ({ value, label: wijzeLabels[value] }));

function applyVerwijzerNaam(draft: DossierDraft, raw: string): ApplyResult {
  const parsed = Verwijzer.shape.naam.safeParse(raw);
  if (parsed.success) return { ok: true, draft: setDraftValue(draft, 'verwijzerNaam', parsed.data) };
  const issues = parsed.error.issues;
  if (issues.some((issue) => issue.message === CONTAINS_BSN)) return { ok: false, problem: 'CONTAINS_BSN' };
  return { ok: false, problem: issues.some((issue) => issue.code === 'too_big') ? 'TOO_LONG' : 'INVALID_FORMAT' };
}

/** A person's name: letters (any script), spaces, hyphens, apostrophes and dots; no digits ("1995" is no name). */
export function looksLikeName(raw: string): boolean {
  const text = raw.trim();
  return /^[\p{L}][\p{L}\p{M}' .-]*$/u.test(text) && (text.match(/\p{L}/gu) ?? []).length >= 2;
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "jun", "juni", "sept" → 6, 6, 9: a month by its Dutch name or its first three letters. */
function monthNumber(name: string): number | undefined {
  const folded = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((month) => folded.length >= 3 && month.startsWith(folded));
  return index >= 0 ? index + 1 : undefined;
}

/**
 * Typed Dutch dates become YYYY-MM-DD: "17-05-1990", "17/5/1990", "17.5.1990", "4 juni 1995",
 * "4 jun. 1995", "geboren 12-05-1981". Anything else is checked as given (and refused there).
 */
export function isoDateOf(raw: string): string {
  const text = raw.trim();
  const numeric = /(?:^|\s)(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(text);
  const named = /(?:^|\s)(\d{1,2})\s+([a-z]+\.?)\s+(\d{4})$/i.exec(text);
  const month = named ? monthNumber(named[2]!) : undefined;
  const parts = numeric
    ? [numeric[1]!, numeric[2]!, numeric[3]!]
    : named && month
      ? [named[1]!, String(month), named[3]!]
      : undefined;
  if (!parts) return text;
  const [day, monthPart, year] = parts as [string, string, string];
  return `${year}-${monthPart.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "Ja", "nee", "true", "false" in any case; anything else is left for the schema to refuse. */
function yesNoOf(raw: string): string {
  const meaning = parseYesNoUnknown(raw);
  return meaning === 'ja' ? 'true' : meaning === 'nee' ? 'false' : raw;
}

function invalid(): ApplyResult {
  return { ok: false, problem: 'INVALID_FORMAT' };
}
