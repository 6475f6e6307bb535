import { draftValue, missingFields, type DossierDraft } from '../../intake/dossier/draft';
import type { CardInputId } from '../../intake/dossier/draftInput';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import { startWords } from './fieldMessages.nl';
import { dutchDate } from './format';

/**
 * The card input ids of the contract, plus the consent's manner, (rarely) the verwijzer's name,
 * the gewenste start and the praktijkopleider (name and phone or e-mail in one answer).
 */
export type FieldId = CardInputId | 'verwijzerNaam' | 'toestemmingWijze' | 'gewensteStart' | 'praktijkopleider';
export type GroupId =
  'kandidaat' | 'verwijzer' | 'leerbedrijf' | 'start' | 'opmerkingen' | 'intakeTeam' | 'toestemming';

/** Related inputs share one card; groups are asked in this order. */
export const GROUPS: Readonly<Record<GroupId, readonly FieldId[]>> = {
  kandidaat: ['kandidaatNaam', 'kandidaatGeboortedatum', 'kandidaatWoonplaats', 'kandidaatTelefoon', 'kandidaatEmail'],
  verwijzer: ['verwijzerNaam', 'verwijzerOrganisatie', 'verwijzerTelefoon'],
  leerbedrijf: ['leerbedrijfNaam', 'leerbedrijfPlaats', 'praktijkopleider'],
  start: ['gewensteStart'],
  opmerkingen: ['opmerkingen'],
  intakeTeam: ['intakeTeam'],
  toestemming: ['toestemming', 'toestemmingWijze'],
};
export const GROUP_ORDER = Object.keys(GROUPS) as GroupId[];
export const FIELD_ORDER: readonly FieldId[] = GROUP_ORDER.flatMap((group) => GROUPS[group]);

/**
 * Fields that may stay empty: an empty e-mail means "no address", empty opmerkingen "nothing",
 * an empty praktijkopleider "not known yet".
 */
export const MAY_BE_EMPTY: ReadonlySet<FieldId> = new Set(['kandidaatEmail', 'opmerkingen', 'praktijkopleider']);

export function isFieldId(key: string): key is FieldId {
  return (FIELD_ORDER as readonly string[]).includes(key);
}

export function groupOf(field: FieldId): GroupId {
  return GROUP_ORDER.find((group) => GROUPS[group].includes(field))!;
}

/** One question: which card, which of its inputs, and their current values (when changing). */
export interface Question {
  group: GroupId;
  fields: FieldId[];
  values: Partial<Record<FieldId, string>>;
}

export interface QuestionContext {
  now: Date;
  teams: readonly IntakeTeam[];
}

/** Whether the dialog still has to ask this field (optional fields: until asked once). */
export function isMissing(field: FieldId, draft: DossierDraft, { now, teams }: QuestionContext): boolean {
  switch (field) {
    case 'opmerkingen':
      return draft.opmerkingen === undefined;
    case 'toestemmingWijze':
      return draft.toestemming?.gegeven !== false && draft.toestemming?.wijze === undefined; // not needed after a "no"
    case 'intakeTeam':
      return teams.length > 0 && !teams.some((team) => team.id === draft.intakeTeam);
    case 'gewensteStart':
      return draft.wensen?.gewensteStartdatum === undefined;
    case 'praktijkopleider':
      return hasLeerbedrijf(draft) && draft.wensen?.leerbedrijf?.praktijkopleider === undefined;
    default:
      return missingFields(draft, now).includes(field);
  }
}

/**
 * The next card: the fields being changed (`focus`), else the first group with missing
 * fields. In one-by-one mode (the verwijzer types) a card holds one input.
 */
export function nextQuestion(
  state: { draft: DossierDraft; focus?: FieldId[]; oneByOne: boolean },
  ctx: QuestionContext,
): Question | undefined {
  const { draft, focus, oneByOne } = state;
  const first = focus?.[0];
  if (first) {
    const fields = oneByOne ? [first] : focus.filter((f) => groupOf(f) === groupOf(first));
    return { group: groupOf(first), fields, values: currentValues(draft, fields) };
  }
  for (const group of GROUP_ORDER) {
    const missing = GROUPS[group].filter((field) => isMissing(field, draft, ctx));
    if (missing.length > 0) return { group, fields: oneByOne ? missing.slice(0, 1) : missing, values: {} };
  }
  return undefined;
}

/** A leerbedrijf is named (erkend or not yet): then its name, place and praktijkopleider are asked. */
export function hasLeerbedrijf(draft: DossierDraft): boolean {
  const erkend = draft.wensen?.leerbedrijf?.erkend;
  return erkend === 'erkend' || erkend === 'niet-erkend';
}

/** What the card shows when a field is changed: the value as the verwijzer gave it. */
export function currentValues(draft: DossierDraft, fields: readonly FieldId[]): Partial<Record<FieldId, string>> {
  const values: Partial<Record<FieldId, string>> = {};
  for (const field of fields) {
    if (field === 'gewensteStart' || field === 'praktijkopleider') {
      values[field] = field === 'gewensteStart' ? startText(draft) : praktijkopleiderText(draft);
      continue;
    }
    const value = draftValue(draft, field);
    if (value === null) values[field] = '';
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      values[field] = String(value);
    }
  }
  return values;
}

/** The gewenste start as typed text: a date as "1 februari 2027", else its words ("" when not asked). */
export function startText(draft: DossierDraft): string {
  const wensen = draft.wensen;
  if (wensen?.gewensteStartdatum) return dutchDate(wensen.gewensteStartdatum);
  if (wensen?.gewensteStartdatum === undefined) return '';
  return wensen.startZoSnelMogelijk ? startWords.soon : startWords.unknown;
}

/** The praktijkopleider as one line: "Jan de Boer, 06-12345678" ("" when not asked or not known). */
export function praktijkopleiderText(draft: DossierDraft): string {
  const p = draft.wensen?.leerbedrijf?.praktijkopleider;
  return p ? [p.naam, p.telefoon, p.email].filter(Boolean).join(', ') : '';
}

/** What the review card offers to change. The screening and the werkprocessen are changed in their own flow. */
export type EditTarget = FieldId | 'screening' | 'werkprocessen';

/** `werkprocessen`: the aanmelding can open the werkprocessen choice (it has the knowledge base). */
export function editTargets(draft: DossierDraft, teams: readonly IntakeTeam[], werkprocessen = false): EditTarget[] {
  return [
    ...GROUPS.kandidaat,
    'verwijzerNaam',
    'verwijzerOrganisatie',
    'verwijzerTelefoon',
    ...(hasLeerbedrijf(draft) ? (['leerbedrijfNaam', 'leerbedrijfPlaats', 'praktijkopleider'] as const) : []),
    'gewensteStart',
    'opmerkingen',
    ...(teams.length > 1 ? (['intakeTeam'] as const) : []),
    'toestemming',
    'screening',
    ...(werkprocessen ? (['werkprocessen'] as const) : []),
  ];
}

/** The fields asked again when a target is changed: consent comes with its manner. */
export function focusFor(target: FieldId): FieldId[] {
  return target === 'toestemming' ? ['toestemming', 'toestemmingWijze'] : [target];
}

/** Fields whose raw value does not read as an answer (yes/no, a team id): not shown as "Nu: …". */
const NOT_SHOWN: ReadonlySet<FieldId> = new Set(['toestemming', 'toestemmingWijze', 'intakeTeam']);

/** The answers of these fields in a draft, as the verwijzer reads them ("Ahmed Benali, 4 juni 1995"); "" when none. */
export function shownValues(draft: DossierDraft, fields: readonly FieldId[]): string {
  const values = currentValues(
    draft,
    fields.filter((f) => !NOT_SHOWN.has(f)),
  );
  return Object.values(values)
    .filter((value): value is string => Boolean(value))
    .map((value) => dutchDate(value))
    .join(', ');
}
