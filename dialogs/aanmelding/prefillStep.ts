import { z } from 'zod';
import { containsBsn } from '../../privacy/bsn';
import { extractKandidaat } from '../../intake/prefill/kandidaatExtractor';
import type { KandidaatFields } from '../../intake/prefill/kandidaatRules';
import { extractVerwijzer, type VerwijzerFields } from '../../intake/prefill/verwijzerRules';
import type { Activity } from '../sdk';
import { adaptiveCard, callout, recordCard, submitAction, textBlock, type AdaptiveCard } from '../shared/adaptiveCard';
import { cardActivity } from '../shared/cardActivity';
import type { Step, StepResult } from '../shared/flowStep';
import { submitOf } from '../shared/submitOf';
import { parseYesNoUnknown } from '../shared/meaning';
import { foldText } from '../shared/typedAnswer';
import type { AanmeldingDeps } from './aanmeldingDialog';
import { applyAnswers, type RawAnswers } from './applyAnswers';
import type { FlowState } from './flowState';
import type { ClientDetailsReader } from '../screening/screeningState';
import { dutchIsoDate } from '../../intake/dossier/clock';
import { ageOn, geboortedatumProblem } from '../../intake/dossier/fields';
import { dutchDate } from './format';
import { aanmeldingMessages as msg, fieldMessages, problemMessage } from './messages.nl';
import { GROUPS, isMissing, type FieldId } from './questions';

type Result = StepResult<FlowState>;

/** The longest suggested value kept (the flow state holds at most 300 characters per value). */
const MAX_VALUE = 254;

const FIELD_OF: Record<keyof KandidaatFields, FieldId> = {
  naam: 'kandidaatNaam',
  geboortedatum: 'kandidaatGeboortedatum',
  woonplaats: 'kandidaatWoonplaats',
  telefoon: 'kandidaatTelefoon',
  email: 'kandidaatEmail',
};

const PrefillSubmit = z.strictObject({ prefill: z.enum(['klopt', 'aanpassen']) });

/** Nothing of the kandidaat is known yet: a typed message there is read for their details. */
export function readsFirstMessage(state: FlowState): boolean {
  return !state.draft.kandidaat && !state.focus && !state.proposed;
}

/**
 * The first typed message at the kandidaat card ("Ahmed Benali, geboren 12-05-1981, Tilburg,
 * 06-…"): its details as a suggestion to confirm, or undefined when it holds none. A message
 * with a BSN is refused as a whole; nothing of it is kept.
 */
export async function firstMessage(text: string, state: FlowState, deps: AanmeldingDeps): Promise<Result | undefined> {
  const prefill = await readKandidaat(text, deps);
  if (prefill === 'bsn') return { kind: 'retry', replies: [msg.prefill.bsn] };
  return prefill ? { kind: 'answered', state: { ...state, prefill } } : undefined;
}

type Prefill = NonNullable<FlowState['prefill']>;

/** The client's details in a typed message, as a suggestion to confirm; 'bsn' when it holds one (nothing kept). */
async function readKandidaat(text: string, deps: AanmeldingDeps): Promise<Prefill | 'bsn' | undefined> {
  if (containsBsn(text)) return 'bsn';
  const { fields, source } = await extractKandidaat(text, deps.chat);
  const values: RawAnswers = {};
  for (const [key, value] of Object.entries(fields) as [keyof KandidaatFields, string][]) {
    if (value.length <= MAX_VALUE) values[FIELD_OF[key]] = value; // longer is no name, place or number anyway
  }
  return Object.keys(values).length > 0 ? { values, source } : undefined;
}

/**
 * For the screening that runs first: a typed message at its first question that names the client
 * (a name or a birth date) is kept for this aanmelding's confirmation; a birth date gives the age.
 */
export function clientDetailsReader(deps: AanmeldingDeps): ClientDetailsReader {
  return async (text) => {
    const details = await readKandidaat(text, deps);
    if (!details || details === 'bsn') return undefined; // a BSN never gets here: the bot-wide guard refuses it
    const { kandidaatNaam, kandidaatGeboortedatum: birth } = details.values;
    if (!kandidaatNaam && !birth) return undefined;
    const now = deps.clock();
    // Only a birth date the dossier accepts gives the age; any other is left for the card to ask.
    const usable = birth !== undefined && geboortedatumProblem(birth, now) === undefined;
    return usable ? { details, leeftijd: ageOn(birth, dutchIsoDate(now)) } : { details };
  };
}

const VERWIJZER_FIELD_OF: Record<keyof VerwijzerFields, FieldId> = {
  naam: 'verwijzerNaam',
  organisatie: 'verwijzerOrganisatie',
  telefoon: 'verwijzerTelefoon',
};

/**
 * A typed message at the verwijzer's own card ("Ik ben Marieke Jansen, klantmanager gemeente
 * Tilburg, 013-5421234"): what it gives for the fields the card asks, as a suggestion to confirm.
 */
export function verwijzerMessage(text: string, state: FlowState, asked: readonly FieldId[]): Result | undefined {
  if (state.focus || state.proposed) return undefined;
  if (containsBsn(text)) return { kind: 'retry', replies: [msg.prefill.bsn] };
  const values: RawAnswers = {};
  for (const [key, value] of Object.entries(extractVerwijzer(text)) as [keyof VerwijzerFields, string][]) {
    const field = VERWIJZER_FIELD_OF[key];
    if (asked.includes(field) && value.length <= MAX_VALUE) values[field] = value;
  }
  // One value ("Jan de Vries") is just the card's first answer, taken as typed: nothing to confirm.
  if (Object.keys(values).length < 2) return undefined;
  return { kind: 'answered', state: { ...state, prefill: { values, source: 'regels' } } };
}

/** The confirmation: *Klopt* takes the values (each checked as if typed), *Aanpassen* shows them on the card. */
export function prefillStep(deps: AanmeldingDeps): Step<FlowState> {
  return {
    id: 'prefill',
    render: (state) => cardActivity(prefillCard(state, deps)),
    recognize: (activity, state): Result => {
      const choice = recognizeChoice(activity);
      const { prefill, ...rest } = state;
      if (!choice || !prefill) return { kind: 'retry', replies: [msg.prefill.notUnderstood] };
      if (choice === 'aanpassen') {
        return { kind: 'answered', state: { ...rest, proposed: prefill.values }, replies: [msg.prefill.adjust] };
      }
      const result = applyAnswers(state.draft, prefill.values, deps.clock(), deps.teams);
      const refused = result.issues.map((issue) => problemMessage(issue.field, issue.problem));
      const taken = result.applied.map((field) => [fieldMessages[field].input, shown(field, prefill.values)] as const);
      const notTaken = result.issues.map(({ field }) => [fieldMessages[field].input, msg.prefill.notTaken] as const);
      const record = recordCard(msg.prefill.recordTitle, [...taken, ...notTaken]);
      const replies = refused.length > 0 ? [refused.join('\n\n')] : [];
      return { kind: 'answered', state: { ...rest, draft: result.draft }, replies, record };
    },
  };
}

function shown(field: FieldId, values: RawAnswers): string {
  const value = values[field] ?? '';
  return field === 'kandidaatGeboortedatum' ? dutchDate(value) : value;
}

function prefillCard({ prefill, draft }: FlowState, deps: AanmeldingDeps): AdaptiveCard {
  const values = prefill?.values ?? {};
  const group = GROUPS.verwijzer.some((field) => values[field] !== undefined) ? GROUPS.verwijzer : GROUPS.kandidaat;
  const fields = group.filter((field) => values[field] !== undefined);
  const context = { now: deps.clock(), teams: deps.teams };
  const still = group.filter((field) => values[field] === undefined && isMissing(field, draft, context));
  return adaptiveCard(
    [
      textBlock(msg.prefill.title, { weight: 'Bolder', size: 'Medium' }),
      // what a model suggested is marked as a suggestion before the values, not below them
      ...(prefill?.source === 'llm' ? [callout(msg.prefill.sourceLlm, 'attention', { weight: 'Bolder' })] : []),
      { type: 'FactSet', facts: fields.map((f) => ({ title: fieldMessages[f].input, value: shown(f, values) })) },
      ...(prefill?.source === 'regels' ? [textBlock(msg.prefill.sourceRules, { isSubtle: true, size: 'Small' })] : []),
      textBlock(msg.prefill.intro),
      ...(still.length > 0 ? [textBlock(msg.prefill.missing(still.map((f) => fieldMessages[f].label)))] : []),
      textBlock(msg.prefill.typeHint, { isSubtle: true, size: 'Small' }),
    ],
    [
      submitAction(msg.prefill.kloptButton, { prefill: 'klopt' }, { style: 'positive' }),
      submitAction(msg.prefill.aanpassenButton, { prefill: 'aanpassen' }),
    ],
  );
}

function recognizeChoice(activity: Activity): 'klopt' | 'aanpassen' | undefined {
  const submit = submitOf(activity);
  if (submit) return PrefillSubmit.safeParse(submit).data?.prefill;
  const text = foldText(activity.text ?? '');
  const yesNo = parseYesNoUnknown(text);
  if (yesNo === 'ja' || ['klopt', 'ja klopt', 'goed', 'prima', 'ok', 'oke'].includes(text)) return 'klopt';
  if (yesNo === 'nee' || ['aanpassen', 'wijzig', 'wijzigen', 'verbeteren', 'klopt niet'].includes(text)) {
    return 'aanpassen';
  }
  return undefined;
}
