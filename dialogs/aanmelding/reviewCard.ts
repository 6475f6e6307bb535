import type { DisplayState } from '../../intake/dossier/lifecycle';
import type { DossierDraft } from '../../intake/dossier/draft';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import { FLOW, MENU_SUBMIT_KEY } from '../flows';
import { screeningMessages } from '../screening/messages.nl';
import {
  adaptiveCard,
  callout,
  submitAction,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from '../shared/adaptiveCard';
import type { SelectionLabels } from './flowState';
import { dutchDate } from './format';
import { aanmeldingMessages as msg, fieldMessages, gegevensMessages, wijzeLabels } from './messages.nl';
import { hasLeerbedrijf, praktijkopleiderText, startText, type EditTarget } from './questions';
import { startWords } from './fieldMessages.nl';
import { labelOf } from './recognizeReview';
import { offeringNote } from '../shared/offering';
import { creboMessages } from '../shared/messages.nl';

const r = msg.review;

export interface ReviewOptions {
  draft: DossierDraft;
  labels: SelectionLabels;
  targets: EditTarget[];
  /** The verwijzer said "vergeet mijn gegevens" in this round: ask before remembering them again (default no). */
  vraagOnthouden?: boolean;
}

type Fact = [title: string, value: string | undefined];

/** Everything that will be sent, by section, with a way to change one part, keep it, or send it. */
export function reviewCard(
  { draft, labels, targets, vraagOnthouden }: ReviewOptions,
  teams: readonly IntakeTeam[],
): AdaptiveCard {
  const body: CardElement[] = [
    textBlock(r.title, { weight: 'Bolder', size: 'Medium' }),
    textBlock(r.intro),
    ...(draft.toestemming?.gegeven === false ? [callout(r.noConsent, 'attention', { weight: 'Bolder' })] : []),
    ...sections(draft, labels, teams),
    {
      type: 'Input.ChoiceSet',
      id: 'wijzig',
      label: r.changeLabel,
      style: 'compact',
      placeholder: r.changePlaceholder,
      choices: targets.map((target) => ({ title: labelOf(target), value: target })),
      separator: true,
    },
    textBlock(r.typeHint, { isSubtle: true, size: 'Small' }),
    ...(vraagOnthouden ? [rememberToggle()] : []),
  ];
  const werkprocessen = targets.includes('werkprocessen')
    ? [submitAction(r.werkprocessenButton, { actie: 'wijzig', wijzig: 'werkprocessen' }, { associatedInputs: 'none' })]
    : [];
  return adaptiveCard(body, [
    // With the toggle, Versturen takes its value along (the change list is ignored by the send)
    submitAction(r.sendButton, { actie: 'versturen' }, { style: 'positive', ...(vraagOnthouden ? {} : NO_INPUTS) }),
    submitAction(r.conceptButton, { actie: 'concept' }, { associatedInputs: 'none' }),
    submitAction(r.changeButton, { actie: 'wijzig' }),
    ...werkprocessen,
  ]);
}

const NO_INPUTS = { associatedInputs: 'none' };

/** Off by default: the verwijzer asked to be forgotten, so remembering again needs a tick. */
function rememberToggle(): CardElement {
  return {
    type: 'Input.Toggle',
    id: 'onthouden',
    title: gegevensMessages.rememberToggle,
    value: 'false',
    valueOn: 'true',
    valueOff: 'false',
    separator: true,
  };
}

/**
 * The review once it was acted on (sent, kept, or left for a change): the same answers, read-only,
 * with what happened to it. It replaces the review card, so the chat stays a record.
 */
export function reviewRecord(
  { draft, labels }: Omit<ReviewOptions, 'targets'>,
  teams: readonly IntakeTeam[],
  outcome: string,
): AdaptiveCard {
  return adaptiveCard([
    textBlock(r.recordTitle, { weight: 'Bolder', size: 'Medium' }),
    textBlock(outcome, { isSubtle: true }),
    ...sections(draft, labels, teams),
  ]);
}

function sections(draft: DossierDraft, labels: SelectionLabels, teams: readonly IntakeTeam[]): CardElement[] {
  return [
    ...section(r.sections.kandidaat, kandidaatFacts(draft)),
    ...section(r.sections.verwijzer, verwijzerFacts(draft)),
    ...section(r.sections.screening, screeningFacts(draft)),
    ...section(r.sections.wensen, wensenFacts(draft, labels)),
    ...offeringWarnings(draft, labels, teams),
    ...section(r.sections.overig, overigFacts(draft, teams)),
  ];
}

/** A chosen kwalificatie the chosen intake team does not offer in the derde leerweg: flagged, kept. */
function offeringWarnings(draft: DossierDraft, labels: SelectionLabels, teams: readonly IntakeTeam[]): CardElement[] {
  const team = teams.filter((t) => t.id === draft.intakeTeam);
  // The kwalificaties hold the crebo of every chosen werkproces too (a basisdeel code names a dossier, not an offer).
  return (draft.wensen?.kwalificaties ?? []).flatMap((crebo) => {
    const note = offeringNote(team, crebo);
    const name = named(labels.kwalificaties[crebo], creboMessages.crebo(crebo));
    return note ? [callout(`${name}: ${note}`, 'attention', { weight: 'Bolder', spacing: 'Small' })] : [];
  });
}

function section(title: string, facts: Fact[]): CardElement[] {
  return [
    textBlock(title, { weight: 'Bolder', separator: true }),
    { type: 'FactSet', facts: facts.map(([factTitle, value]) => ({ title: factTitle, value: value || r.empty })) },
  ];
}

function kandidaatFacts({ kandidaat: k }: DossierDraft): Fact[] {
  return [
    [fieldMessages.kandidaatNaam.input, k?.naam],
    [fieldMessages.kandidaatGeboortedatum.input, k?.geboortedatum && dutchDate(k.geboortedatum)],
    [fieldMessages.kandidaatWoonplaats.input, k?.woonplaats],
    [fieldMessages.kandidaatTelefoon.input, k?.telefoon],
    [r.facts.email, k?.email === null ? r.noEmail : k?.email],
  ];
}

function verwijzerFacts({ verwijzer: v }: DossierDraft): Fact[] {
  return [
    [fieldMessages.verwijzerNaam.label, v?.naam],
    [fieldMessages.verwijzerOrganisatie.label, v?.organisatie],
    [fieldMessages.verwijzerTelefoon.label, v?.telefoon],
  ];
}

function screeningFacts(draft: DossierDraft): Fact[] {
  const advies = draft.screening?.advies;
  return [
    [
      r.facts.advies,
      advies ? `${screeningMessages.result.icon[advies]} ${screeningMessages.result.advies[advies]}` : r.noScreening,
    ],
    [r.facts.uren, draft.wensen?.urenPerWeek?.toString()],
    [r.facts.begeleiding, yesNo(draft.begeleiding)],
    [r.facts.inkomen, draft.inkomen && r.inkomen[draft.inkomen]],
  ];
}

function wensenFacts(draft: DossierDraft, labels: SelectionLabels): Fact[] {
  const wensen = draft.wensen;
  const pol = wensen?.leerbedrijf?.praktijkopleider;
  const kwalificaties = (wensen?.kwalificaties ?? []).map((crebo) =>
    named(labels.kwalificaties[crebo], creboMessages.crebo(crebo)),
  );
  // as on the intake team's card: the code and the crebo of the kwalificatie it was chosen under
  const werkprocessen = (wensen?.werkprocessen ?? []).map((w) => {
    const id = `${w.crebo}:${w.code}`;
    return named(
      labels.werkprocessen[id],
      `${w.code}, ${creboMessages.crebo(w.crebo, labels.opDossier?.includes(id))}`,
    );
  });
  const facts: Fact[] = [
    [r.facts.kwalificaties, kwalificaties.join('; ') || r.none],
    [r.facts.werkprocessen, werkprocessen.join('; ') || r.none],
    [r.facts.leerbedrijf, leerbedrijfText(wensen?.leerbedrijf)],
  ];
  if (hasLeerbedrijf(draft)) facts.push([r.facts.praktijkopleider, praktijkopleiderText(draft) || unknownIfAsked(pol)]);
  facts.push([r.facts.startdatum, startText(draft)]);
  return facts;
}

function unknownIfAsked(value: unknown): string | undefined {
  return value === null ? startWords.unknown : undefined;
}

function overigFacts(draft: DossierDraft, teams: readonly IntakeTeam[]): Fact[] {
  const team = teams.find((t) => t.id === draft.intakeTeam);
  return [
    [fieldMessages.opmerkingen.label, draft.opmerkingen === '' ? r.none : draft.opmerkingen],
    [fieldMessages.intakeTeam.label, team?.naam ?? r.notChosen],
    [fieldMessages.toestemming.label, consentText(draft)],
  ];
}

function named(label: string | undefined, code: string): string {
  return label ? `${label} (${code})` : code;
}

function leerbedrijfText(lb: NonNullable<DossierDraft['wensen']>['leerbedrijf']): string | undefined {
  if (!lb?.erkend) return undefined;
  if (lb.erkend === 'geen') return r.erkend.geen;
  return `${lb.naam ?? r.empty}, ${lb.plaats ?? r.empty} (${r.erkend[lb.erkend]})`;
}

function consentText({ toestemming: t }: DossierDraft): string | undefined {
  if (t?.gegeven === false) return r.consentRefused;
  if (t?.gegeven !== true || !t.wijze) return undefined;
  return r.consentGiven(wijzeLabels[t.wijze], t.datum ? dutchDate(t.datum) : '');
}

function yesNo(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? r.yes : r.no;
}

/** After sending: the dossier number, what happens next, and where to follow it. */
export function sentCard(dossierId: string, teamNaam: string, shown: DisplayState = 'verzonden'): AdaptiveCard {
  const waiting = shown === 'wacht-op-intaketeam';
  return adaptiveCard(
    [
      callout(msg.send.sent(dossierId), 'good', { weight: 'Bolder', size: 'Medium' }),
      ...(waiting ? [callout(msg.send.waiting(teamNaam), 'warning', { weight: 'Bolder' })] : []),
      ...(waiting ? msg.send.nextWaiting : msg.send.next(teamNaam)).map((line) => textBlock(line)),
    ],
    [
      submitAction(msg.send.mijnAanmeldingenButton, { [MENU_SUBMIT_KEY]: FLOW.mijnAanmeldingen }),
      submitAction(msg.send.menuButton, { [MENU_SUBMIT_KEY]: 'menu' }),
    ],
  );
}

/** Kept as concept: nothing was sent, and how to go on later. */
export function conceptCard(): AdaptiveCard {
  return adaptiveCard(
    [textBlock(msg.concept.saved, { weight: 'Bolder' }), textBlock(msg.concept.later)],
    [
      submitAction(msg.concept.continueButton, { [MENU_SUBMIT_KEY]: FLOW.aanmelding }),
      submitAction(msg.send.mijnAanmeldingenButton, { [MENU_SUBMIT_KEY]: FLOW.mijnAanmeldingen }),
      submitAction(msg.send.menuButton, { [MENU_SUBMIT_KEY]: 'menu' }),
    ],
  );
}
