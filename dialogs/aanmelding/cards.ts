import { ToestemmingWijze } from '../../intake/dossier/dossier';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import { adaptiveCard, submitAction, textBlock, type AdaptiveCard, type CardElement } from '../shared/adaptiveCard';
import { aanmeldingMessages as msg, fieldMessages, groupMessages, wijzeLabels } from './messages.nl';
import type { FieldId, Question } from './questions';

/** Upper bounds on the card; the intake schema checks them again. */
const MAX_LENGTH: Partial<Record<FieldId, number>> = {
  kandidaatNaam: 200,
  kandidaatWoonplaats: 100,
  kandidaatEmail: 254,
  verwijzerNaam: 200,
  verwijzerOrganisatie: 200,
  leerbedrijfNaam: 200,
  leerbedrijfPlaats: 100,
  opmerkingen: 2000,
};

/** One question card: the inputs of a group that are still needed (ids are the contract's). */
export function questionCard(question: Question, teams: readonly IntakeTeam[]): AdaptiveCard {
  const text = groupMessages[question.group];
  const body: CardElement[] = [
    textBlock(text.title, { weight: 'Bolder', size: 'Medium' }),
    ...text.intro.map((line) => textBlock(line, { spacing: 'Small' })),
    ...question.fields.map((field) => inputFor(field, question.values[field], teams)),
    textBlock(typeHint(question), { isSubtle: true, size: 'Small' }),
  ];
  return adaptiveCard(body, [submitAction(msg.card.next, undefined, { style: 'positive' })]);
}

function typeHint({ fields }: Question): string {
  if (fields.includes('toestemming')) return msg.card.typeConsent;
  return fields.length === 1 ? msg.card.typeOne : msg.card.typeMany;
}

function inputFor(field: FieldId, value: string | undefined, teams: readonly IntakeTeam[]): CardElement {
  const text = fieldMessages[field];
  const common: CardElement = { id: field, label: text.input, ...(value !== undefined ? { value } : {}) };
  const required = { isRequired: true, errorMessage: msg.card.required };
  switch (field) {
    case 'kandidaatGeboortedatum':
      return { type: 'Input.Date', ...common, ...required };
    case 'toestemming':
      return {
        type: 'Input.Toggle',
        id: field,
        title: text.input,
        valueOn: 'true',
        valueOff: 'false',
        value: value ?? 'false',
        wrap: true,
      };
    case 'toestemmingWijze':
      return choiceSet(
        common,
        ToestemmingWijze.options.map((w) => ({ title: wijzeLabels[w], value: w })),
      );
    case 'intakeTeam':
      return {
        ...choiceSet(
          common,
          teams.map((team) => ({ title: team.naam, value: team.id })),
        ),
        ...required,
      };
    case 'opmerkingen':
      return { type: 'Input.Text', ...common, isMultiline: true, maxLength: MAX_LENGTH[field] };
    default:
      return {
        type: 'Input.Text',
        ...common,
        ...(text.placeholder ? { placeholder: text.placeholder } : {}),
        ...(field.endsWith('Telefoon') ? { style: 'Tel' } : field === 'kandidaatEmail' ? { style: 'Email' } : {}),
        ...(MAX_LENGTH[field] ? { maxLength: MAX_LENGTH[field] } : {}),
        ...(field === 'kandidaatEmail' ? {} : required),
      };
  }
}

function choiceSet(common: CardElement, choices: { title: string; value: string }[]): CardElement {
  return { type: 'Input.ChoiceSet', ...common, style: 'expanded', placeholder: msg.card.choose, choices };
}
