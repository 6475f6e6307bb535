import { isCommonWord } from '../../intake/prefill/nameStopwords';
import { dutchIsoDate } from '../../intake/dossier/clock';
import { Praktijkopleider, ToestemmingWijze, Verwijzer } from '../../intake/dossier/dossier';
import type { DossierDraft } from '../../intake/dossier/draft';
import { applyCardInput, setDraftValue, type ApplyResult, type FieldProblem } from '../../intake/dossier/draftInput';
import { CONTAINS_BSN, IsoDate, normalizeDutchPhone } from '../../intake/dossier/fields';
import { containsBsn } from '../../privacy/bsn';
import { healthDetailIn } from '../../privacy/healthDetails';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import { matchChoice, noValueYet, parseYesNoUnknown } from '../shared/meaning';
import { foldText, type Choice } from '../shared/typedAnswer';
import { isoDateOf, typedFutureDay } from '../../intake/prefill/dutchDates';
import { wijzeLabels } from './fieldMessages.nl';
import { FIELD_ORDER, MAY_BE_EMPTY, type FieldId } from './questions';

/** Raw answers of one card submit or typed message, by field. */
export type RawAnswers = Partial<Record<FieldId, string>>;

/**
 * `NOT_KNOWN`: "weet ik (nog) niet" typed where only a real value fits (a name, a place).
 * `HEALTH_DETAIL`: a diagnosis, illness or medication in the opmerkingen.
 */
export type AnswerProblem = FieldProblem | 'NOT_KNOWN' | 'HEALTH_DETAIL';

export interface FieldIssue {
  field: FieldId;
  problem: AnswerProblem;
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
    const result = applyField(next, field, value, { now, teams });
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

/** The checks every field gets, then the field's own rule (which the switch picks). */
function applyField(
  draft: DossierDraft,
  field: FieldId,
  raw: string,
  ctx: Context,
): ApplyResult | { ok: false; problem: 'NOT_KNOWN' | 'HEALTH_DETAIL' } {
  // A pasted name may carry invisible characters (zero-width space, soft hyphen, no-break space)
  if (NAME_FIELDS.has(field)) raw = withoutInvisibles(raw);
  if (raw.trim() === '' && !MAY_BE_EMPTY.has(field)) return { ok: false, problem: 'REQUIRED' };
  if (field === 'opmerkingen' && !containsBsn(raw) && healthDetailIn(raw))
    return { ok: false, problem: 'HEALTH_DETAIL' };
  // "weet ik nog niet" is an answer of its own, never a name or a place
  if (TEXT_FIELDS.has(field) && noValueYet(raw)) return { ok: false, problem: 'NOT_KNOWN' };
  const result = fieldRule(draft, field, raw, ctx);
  // After the schema's own checks, so a BSN in a name is still named as such.
  return result.ok && NAME_FIELDS.has(field) && !looksLikeName(raw) ? invalid() : result;
}

const NAME_FIELDS: ReadonlySet<FieldId> = new Set(['kandidaatNaam', 'verwijzerNaam']);
/** Fields that take any text: a typed "weet ik niet" would otherwise be stored as the value. */
const TEXT_FIELDS: ReadonlySet<FieldId> = new Set([
  ...NAME_FIELDS,
  'kandidaatWoonplaats',
  'verwijzerOrganisatie',
  'leerbedrijfNaam',
  'leerbedrijfPlaats',
]);

/** When answers are checked (birth date, consent date) and which teams exist. */
interface Context {
  now: Date;
  teams: readonly IntakeTeam[];
}

function fieldRule(draft: DossierDraft, field: FieldId, raw: string, { now, teams }: Context): ApplyResult {
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
    case 'gewensteStart':
      return applyStart(draft, raw, now);
    case 'praktijkopleider':
      return applyPraktijkopleider(draft, raw);
    case 'toestemming': {
      const result = applyCardInput(draft, field, yesNoOf(raw), now);
      if (!result.ok || result.draft.toestemming?.gegeven) return result;
      return { ok: true, draft: setDraftValue(result.draft, 'toestemmingWijze', undefined) };
    }
    default:
      return applyCardInput(draft, field, raw, now);
  }
}

/** How far ahead a gewenste start may lie; further is most likely a typing error. */
const MAX_START_YEARS = 3;

const SOON = new Set([
  'zo snel mogelijk',
  'zsm',
  'z s m',
  'asap',
  'direct',
  'per direct',
  'meteen',
  'zo snel als kan',
  'zo snel als het kan',
  'zo spoedig mogelijk',
  'nu',
  'zo vroeg mogelijk',
]);
/** A date from today on, "zo snel mogelijk", or "weet ik nog niet" (null: no date). */
function applyStart(draft: DossierDraft, raw: string, now: Date): ApplyResult {
  const withStart = (date: string | null, soon: boolean) =>
    setDraftValue(setDraftValue(draft, 'gewensteStartdatum', date), 'startZoSnelMogelijk', soon || undefined);
  if (containsBsn(raw)) return { ok: false, problem: 'CONTAINS_BSN' };
  if (SOON.has(foldText(raw))) return { ok: true, draft: withStart(null, true) };
  if (noValueYet(raw)) return { ok: true, draft: withStart(null, false) };
  const today = dutchIsoDate(now);
  const day = typedFutureDay(raw, today);
  const latest = `${Number(today.slice(0, 4)) + MAX_START_YEARS}${today.slice(4)}`;
  if (!day || !IsoDate.safeParse(day).success || day < today || day > latest) return invalid();
  return { ok: true, draft: withStart(day, false) };
}

const EMAIL_IN_TEXT = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/u;
const PHONE_IN_TEXT = /(?:\+|00)?\(?\d[\d\s().-]{7,}\d/;
const CONTACT_WORDS = /\b(?:tel(?:efoon)?(?:nummer)?|mobiel|e-?mail(?:adres)?|mail|bereikbaar op|via)\b\.?:?/giu;

/** "Jan de Boer, 06-12345678" or "Jan de Boer jan@bedrijf.nl": a name and a way to reach them; empty: not known. */
function applyPraktijkopleider(draft: DossierDraft, raw: string): ApplyResult {
  if (containsBsn(raw)) return { ok: false, problem: 'CONTAINS_BSN' };
  if (noValueYet(raw)) return { ok: true, draft: setDraftValue(draft, 'praktijkopleider', null) };
  const email = EMAIL_IN_TEXT.exec(raw)?.[0];
  const rest = email ? raw.replace(email, ' ') : raw;
  const phoneText = PHONE_IN_TEXT.exec(rest)?.[0];
  const telefoon = phoneText && normalizeDutchPhone(phoneText) ? phoneText.trim() : undefined;
  const naam = (telefoon ? rest.replace(phoneText!, ' ') : rest)
    .replace(CONTACT_WORDS, ' ')
    .replace(/[,;:()/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const parsed = Praktijkopleider.safeParse({ naam, ...(telefoon ? { telefoon } : {}), ...(email ? { email } : {}) });
  if (!parsed.success || !looksLikeName(naam)) return invalid();
  return { ok: true, draft: setDraftValue(draft, 'praktijkopleider', parsed.data) };
}

const WIJZE_CHOICES: Choice[] = ToestemmingWijze.options.map((value) => ({ value, label: wijzeLabels[value] }));

function applyVerwijzerNaam(draft: DossierDraft, raw: string): ApplyResult {
  const parsed = Verwijzer.shape.naam.safeParse(raw);
  if (parsed.success) return { ok: true, draft: setDraftValue(draft, 'verwijzerNaam', parsed.data) };
  const issues = parsed.error.issues;
  if (issues.some((issue) => issue.message === CONTAINS_BSN)) return { ok: false, problem: 'CONTAINS_BSN' };
  return { ok: false, problem: issues.some((issue) => issue.code === 'too_big') ? 'TOO_LONG' : 'INVALID_FORMAT' };
}

/**
 * A person's name: letters (any script), spaces, hyphens, apostrophes and dots; no digits ("1995"
 * is no name), and not only ordinary words ("klopt", "ja", "oké" are answers, "vmbo-bk" a track, not names).
 */
export function looksLikeName(raw: string): boolean {
  const text = raw.trim();
  if (!/^[\p{L}][\p{L}\p{M}' .-]*$/u.test(text) || (text.match(/\p{L}/gu) ?? []).length < 2) return false;
  return text.split(/[\s.]+/).some((word) => word !== '' && !isCommonWord(word));
}

/** Invisible when shown, so they only come along with copied text: dropped. Bidi overrides are not among them. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** No-break and other fixed-width spaces: one ordinary space. */
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * A name as it was meant: without invisible characters and with plain spaces. Direction
 * overrides (U+202A-202E, U+2066-2069) and control characters stay, so the name check refuses them.
 */
export function withoutInvisibles(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
}

/** "Ja", "nee", "true", "false" in any case; anything else is left for the schema to refuse. */
function yesNoOf(raw: string): string {
  const meaning = parseYesNoUnknown(raw);
  return meaning === 'ja' ? 'true' : meaning === 'nee' ? 'false' : raw;
}

function invalid(): ApplyResult {
  return { ok: false, problem: 'INVALID_FORMAT' };
}
