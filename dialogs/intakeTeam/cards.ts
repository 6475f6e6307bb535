import { currentStatus, type Praktijkopleider, type PreIntakeDossier } from '../../intake/dossier/dossier';
import { nextStatuses } from '../../intake/dossier/lifecycle';
import { ACTOR_LABELS } from '../../intake/dossier/statusLabels.nl';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from '../shared/adaptiveCard';
import { literalFact, literalText } from '../shared/literalText';
import { REFRESH_VERB, TEAM_ACTIONS, type TeamActionStatus } from './submits';
import { intakeTeamMessages as msg } from './messages.nl';
import { dutchDate, dutchMoment } from '../aanmelding/format';
import { displayValue } from '../screening/cards';
import { screeningBlocks } from './screeningFacts';

const c = msg.card;

/** Label and value per line; values are shown literally (names and places are typed by people). */
function facts(rows: [string, string | null | undefined][]): CardElement {
  return { type: 'Container', items: rows.map(([title, value]) => literalFact(title, value || c.geen)) };
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
 * current status, and the actions the lifecycle allows the team now. Its buttons are
 * Universal Actions (Action.Execute); `refresh` makes every member's client fetch the
 * current card, so a change made by one colleague shows for all.
 */
export function dossierCard(dossier: PreIntakeDossier, teamNaam: string, names: CodeNames = NO_NAMES): AdaptiveCard {
  const status = currentStatus(dossier);
  const { kandidaat, verwijzer, wensen, screening } = dossier;
  const body: CardElement[] = [
    textBlock(c.title(dossier.id), { size: 'Large', weight: 'Bolder' }),
    textBlock(`${c.status}: **${msg.statusLabels[status.status]}**`, { color: 'Accent' }),
    ...(status.toelichting ? [literalText(status.toelichting, { spacing: 'None' })] : []),
    textBlock(teamNaam, { isSubtle: true, spacing: 'None' }),
    heading(c.kandidaat),
    facts([
      [c.naam, kandidaat.naam],
      [c.geboortedatum, dutchDate(kandidaat.geboortedatum)],
      [c.woonplaats, kandidaat.woonplaats],
      [c.telefoon, kandidaat.telefoon],
      [c.email, kandidaat.email ?? c.geenEmail],
    ]),
    heading(c.verwijzer),
    facts([
      [c.naam, verwijzer.naam],
      [c.organisatie, verwijzer.organisatie],
      [c.telefoon, verwijzer.telefoon],
    ]),
    heading(c.screening),
    ...screeningBlocks(screening),
    heading(c.wensen),
    facts([
      [
        c.kwalificaties,
        wensen.kwalificaties.map((crebo) => named(names.kwalificatie(crebo), `crebo ${crebo}`)).join('; '),
      ],
      [
        c.werkprocessen,
        wensen.werkprocessen
          .map((w) => named(names.werkproces(w.crebo, w.code), `${w.code}, crebo ${w.crebo}`))
          .join('; '),
      ],
      [
        c.leerbedrijf,
        [wensen.leerbedrijf.naam, wensen.leerbedrijf.plaats, displayValue('leerbedrijf', wensen.leerbedrijf.erkend)]
          .filter(Boolean)
          .join(', '),
      ],
      ...praktijkopleiderRow(wensen.leerbedrijf.praktijkopleider),
      [c.startdatum, startText(wensen)],
      [c.uren, String(wensen.urenPerWeek)],
      [c.begeleiding, dossier.begeleiding ? c.ja : c.nee],
      [c.inkomen, displayValue('inkomen', dossier.inkomen)],
      [
        c.toestemming,
        `${dossier.toestemming.gegeven ? c.ja : c.nee} (${dossier.toestemming.wijze}, ` +
          `${dutchDate(dossier.toestemming.datum)})`,
      ],
    ]),
    ...(dossier.opmerkingen ? [heading(c.opmerkingen), literalText(dossier.opmerkingen)] : []),
    ...(status.door
      ? [
          textBlock(c.handledBy(ACTOR_LABELS[status.door], dutchMoment(status.op)), {
            isSubtle: true,
            size: 'Small',
          }),
        ]
      : []),
  ];
  return { ...adaptiveCard(body, actionsFor(dossier)), refresh: { action: execute('', REFRESH_VERB, dossier.id) } };
}

/** What a conversation other than the linked channel sees: nothing of the dossier. */
export function elsewhereCard(): AdaptiveCard {
  return adaptiveCard([textBlock(msg.teamAction.elsewhere, { isSubtle: true })]);
}

/** Only dossiers that were asked have the row: null is "not known yet", absent is "not asked". */
function praktijkopleiderRow(p: Praktijkopleider | null | undefined): [string, string][] {
  if (p === undefined) return [];
  return [[c.praktijkopleider, p ? [p.naam, p.telefoon, p.email].filter(Boolean).join(', ') : c.nogNietBekend]];
}

function startText(wensen: PreIntakeDossier['wensen']): string | null {
  if (wensen.gewensteStartdatum) return dutchDate(wensen.gewensteStartdatum);
  return wensen.startZoSnelMogelijk ? c.zoSnelMogelijk : null;
}

function named(name: string | undefined, code: string): string {
  return name ? `${name} (${code})` : code;
}

function actionsFor(dossier: PreIntakeDossier): CardElement[] {
  const allowed = new Set(nextStatuses(currentStatus(dossier).status, 'intaketeam'));
  const id = dossier.id;
  const a = msg.actions;
  const buttons: Record<TeamActionStatus, CardElement> = {
    'in-behandeling': execute(a.inBehandeling, 'in-behandeling', id),
    'info-nodig': showCard(
      a.infoNodig,
      [
        {
          type: 'Input.Text',
          id: 'vraag',
          label: a.infoVraag,
          placeholder: a.infoVraagPlaceholder,
          isMultiline: true,
          isRequired: true,
          maxLength: 1000,
        },
      ],
      execute(a.versturen, 'info-nodig', id),
    ),
    'adviesgesprek-gepland': showCard(
      a.adviesgesprek,
      [{ type: 'Input.Date', id: 'datum', label: a.adviesgesprekDatum, isRequired: true }],
      execute(a.versturen, 'adviesgesprek-gepland', id),
    ),
  };
  return TEAM_ACTIONS.filter((status) => allowed.has(status)).map((status) => buttons[status]);
}

/** A Universal Action: Teams sends it as an `adaptiveCard/action` invoke with this verb and data. */
function execute(title: string, verb: string, dossierId: string): CardElement {
  return { type: 'Action.Execute', ...(title ? { title } : {}), verb, data: { intakeActie: verb, dossierId } };
}

function showCard(title: string, inputs: CardElement[], send: CardElement): CardElement {
  return { type: 'Action.ShowCard', title, card: adaptiveCardBody(inputs, [send]) };
}

/** A ShowCard's inner card: no $schema needed, same version. */
function adaptiveCardBody(body: CardElement[], actions: CardElement[]): CardElement {
  return { type: 'AdaptiveCard', version: '1.5', body, actions };
}
