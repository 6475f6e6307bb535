import type { WerkprocesInfo } from '../../knowledge/catalogue';
import { actionSet, callout, submitAction, textBlock, type CardElement } from '../shared/adaptiveCard';
import { creboMessages } from '../shared/messages.nl';

import { werkprocessenMessages as msg } from './messages.nl';

/** Small building blocks shared by the cards of this flow. */

/** A basisdeel entry looked up under its dossier has the kwalificatiedossier's number, not a kwalificatie's. */
export function isDossierEntry(wp: WerkprocesInfo): boolean {
  return wp.deel === 'basis' && wp.crebo === wp.dossier.dossierCrebo;
}

/** The crebo of a werkproces as every card labels it. */
export function werkprocesCrebo(wp: WerkprocesInfo): string {
  return creboMessages.crebo(wp.crebo, isDossierEntry(wp));
}

/** Navigation: the inputs on the card do not matter (and are not validated) for these buttons. */
export function navButton(title: string, data: Record<string, unknown>): CardElement {
  return submitAction(title, data, { associatedInputs: 'none' });
}

export function heading(text: string): CardElement {
  return textBlock(text, { weight: 'Bolder', size: 'Medium' });
}

export function subtle(text: string, style: CardElement = {}): CardElement {
  return textBlock(text, { isSubtle: true, size: 'Small', spacing: 'None', ...style });
}

export function warning(text: string): CardElement {
  return callout(text, 'warning', { size: 'Small', spacing: 'Small' });
}

export function container(items: CardElement[], style: CardElement = {}): CardElement {
  return { type: 'Container', items, separator: true, spacing: 'Medium', ...style };
}

/** What the verwijzer can do on (almost) every card: go back, see the selection, finish. */
export interface Nav {
  aantal: number;
  terug: boolean;
}

export interface NavOptions {
  selectie?: boolean;
  /** The card has its own main action: then Klaar is not highlighted (one primary action per card). */
  eigenHoofdactie?: boolean;
}

export function navActions(nav: Nav, extra: CardElement[] = [], options: NavOptions = {}): CardElement[] {
  // Klaar is the main action only once something is chosen and the card has no main action of its own
  const klaarStyle = nav.aantal > 0 && !options.eigenHoofdactie ? { style: 'positive' } : {};
  return [
    ...(nav.terug ? [navButton(msg.nav.terug, { actie: 'terug' })] : []),
    ...extra,
    ...((options.selectie ?? true) ? [navButton(msg.selectie.knop(nav.aantal), { actie: 'selectie' })] : []),
    // Klaar keeps its inputs: ticked werkprocessen are taken along
    submitAction(msg.nav.klaar, { actie: 'klaar' }, klaarStyle),
  ];
}

/** One suggestion or hit, short: number, title, code and kwalificatie, and a button to its explanation. */
/** One werkproces as a row; `note`: a warning under it (an intake team does not offer its kwalificatie). */
export function werkprocesRow(wp: WerkprocesInfo, nummer: number, gekozen: boolean, note?: string): CardElement {
  const title = `**${nummer}. ${wp.titel}**${gekozen ? ` (${msg.kies.gekozen})` : ''}`;
  return {
    type: 'ColumnSet',
    separator: true,
    spacing: 'Small',
    columns: [
      {
        type: 'Column',
        width: 'stretch',
        items: [
          textBlock(title),
          subtle(msg.werkproces.meta(wp.code, wp.kwalificatie, werkprocesCrebo(wp), wp.niveau)),
          ...(wp.verified ? [] : [warning(msg.werkproces.nietGecontroleerd)]),
          ...(note ? [warning(note)] : []),
        ],
      },
      {
        type: 'Column',
        width: 'auto',
        verticalContentAlignment: 'Center',
        items: [
          actionSet([navButton(msg.start.uitlegKnop(nummer), { actie: 'werkproces', id: `${wp.crebo}:${wp.code}` })]),
        ],
      },
    ],
  };
}

export function browseButton(): CardElement {
  return navButton(msg.bladeren.knop, { actie: 'domeinen' });
}

/** A free question from any card. */
export function searchBox(): CardElement[] {
  return [
    {
      type: 'Input.Text',
      id: 'vraag',
      label: msg.zoek.label,
      placeholder: msg.zoek.placeholder,
      maxLength: 500,
      separator: true,
    },
    actionSet([submitAction(msg.zoek.knop, { actie: 'zoek' })]),
  ];
}

/** What can be typed here; without a numbered list on the card, no numbers are offered. */
export function typeHint(numberedList = true): CardElement {
  return subtle(numberedList ? msg.typeHint : msg.typeHintZonderLijst, { spacing: 'Medium' });
}

/** Multi-select of werkprocessen (values `crebo:code`) and the button that adds the ticked ones. */
export function tickList(choices: { id: string; title: string }[]): CardElement[] {
  if (choices.length === 0) return [];
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'werkprocessen',
      label: msg.kies.label,
      isMultiSelect: true,
      style: 'expanded',
      choices: choices.map((c) => ({ title: c.title, value: c.id })),
    },
    actionSet([submitAction(msg.kies.knop, { actie: 'kies' }, { style: 'positive' })]),
  ];
}

/** A single choice from a list (domain, kwalificatie, kerntaak) and the button that opens it. */
export function pickList(
  id: string,
  label: string,
  choices: { value: string; title: string }[],
  data: Record<string, unknown>,
): CardElement[] {
  return [
    { type: 'Input.ChoiceSet', id, label, style: 'expanded', choices },
    actionSet([submitAction(msg.bladeren.bekijk, data)]),
  ];
}

/** The first sentence of a text: the one-line explanation in lists. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text.trim());
  return match?.[1] ?? text.trim();
}
