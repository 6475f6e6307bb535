import { dutchIsoDate } from '../../intake/dossier/clock';
import { currentStatus, type PreIntakeDossier } from '../../intake/dossier/dossier';
import type { DossierDraft } from '../../intake/dossier/draft';
import {
  displayState,
  isDeletable,
  isResendable,
  type DisplayState,
  type DossierStatus,
} from '../../intake/dossier/lifecycle';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import { dutchDay } from '../aanmelding/format';
import { FLOW, MENU_SUBMIT_KEY } from '../flows';
import {
  actionSet,
  adaptiveCard,
  callout,
  submitAction,
  textBlock,
  type AdaptiveCard,
  type CardElement,
  type Tone,
} from '../shared/adaptiveCard';
import { mijnAanmeldingenMessages as msg } from './messages.nl';
import { NOT_STARTED_REASON_LABELS, OUTCOME_LABELS } from '../../intake/dossier/statusLabels.nl';
import { workingDaysWaiting } from '../../intake/schedule/reminders';
import type { WorkingDayRules } from '../../intake/schedule/workingDays';
import { literalFact, literalText } from '../shared/literalText';
import { invitationBlock, outcomeBlock, questionBlock } from '../verwijzerLoop/cards';
import { contactText } from '../verwijzerLoop/format';
import { loopMessages } from '../verwijzerLoop/messages.nl';
import type { DeleteTarget } from './submits';

/** More would make the card too long to read; the newest count. */
export const MAX_LISTED = 20;

/** A status that needs a look or is good news stands out as a container style (readable text, see `callout`). */
const STATUS_TONE: Partial<Record<DisplayState, Tone>> = {
  'wacht-op-intaketeam': 'warning',
  'info-nodig': 'warning',
  'adviesgesprek-gepland': 'good',
  gestart: 'good',
  afgerond: 'good',
  mislukt: 'attention',
};

export interface ListView {
  dossiers: PreIntakeDossier[];
  concept?: DossierDraft;
  /** Concepts set aside for a new aanmelding (newest last): shown with their state, no buttons. */
  opzij?: DossierDraft[];
  teams: readonly IntakeTeam[];
  now: Date;
  /** Teams whose Teams channel is not linked yet: their sent dossiers show as waiting. */
  awaitingChannel?: ReadonlySet<string>;
  /** A line above the list (e.g. after a resend). */
  notice?: string;
  /** Failed dossiers get an "Opnieuw versturen" button (when resending is wired). */
  resendable?: boolean;
  /** How waiting working days are counted (REMINDER_SKIP_HOLIDAYS). */
  rules?: WorkingDayRules;
}

const DEFAULT_RULES: WorkingDayRules = { skipHolidays: true };

/** The concept first, then those set aside, then the dossiers newest first, each with its status in plain Dutch. */
export function listCard(view: ListView): AdaptiveCard {
  const { dossiers, concept, opzij = [], awaitingChannel, notice } = view;
  const listed = dossiers.slice(0, MAX_LISTED);
  const body: CardElement[] = [
    textBlock(msg.title, { weight: 'Bolder', size: 'Medium' }),
    ...(notice ? [textBlock(notice, { weight: 'Bolder' })] : []),
    textBlock(msg.intro, { isSubtle: true }),
    ...(concept ? [conceptItem(concept)] : []),
    ...[...opzij].reverse().map(setAsideItem),
    ...listed.map((dossier) => dossierItem(dossier, view, awaitingChannel?.has(dossier.intakeTeam) ?? false)),
    ...(dossiers.length > listed.length
      ? [textBlock(msg.more(dossiers.length - listed.length), { isSubtle: true })]
      : []),
  ];
  return adaptiveCard(body, [menuAction()]);
}

function conceptItem(concept: DossierDraft): CardElement {
  return container([
    literalFact(msg.concept.heading, concept.kandidaat?.naam ?? msg.concept.noName, ' · ', {}),
    actionSet([
      submitAction(msg.concept.continueButton, { [MENU_SUBMIT_KEY]: FLOW.aanmelding }),
      deleteAction('concept'),
    ]),
  ]);
}

/** A concept set aside: it cannot be continued from here; it comes back by itself. */
function setAsideItem(concept: DossierDraft): CardElement {
  return container([
    literalFact(msg.concept.setAsideHeading, concept.kandidaat?.naam ?? msg.concept.noName, ' · ', {}),
    textBlock(`${msg.statusLabel}: ${msg.concept.setAsideState}`, { spacing: 'Small' }),
  ]);
}

function dossierItem(
  dossier: PreIntakeDossier,
  { teams, now, resendable, rules = DEFAULT_RULES }: ListView,
  awaiting: boolean,
): CardElement {
  const status = currentStatus(dossier);
  const shown = displayState(status.status, awaiting);
  const teamOf = teams.find((t) => t.id === dossier.intakeTeam);
  const team = teamOf?.naam ?? dossier.intakeTeam;
  const day =
    dutchIsoDate(new Date(dossier.aangemaakt)) === dutchIsoDate(now) ? msg.today : dutchDay(dossier.aangemaakt);
  const tone = STATUS_TONE[shown];
  const statusText = `${msg.statusLabel}: ${msg.status[shown]()}`;
  return container([
    literalFact(dossier.id, dossier.kandidaat.naam, ' · ', {}),
    textBlock(msg.sentOn(day, team), { isSubtle: true, spacing: 'None' }),
    tone ? callout(statusText, tone, { spacing: 'Small' }) : textBlock(statusText, { spacing: 'Small' }),
    ...loopDetails(dossier, now, rules),
    ...(status.status === 'verzonden' || status.status === 'concept'
      ? []
      : [literalText(contactText(teamOf, dossier.intakeTeam), { isSubtle: true, size: 'Small', spacing: 'Small' })]),
    ...buttons(dossier.id, status.status, resendable ?? false),
  ]);
}

/** Resend (a failed dossier) and delete (not yet with the team), as the lifecycle allows. */
function buttons(id: string, status: DossierStatus, resend: boolean): CardElement[] {
  const actions = [
    ...(resend && isResendable(status) ? [resendAction(id)] : []),
    ...(isDeletable(status) ? [deleteAction(id)] : []),
  ];
  return actions.length > 0 ? [actionSet(actions)] : [];
}

/**
 * Where the loop stands, with the action it waits for from the verwijzer: the open question
 * with a field to answer it, the invitation, the decision and its reason, the traject's result
 * and a way to tell the outcome. The same Universal Actions as in the notifications.
 */
function loopDetails(dossier: PreIntakeDossier, now: Date, rules: WorkingDayRules): CardElement[] {
  const status = currentStatus(dossier);
  switch (status.status) {
    case 'afgeleverd': {
      const days = workingDaysWaiting(dossier, now, rules);
      return days ? [textBlock(msg.waiting(days), { isSubtle: true, spacing: 'None' })] : [];
    }
    case 'info-nodig':
      return questionBlock(dossier);
    case 'adviesgesprek-gepland':
      return invitationBlock(dossier);
    case 'gestart':
    case 'niet-gestart':
      return [
        ...(status.reden
          ? [textBlock(`${msg.reden}: ${NOT_STARTED_REASON_LABELS[status.reden]}`, { spacing: 'None' })]
          : []),
        ...(status.toelichting
          ? [textBlock(msg.toelichting, { isSubtle: true, spacing: 'Small' }), literalText(status.toelichting)]
          : []),
      ];
    case 'afgerond':
      return [
        ...(status.resultaat
          ? [textBlock(msg.praktijkverklaring(status.resultaat.praktijkverklaring), { spacing: 'None' })]
          : []),
        ...(dossier.uitkomsten ?? []).map((u) =>
          textBlock(msg.uitkomst(loopMessages.momentLabels[u.moment], OUTCOME_LABELS[u.uitkomst]), { spacing: 'None' }),
        ),
        actionSet([
          {
            type: 'Action.ShowCard',
            title: msg.uitkomstDoorgeven,
            card: { type: 'AdaptiveCard', version: '1.5', body: outcomeBlock(dossier, 'tussentijds') },
          },
        ]),
      ];
    default:
      return [];
  }
}

/** Nothing yet: say so kindly and offer to start one. */
export function emptyCard(): AdaptiveCard {
  return adaptiveCard(
    [textBlock(msg.title, { weight: 'Bolder', size: 'Medium' }), textBlock(msg.empty)],
    [submitAction(msg.newButton, { [MENU_SUBMIT_KEY]: FLOW.aanmelding }, { style: 'positive' }), menuAction()],
  );
}

/** Deleting is final: ask first; the confirm button carries the same target. */
export function confirmCard(question: string, target: DeleteTarget): AdaptiveCard {
  return adaptiveCard(
    [literalText(question, { weight: 'Bolder' })], // names the client as typed
    [
      submitAction(
        msg.confirm.yes,
        { [MENU_SUBMIT_KEY]: FLOW.mijnAanmeldingen, bevestig: target },
        { style: 'destructive' },
      ),
      submitAction(msg.confirm.no, { [MENU_SUBMIT_KEY]: FLOW.mijnAanmeldingen }),
    ],
  );
}

/** A short message with the ways back (after a deletion or a refusal). */
export function doneCard(text: string): AdaptiveCard {
  return adaptiveCard(
    [textBlock(text)],
    [submitAction(msg.listButton, { [MENU_SUBMIT_KEY]: FLOW.mijnAanmeldingen }), menuAction()],
  );
}

function deleteAction(target: DeleteTarget): CardElement {
  return submitAction(msg.deleteButton, { [MENU_SUBMIT_KEY]: FLOW.mijnAanmeldingen, verwijder: target });
}

function resendAction(id: string): CardElement {
  return submitAction(
    msg.resendButton,
    { [MENU_SUBMIT_KEY]: FLOW.mijnAanmeldingen, opnieuw: id },
    { style: 'positive' },
  );
}

function menuAction(): CardElement {
  return submitAction(msg.menuButton, { [MENU_SUBMIT_KEY]: 'menu' });
}

function container(items: CardElement[]): CardElement {
  return { type: 'Container', separator: true, spacing: 'Medium', items };
}
