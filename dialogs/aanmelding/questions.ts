import { draftValue, missingFields, type DossierDraft } from '../../intake/dossier/draft';
import type { CardInputId } from '../../intake/dossier/draftInput';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';

/** The card input ids of the contract, plus the consent's manner and (rarely) the verwijzer's name. */
export type FieldId = CardInputId | 'verwijzerNaam' | 'toestemmingWijze';
export type GroupId = 'kandidaat' | 'verwijzer' | 'leerbedrijf' | 'opmerkingen' | 'intakeTeam' | 'toestemming';

/** Related inputs share one card; groups are asked in this order. */
export const GROUPS: Readonly<Record<GroupId, readonly FieldId[]>> = {
  kandidaat: ['kandidaatNaam', 'kandidaatGeboortedatum', 'kandidaatWoonplaats', 'kandidaatTelefoon', 'kandidaatEmail'],
  verwijzer: ['verwijzerNaam', 'verwijzerOrganisatie', 'verwijzerTelefoon'],
  leerbedrijf: ['leerbedrijfNaam', 'leerbedrijfPlaats'],
  opmerkingen: ['opmerkingen'],
  intakeTeam: ['intakeTeam'],
  toestemming: ['toestemming', 'toestemmingWijze'],
};
export const GROUP_ORDER = Object.keys(GROUPS) as GroupId[];
export const FIELD_ORDER: readonly FieldId[] = GROUP_ORDER.flatMap((group) => GROUPS[group]);

/** Fields that may stay empty: an empty e-mail means "no address", empty opmerkingen "nothing". */
export const MAY_BE_EMPTY: ReadonlySet<FieldId> = new Set(['kandidaatEmail', 'opmerkingen']);

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

/** What the card shows when a field is changed: the value as the verwijzer gave it. */
export function currentValues(draft: DossierDraft, fields: readonly FieldId[]): Partial<Record<FieldId, string>> {
  const values: Partial<Record<FieldId, string>> = {};
  for (const field of fields) {
    const value = draftValue(draft, field);
    if (value === null) values[field] = '';
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      values[field] = String(value);
    }
  }
  return values;
}

/** What the review card offers to change. The screening is changed by running it again. */
export type EditTarget = FieldId | 'screening';

export function editTargets(draft: DossierDraft, teams: readonly IntakeTeam[]): EditTarget[] {
  const erkend = draft.wensen?.leerbedrijf?.erkend;
  const hasLeerbedrijf = erkend === 'erkend' || erkend === 'niet-erkend';
  return [
    ...GROUPS.kandidaat,
    'verwijzerOrganisatie',
    'verwijzerTelefoon',
    ...(hasLeerbedrijf ? (['leerbedrijfNaam', 'leerbedrijfPlaats'] as const) : []),
    'opmerkingen',
    ...(teams.length > 1 ? (['intakeTeam'] as const) : []),
    'toestemming',
    'screening',
  ];
}

/** The fields asked again when a target is changed: consent comes with its manner. */
export function focusFor(target: FieldId): FieldId[] {
  return target === 'toestemming' ? ['toestemming', 'toestemmingWijze'] : [target];
}
