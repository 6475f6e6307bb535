import { FLOW, MENU_SUBMIT_KEY, type WerkprocesSelection } from '../flows';
import {
  actionSet,
  adaptiveCard,
  submitAction,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from '../shared/adaptiveCard';
import { browseButton, heading, navActions, navButton, subtle, typeHint, type Nav } from './cardParts';
import { werkprocessenMessages as msg } from './messages.nl';
import { selectionLines } from './selection';

/** Each line numbered, with its own remove button. */
function lines(selection: WerkprocesSelection): CardElement[] {
  return selectionLines(selection).map((line, i) => ({
    type: 'ColumnSet',
    separator: true,
    columns: [
      {
        type: 'Column',
        width: 'stretch',
        verticalContentAlignment: 'Center',
        items: [textBlock(`${i + 1}. ${line.label}`)],
      },
      {
        type: 'Column',
        width: 'auto',
        items: [
          actionSet([
            submitAction(msg.selectie.verwijder, { actie: 'verwijder', id: line.id }, { associatedInputs: 'none' }),
          ]),
        ],
      },
    ],
  }));
}

/** The current selection with remove buttons, and every way on. */
export function selectionCard(selection: WerkprocesSelection, nav: Nav): AdaptiveCard {
  const shown = lines(selection);
  const body =
    shown.length > 0
      ? [...shown, subtle(msg.selectie.verwijderHint, { spacing: 'Medium' })]
      : [textBlock(msg.selectie.leeg)];
  return adaptiveCard(
    [heading(msg.selectie.titel), ...body, typeHint()],
    navActions(nav, [browseButton(), navButton(msg.nav.start, { actie: 'start' })], { selectie: false }),
  );
}

/** After "Klaar": what was chosen and what comes next; these buttons are menu submits for the root. */
export function finishCard(selection: WerkprocesSelection): AdaptiveCard {
  const chosen = selectionLines(selection).map((line, i) => textBlock(`${i + 1}. ${line.label}`, { spacing: 'Small' }));
  return adaptiveCard(
    [
      heading(msg.klaar.titel),
      ...(chosen.length > 0 ? chosen : [textBlock(msg.klaar.leeg)]),
      textBlock(msg.klaar.volgende, { spacing: 'Medium' }),
    ],
    [
      submitAction(msg.klaar.aanmelding, { [MENU_SUBMIT_KEY]: FLOW.aanmelding }, { style: 'positive' }),
      submitAction(msg.klaar.verder, { [MENU_SUBMIT_KEY]: FLOW.werkprocessen }),
      submitAction(msg.klaar.menu, { [MENU_SUBMIT_KEY]: 'menu' }),
    ],
  );
}
