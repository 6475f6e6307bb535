import { currentStatus, type Praktijkopleider, type PreIntakeDossier } from '../../intake/dossier/dossier';
import { nextStatuses } from '../../intake/dossier/lifecycle';
import type { NotStartedReason } from '../../intake/dossier/lifecycle';
import { ACTOR_LABELS, NOT_STARTED_REASON_LABELS, OUTCOME_LABELS } from '../../intake/dossier/statusLabels.nl';
import { afspraakText, lastEntry } from '../verwijzerLoop/format';
import { loopMessages } from '../verwijzerLoop/messages.nl';
import { adaptiveCard, callout, textBlock, type AdaptiveCard, type CardElement } from '../shared/adaptiveCard';
import { literalFact, literalText } from '../shared/literalText';
import { creboMessages } from '../shared/messages.nl';
import { REFRESH_VERB, TEAM_ACTIONS, werkprocesChoice, type TeamActionVerb } from './submits';
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
  /** A kwalificatiedossier's own number (a basisdeel werkproces chosen before its kwalificatie). */
  isDossier?(crebo: string): boolean;
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
    callout(`${c.status}: **${msg.statusLabels[status.status]}**`, 'accent'),
    ...statusDetails(dossier),
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
        wensen.kwalificaties.map((crebo) => named(names.kwalificatie(crebo), creboMessages.crebo(crebo))).join('; '),
      ],
      [
        c.werkprocessen,
        wensen.werkprocessen
          .map((w) =>
            named(
              names.werkproces(w.crebo, w.code),
              `${w.code}, ${creboMessages.crebo(w.crebo, names.isDossier?.(w.crebo))}`,
            ),
          )
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
  return {
    ...adaptiveCard(body, actionsFor(dossier, names)),
    refresh: { action: execute('', REFRESH_VERB, dossier.id) },
  };
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

/**
 * What the team needs to see of the loop so far: the open question or the verwijzer's answer,
 * the planned gesprek and whether the verwijzer comes, the decision, the traject's result and
 * the outcomes told later. Typed text (question, answer, place, toelichting) is shown literally.
 */
function statusDetails(dossier: PreIntakeDossier): CardElement[] {
  const status = currentStatus(dossier);
  const quote = (label: string, text: string | undefined): CardElement[] => (text ? [literalFact(label, text)] : []);
  const details: CardElement[] = [];
  switch (status.status) {
    case 'info-nodig':
      details.push(...quote(c.vraag, status.toelichting));
      break;
    case 'aangevuld':
      details.push(...quote(c.vraag, lastEntry(dossier, 'info-nodig')?.toelichting));
      details.push(...quote(c.antwoord, status.toelichting));
      break;
    case 'adviesgesprek-gepland': {
      if (status.afspraak) {
        details.push(literalFact(c.adviesgesprek, afspraakText(status.afspraak)));
        details.push(literalFact(c.plaats, status.afspraak.plaats));
      } else details.push(...quote(c.adviesgesprek, status.toelichting)); // older records: a date only
      const komt = dossier.verwijzerBijGesprek;
      details.push(literalFact(c.verwijzerKomt, komt === undefined ? c.verwijzerNogNiet : komt ? c.ja : c.nee));
      break;
    }
    case 'niet-gestart':
      if (status.reden) details.push(literalFact(c.reden, NOT_STARTED_REASON_LABELS[status.reden]));
      details.push(...quote(c.toelichting, status.toelichting));
      break;
    case 'afgerond':
      if (status.resultaat) {
        details.push(literalFact(c.praktijkverklaring, status.resultaat.praktijkverklaring ? c.ja : c.nee));
        details.push(
          literalFact(c.werkprocessen, status.resultaat.werkprocessen.map((w) => w.code).join(', ') || c.geen),
        );
      }
      for (const u of dossier.uitkomsten ?? [])
        details.push(literalFact(c.uitkomst(loopMessages.momentLabels[u.moment]), OUTCOME_LABELS[u.uitkomst]));
      break;
    default:
      details.push(...quote(c.toelichting, status.toelichting));
  }
  return details.length ? [{ type: 'Container', spacing: 'None', items: details }] : [];
}

/** The step the team most likely takes next: the one button styled as primary. */
function primaryVerb(dossier: PreIntakeDossier, offered: readonly TeamActionVerb[]): TeamActionVerb | undefined {
  const status = currentStatus(dossier).status;
  const preferred: TeamActionVerb =
    status === 'afgeleverd' || status === 'verzonden'
      ? 'in-behandeling'
      : status === 'gestart'
        ? 'afgerond'
        : 'besluit';
  return offered.includes(preferred) ? preferred : undefined;
}

function actionsFor(dossier: PreIntakeDossier, names: CodeNames): CardElement[] {
  const allowedStatuses = nextStatuses(currentStatus(dossier).status, 'intaketeam');
  const allowed = new Set<string>(allowedStatuses);
  if (allowed.has('gestart') || allowed.has('niet-gestart')) allowed.add('besluit');
  const offered = TEAM_ACTIONS.filter((verb) => allowed.has(verb));
  const primary = primaryVerb(dossier, offered);
  const id = dossier.id;
  const a = msg.actions;
  const buttons: Record<TeamActionVerb, CardElement> = {
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
      [
        { type: 'Input.Date', id: 'datum', label: a.adviesgesprekDatum, isRequired: true },
        { type: 'Input.Time', id: 'tijd', label: a.adviesgesprekTijd, isRequired: true },
        {
          type: 'Input.Text',
          id: 'plaats',
          label: a.adviesgesprekPlaats,
          placeholder: a.adviesgesprekPlaatsPlaceholder,
          isRequired: true,
          maxLength: 200,
        },
      ],
      execute(a.versturen, 'adviesgesprek-gepland', id),
    ),
    besluit: showCard(
      a.besluit,
      [
        {
          type: 'Input.ChoiceSet',
          id: 'besluit',
          label: a.besluitKeuze,
          style: 'expanded',
          isRequired: true,
          choices: [
            { title: a.gestart, value: 'gestart' },
            { title: a.nietGestart, value: 'niet-gestart' },
          ],
        },
        {
          type: 'Input.ChoiceSet',
          id: 'reden',
          label: a.reden,
          style: 'expanded',
          choices: (Object.entries(NOT_STARTED_REASON_LABELS) as [NotStartedReason, string][]).map(
            ([value, title]) => ({ title, value }),
          ),
        },
        { type: 'Input.Text', id: 'toelichting', label: a.toelichting, isMultiline: true, maxLength: 300 },
      ],
      execute(a.versturen, 'besluit', id),
    ),
    afgerond: showCard(
      a.afronden,
      [
        {
          type: 'Input.ChoiceSet',
          id: 'werkprocessen',
          label: a.afrondenWerkprocessen,
          isMultiSelect: true,
          style: 'expanded',
          choices: dossier.wensen.werkprocessen.map((w) => ({
            title: named(names.werkproces(w.crebo, w.code), w.code),
            value: werkprocesChoice(w.crebo, w.code),
          })),
        },
        {
          type: 'Input.ChoiceSet',
          id: 'praktijkverklaring',
          label: a.afrondenVerklaring,
          style: 'expanded',
          isRequired: true,
          choices: [
            { title: c.ja, value: 'ja' },
            { title: c.nee, value: 'nee' },
          ],
        },
      ],
      execute(a.versturen, 'afgerond', id),
    ),
  };
  return offered.map((verb) => (verb === primary ? { ...buttons[verb], style: 'positive' } : buttons[verb]));
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
