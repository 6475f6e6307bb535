import type { Kwalificatie, WerkprocesInfo } from '../../knowledge/catalogue';
import {
  actionSet,
  adaptiveCard,
  submitAction,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from '../shared/adaptiveCard';
import {
  browseButton,
  container,
  firstSentence,
  heading,
  navActions,
  subtle,
  typeHint,
  warning,
  werkprocesRow,
  type Nav,
} from './cardParts';
import { werkprocessenMessages as msg } from './messages.nl';
import type { StartContent } from './viewContent';

/**
 * The start of "Werkprocessen verkennen": short by design. Suggestions are one line each with
 * a button to their explanation (where they are chosen); fitting mbo-beroepen without loaded
 * werkprocessen are an answer too; an interest nothing fits is named. Other interests sit
 * behind one button.
 */

function suggestions(content: StartContent, isSelected: (wp: WerkprocesInfo) => boolean): CardElement[] {
  if (content.suggesties.length === 0) return [];
  return [
    // after better fitting mbo-beroepen, the werkprocessen found elsewhere are named as such
    ...(content.beroepenEerst ? [textBlock(`**${msg.start.andereWerkprocessen}**`, { spacing: 'Medium' })] : []),
    ...content.suggesties.map((wp, i) => werkprocesRow(wp, i + 1, isSelected(wp), content.offering(wp.crebo))),
    subtle(msg.start.uitlegHint, { spacing: 'Small' }),
  ];
}

/** A fitting mbo-beroep: name, level and what the work is, full width, with its button below. */
function beroep(k: Kwalificatie, note: string | undefined): CardElement {
  const tekst = k.beschrijving ? ` ${firstSentence(k.beschrijving)}` : '';
  return container(
    [
      textBlock(`**${k.naam}** · ${msg.kwalificatie.niveau(k.niveau)}.${tekst}`),
      ...(note ? [warning(note)] : []),
      actionSet([kwalificatieButton(k)]),
    ],
    { spacing: 'Small' },
  );
}

const kwalificatieButton = (k: Kwalificatie) =>
  submitAction(
    msg.kwalificatie.openen,
    { actie: 'kwalificatie', crebo: k.crebo },
    { associatedInputs: 'none', tooltip: msg.kwalificatie.openenVolledig(k.naam) },
  );

/** Fitting kwalificaties whose werkprocessen the mbo shows at the intake: what the work is and its level. */
function beroepen(content: StartContent): CardElement[] {
  if (content.zonderWerkprocessen.length === 0) return [];
  return [
    textBlock(`**${msg.start.beroepen}**`, { spacing: 'Medium' }),
    ...content.zonderWerkprocessen.map((k) => beroep(k, content.offering(k.crebo))),
    subtle(msg.start.beroepenUitleg, { spacing: 'Small' }),
  ];
}

function nothingFits(content: StartContent): CardElement[] {
  if (content.nietGevonden.length === 0) return [];
  const blocks = content.nietGevonden.flatMap((n) => [
    textBlock(msg.start.nietGevonden(n.onderwerp), { spacing: 'Small' }),
    ...(n.dichtbij.length > 0
      ? [subtle(msg.start.dichtbij), ...n.dichtbij.map((k) => beroep(k, content.offering(k.crebo)))]
      : []),
  ]);
  const anyFound = content.suggesties.length > 0 || content.zonderWerkprocessen.length > 0;
  return [...blocks, ...(anyFound ? [] : [subtle(msg.start.nietGevondenVerder, { spacing: 'Small' })])];
}

function interestInputs(content: StartContent): CardElement[] {
  return [
    {
      type: 'Input.Text',
      id: 'interesses',
      label: msg.start.interessesLabel,
      placeholder: msg.start.interessesPlaceholder,
      value: content.interesses,
      maxLength: 500,
    },
    {
      type: 'Input.Text',
      id: 'werkplek',
      label: msg.start.werkplekLabel,
      placeholder: msg.start.werkplekPlaceholder,
      value: content.werkplek,
      maxLength: 500,
    },
  ];
}

/** Without interests the inputs are the card's question; with them, they wait behind "Andere interesses". */
function askInterests(content: StartContent): { body: CardElement[]; actions: CardElement[] } {
  const show = submitAction(msg.start.suggestiesKnop, { actie: 'suggesties' });
  if (!content.interesses && !content.werkplek) {
    return {
      body: [textBlock(msg.start.geenInteresses), ...interestInputs(content), { type: 'ActionSet', actions: [show] }],
      actions: [],
    };
  }
  const card = { type: 'AdaptiveCard', body: interestInputs(content), actions: [show] };
  return { body: [], actions: [{ type: 'Action.ShowCard', title: msg.start.andereInteresses, card }] };
}

export function startCard(content: StartContent, isSelected: (wp: WerkprocesInfo) => boolean, nav: Nav): AdaptiveCard {
  const about = content.interesses || content.werkplek;
  const ask = askInterests(content);
  const found =
    content.suggesties.length > 0 || content.beroepenEerst ? [textBlock(`**${msg.start.suggesties(about)}**`)] : [];
  // "magazijn": Assistent logistiek (what the work is, its level) before werkprocessen of Gastheer/-vrouw
  const answers = content.beroepenEerst
    ? [...beroepen(content), ...suggestions(content, isSelected)]
    : [...suggestions(content, isSelected), ...beroepen(content)];
  const body = about
    ? [
        heading(msg.title),
        ...nothingFits(content),
        ...found,
        ...(content.werkplek && content.interesses ? [subtle(msg.start.metWerkplek(content.werkplek))] : []),
        ...answers,
        ...(content.hogerNiveau > 0 ? [subtle(msg.start.hogerNiveau, { spacing: 'Medium' })] : []),
      ]
    : [heading(msg.title), textBlock(msg.intro)];
  return adaptiveCard([...body, ...ask.body, typeHint()], navActions(nav, [...ask.actions, browseButton()]));
}
