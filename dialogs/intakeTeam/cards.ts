import { currentStatus, type PreIntakeDossier } from '../../intake/dossier/dossier';
import { ACTOR_LABELS } from '../../intake/dossier/statusLabels.nl';
import { adaptiveCard, submitAction, textBlock, type AdaptiveCard, type CardElement } from '../shared/adaptiveCard';
import { intakeTeamMessages as msg } from './messages.nl';
import { dutchDate } from '../aanmelding/format';
import { displayValue } from '../screening/cards';
import { screeningBlocks } from './screeningFacts';

/** The moment of a status change as Dutch local time: "2 maart 2026 10:05". */
const DUTCH_TIME = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

const c = msg.card;

function facts(rows: [string, string | null | undefined][]): CardElement {
  return { type: 'FactSet', facts: rows.map(([title, value]) => ({ title, value: value || c.geen })) };
}

function heading(text: string): CardElement {
  return textBlock(text, { weight: 'Bolder', spacing: 'Medium' });
}

/** Names for the codes a dossier stores (from the knowledge base); unknown codes stay as they are. */
export interface CodeNames {
  kwalificatie(crebo: string): string | undefined;
  werkproces(crebo: string, code: string): string | undefined;
}

const NO_NAMES: CodeNames = { kwalificatie: () => undefined, werkproces: () => undefined };

/**
 * The dossier as the intake team sees it in its channel: everything the intake needs, the
 * current status, and the actions that fit that status. Re-rendered in place after each action.
 */
export function dossierCard(dossier: PreIntakeDossier, teamNaam: string, names: CodeNames = NO_NAMES): AdaptiveCard {
  const status = currentStatus(dossier);
  const { kandidaat, verwijzer, wensen, screening } = dossier;
  const body: CardElement[] = [
    textBlock(c.title(dossier.id), { size: 'Large', weight: 'Bolder' }),
    textBlock(`${c.status}: **${msg.statusLabels[status.status]}**${status.toelichting ? `: ${status.toelichting}` : ''}`, { color: 'Accent' }),
    textBlock(teamNaam, { isSubtle: true, spacing: 'None' }),
    heading(c.kandidaat),
    facts([[c.naam, kandidaat.naam], [c.geboortedatum, dutchDate(kandidaat.geboortedatum)], [c.woonplaats, kandidaat.woonplaats], [c.telefoon, kandidaat.telefoon], [c.email, kandidaat.email ?? c.geenEmail]]),
    heading(c.verwijzer),
    facts([[c.naam, verwijzer.naam], [c.organisatie, verwijzer.organisatie], [c.telefoon, verwijzer.telefoon]]),
    heading(c.screening),
    ...screeningBlocks(screening),
    heading(c.wensen),
    facts([
      [c.kwalificaties, wensen.kwalificaties.map((crebo) => named(names.kwalificatie(crebo), `crebo ${crebo}`)).join('; ')],
      [c.werkprocessen, wensen.werkprocessen.map((w) => named(names.werkproces(w.crebo, w.code), `${w.code}, crebo ${w.crebo}`)).join('; ')],
      [c.leerbedrijf, [wensen.leerbedrijf.naam, wensen.leerbedrijf.plaats, displayValue('leerbedrijf', wensen.leerbedrijf.erkend)].filter(Boolean).join(', ')],
      [c.startdatum, wensen.gewensteStartdatum ? dutchDate(wensen.gewensteStartdatum) : null],
      [c.uren, String(wensen.urenPerWeek)],
      [c.begeleiding, dossier.begeleiding ? c.ja : c.nee],
      [c.inkomen, displayValue('inkomen', dossier.inkomen)],
      [c.toestemming, `${dossier.toestemming.gegeven ? c.ja : c.nee} (${dossier.toestemming.wijze}, ${dutchDate(dossier.toestemming.datum)})`],
    ]),
    ...(dossier.opmerkingen ? [heading(c.opmerkingen), textBlock(dossier.opmerkingen)] : []),
    ...(status.door ? [textBlock(c.handledBy(ACTOR_LABELS[status.door], DUTCH_TIME.format(new Date(status.op))), { isSubtle: true, size: 'Small' })] : []),
  ];
  return adaptiveCard(body, actionsFor(dossier));
}

function named(name: string | undefined, code: string): string {
  return name ? `${name} (${code})` : code;
}

function actionsFor(dossier: PreIntakeDossier): CardElement[] {
  const status = currentStatus(dossier).status;
  if (status === 'afgerond') return [];
  const id = dossier.id;
  const a = msg.actions;
  return [
    ...(['verzonden', 'afgeleverd', 'info-nodig'].includes(status) ? [submitAction(a.inBehandeling, { intakeActie: 'in-behandeling', dossierId: id })] : []),
    showCard(a.infoNodig, [{ type: 'Input.Text', id: 'vraag', label: a.infoVraag, placeholder: a.infoVraagPlaceholder, isMultiline: true, isRequired: true, maxLength: 1000 }], {
      intakeActie: 'info-nodig',
      dossierId: id,
    }),
    showCard(a.adviesgesprek, [{ type: 'Input.Date', id: 'datum', label: a.adviesgesprekDatum, isRequired: true }], {
      intakeActie: 'adviesgesprek-gepland',
      dossierId: id,
    }),
  ];
}

function showCard(title: string, inputs: CardElement[], data: Record<string, unknown>): CardElement {
  return { type: 'Action.ShowCard', title, card: adaptiveCardBody(inputs, [submitAction(msg.actions.versturen, data)]) };
}

/** A ShowCard's inner card: no $schema needed, same version. */
function adaptiveCardBody(body: CardElement[], actions: CardElement[]): CardElement {
  return { type: 'AdaptiveCard', version: '1.5', body, actions };
}
