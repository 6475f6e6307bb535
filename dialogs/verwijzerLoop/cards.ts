import type { PreIntakeDossier } from '../../intake/dossier/dossier';
import type { Outcome, OutcomeMoment } from '../../intake/dossier/lifecycle';
import { OUTCOME_LABELS } from '../../intake/dossier/statusLabels.nl';
import { FLOW, MENU_SUBMIT_KEY, TYPED_SUBMIT_KEY } from '../flows';
import {
  actionSet,
  adaptiveCard,
  submitAction,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from '../shared/adaptiveCard';
import { literalFact, literalText } from '../shared/literalText';
import { afspraakText, lastEntry } from './format';
import { loopMessages as msg } from './messages.nl';
import { answerInputId, NOT_AN_ANSWER_KEY, outcomeInputId, VERWIJZER_ACTION_KEY, type VerwijzerVerb } from './submits';

const v = msg.toVerwijzer;

/** A Universal Action of the verwijzer: the verb names the step, the data the dossier. */
export function verwijzerExecute(
  title: string,
  verb: VerwijzerVerb,
  dossierId: string,
  extra: Record<string, unknown> = {},
  style: CardElement = {},
): CardElement {
  return { type: 'Action.Execute', title, verb, data: { [VERWIJZER_ACTION_KEY]: verb, dossierId, ...extra }, ...style };
}

function contactBlock(contact: string): CardElement {
  return literalText(contact, { isSubtle: true, spacing: 'Medium', separator: true });
}

function about(dossier: PreIntakeDossier): CardElement {
  return literalText(v.aboutDossier(dossier.id, dossier.kandidaat.naam), { spacing: 'None' });
}

/** The open question with a field to answer it in (the notification, and Mijn aanmeldingen). */
export function questionBlock(dossier: PreIntakeDossier): CardElement[] {
  const vraag = lastEntry(dossier, 'info-nodig')?.toelichting ?? '';
  return [
    textBlock(v.question.intro, { spacing: 'Small' }),
    literalText(vraag, { weight: 'Bolder' }),
    {
      type: 'Input.Text',
      id: answerInputId(dossier.id),
      label: v.question.label,
      placeholder: v.question.placeholder,
      isMultiline: true,
      isRequired: true,
      maxLength: 1000,
    },
    actionSet([verwijzerExecute(v.question.send, 'antwoord', dossier.id, {}, { style: 'positive' })]),
  ];
}

export function questionCard(dossier: PreIntakeDossier, contact: string): AdaptiveCard {
  return adaptiveCard([
    textBlock(v.question.title, { weight: 'Bolder', size: 'Medium' }),
    about(dossier),
    ...questionBlock(dossier),
    contactBlock(contact),
  ]);
}

/** When and where the adviesgesprek is, and (until answered) whether the verwijzer comes. */
export function invitationBlock(dossier: PreIntakeDossier): CardElement[] {
  const afspraak = lastEntry(dossier, 'adviesgesprek-gepland')?.afspraak;
  const details = afspraak
    ? [literalFact(v.invitation.wanneer, afspraakText(afspraak)), literalFact(v.invitation.waar, afspraak.plaats)]
    : [];
  const answer =
    dossier.verwijzerBijGesprek === undefined
      ? [
          actionSet([
            verwijzerExecute(v.invitation.yes, 'bij-gesprek', dossier.id, { komt: 'ja' }, { style: 'positive' }),
            verwijzerExecute(v.invitation.no, 'bij-gesprek', dossier.id, { komt: 'nee' }),
          ]),
        ]
      : [textBlock(v.invitation.answered(dossier.verwijzerBijGesprek), { isSubtle: true })];
  return [...details, ...answer];
}

export function invitationCard(dossier: PreIntakeDossier, contact: string): AdaptiveCard {
  return adaptiveCard([
    textBlock(v.invitation.title, { weight: 'Bolder', size: 'Medium' }),
    about(dossier),
    textBlock(v.invitation.intro, { spacing: 'Small' }),
    ...invitationBlock(dossier),
    contactBlock(contact),
  ]);
}

/** A decision or the close of the traject: our sentence, the team's own words literally. */
export function decisionCard(text: string, toelichting: string | undefined, contact: string): AdaptiveCard {
  return adaptiveCard([
    textBlock(text),
    ...(toelichting ? [textBlock(v.toelichting, { isSubtle: true }), literalText(toelichting)] : []),
    contactBlock(contact),
  ]);
}

/** Choose the outcome, send: two clicks. `moment` says when it is asked (or 'tussentijds'). */
export function outcomeBlock(dossier: PreIntakeDossier, moment: OutcomeMoment): CardElement[] {
  return [
    {
      type: 'Input.ChoiceSet',
      id: outcomeInputId(dossier.id),
      label: v.followUp.label,
      style: 'expanded',
      isRequired: true,
      choices: (Object.entries(OUTCOME_LABELS) as [Outcome, string][]).map(([value, title]) => ({ title, value })),
    },
    actionSet([verwijzerExecute(v.followUp.send, 'uitkomst', dossier.id, { moment }, { style: 'positive' })]),
  ];
}

export function followUpCard(
  dossier: PreIntakeDossier,
  moment: '3-maanden' | '6-maanden',
  contact: string,
): AdaptiveCard {
  const months = moment === '3-maanden' ? 3 : 6;
  return adaptiveCard([
    literalText(v.followUp.title(dossier.kandidaat.naam), { weight: 'Bolder', size: 'Medium' }),
    textBlock(v.followUp.intro(dossier.id, months)),
    ...outcomeBlock(dossier, moment),
    contactBlock(contact),
  ]);
}

/** What replaces the card the verwijzer used: what was done, and the way back to the list. */
export function doneCard(text: string, literal?: { label: string; text: string }): AdaptiveCard {
  return adaptiveCard(
    [
      textBlock(text, { weight: 'Bolder' }),
      ...(literal ? [textBlock(literal.label, { isSubtle: true }), literalText(literal.text)] : []),
    ],
    [submitAction(msg.verwijzerAction.listButton, { [MENU_SUBMIT_KEY]: FLOW.mijnAanmeldingen })],
  );
}

/**
 * Typed text while a question is open: is it the answer? One button per open question sends
 * the text as the answer; "Nee" hands it to the menu as a question (not offered again).
 */
export function typedAnswerCard(open: PreIntakeDossier[], text: string): AdaptiveCard {
  const t = msg.typedAnswer;
  const perQuestion = open.flatMap((dossier) => [
    { ...about(dossier), separator: true, spacing: 'Medium' },
    textBlock(t.theirQuestion, { isSubtle: true, spacing: 'Small' }),
    literalText(lastEntry(dossier, 'info-nodig')?.toelichting ?? ''),
    actionSet([
      verwijzerExecute(t.yes, 'antwoord', dossier.id, { [answerInputId(dossier.id)]: text }, { style: 'positive' }),
    ]),
  ]);
  return adaptiveCard(
    [
      textBlock(t.question, { weight: 'Bolder' }),
      textBlock(t.youWrote, { isSubtle: true }),
      literalText(text),
      ...perQuestion,
    ],
    [submitAction(t.no, { [TYPED_SUBMIT_KEY]: text, [NOT_AN_ANSWER_KEY]: true })],
  );
}

/**
 * Typed text that cannot go to the team as an answer (a health detail): why, and the team's
 * question again with its own answer field. The text itself is not repeated, and no button
 * carries it to the team; it can still be meant as a question to the bot.
 */
export function refusedTypedAnswerCard(open: PreIntakeDossier[], text: string): AdaptiveCard {
  const t = msg.typedAnswer;
  return adaptiveCard(
    [
      textBlock(t.refusedTitle, { weight: 'Bolder' }),
      textBlock(t.healthDetail),
      ...open.flatMap((dossier) => [
        { ...about(dossier), separator: true, spacing: 'Medium' },
        ...questionBlock(dossier),
      ]),
    ],
    [submitAction(t.no, { [TYPED_SUBMIT_KEY]: text, [NOT_AN_ANSWER_KEY]: true })],
  );
}

/** In the channel, under the dossier card: the verwijzer's answer, shown literally. */
export function channelAnswerCard(dossierId: string, answer: string): AdaptiveCard {
  return adaptiveCard([textBlock(msg.toChannel.answer(dossierId)), literalText(answer, { weight: 'Bolder' })]);
}
