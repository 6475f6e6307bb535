import type { Advies } from '../../intake/screening/rules';
import type { Advice } from '../../intake/screening/screen';
import { MENU_SUBMIT_KEY, FLOW } from '../flows';
import { adaptiveCard, submitAction, textBlock, type AdaptiveCard, type CardElement } from '../shared/adaptiveCard';
import { screeningMessages as msg } from './messages.nl';

const COLOR: Record<Advies, string> = {
  kansrijk: 'good',
  'diploma-route': 'accent',
  bespreken: 'warning',
  'niet-toelaatbaar': 'attention',
};

/** The advice in one coloured line, every reason, the to-dos, the disclaimer and next steps. */
export function resultCard(advice: Advice): AdaptiveCard {
  return adaptiveCard(adviceBody(advice, msg.result.heading, true), [
    submitAction(msg.result.werkprocessen, { [MENU_SUBMIT_KEY]: FLOW.werkprocessen }, { style: 'positive' }),
    submitAction(msg.result.aanmelding, { [MENU_SUBMIT_KEY]: FLOW.aanmelding }),
    submitAction(msg.result.opnieuw, { [MENU_SUBMIT_KEY]: FLOW.screening }),
  ]);
}

/** An exclusion is certain before all questions are answered: show it, offer to go on. */
export function earlyStopCard(advice: Advice): AdaptiveCard {
  const body = [
    ...adviceBody(advice, msg.result.earlyHeading, false),
    textBlock(msg.earlyStop.intro, { separator: true }),
    textBlock(msg.earlyStop.question, { weight: 'Bolder' }),
  ];
  return adaptiveCard(body, [
    submitAction(msg.earlyStop.continueButton, { vervolg: 'doorgaan' }, { style: 'positive' }),
    submitAction(msg.earlyStop.stopButton, { vervolg: 'stoppen' }),
    submitAction(msg.result.opnieuw, { [MENU_SUBMIT_KEY]: FLOW.screening }),
  ]);
}

/** `complete`: all questions answered, so "no to-dos" is a finding worth saying. */
function adviceBody(advice: Advice, heading: string, complete: boolean): CardElement[] {
  const bullet = (text: string) => textBlock(`• ${text}`, { spacing: 'Small' });
  return [
    textBlock(heading, { isSubtle: true, size: 'Small' }),
    textBlock(`${msg.result.icon[advice.advies]} ${msg.result.advies[advice.advies]}`, {
      weight: 'Bolder',
      size: 'Large',
      color: COLOR[advice.advies],
    }),
    textBlock(msg.result.reasonsTitle, { weight: 'Bolder', separator: true }),
    ...(advice.redenen.length ? advice.redenen.map((r) => bullet(r.uitleg)) : [textBlock(msg.result.noReasons)]),
    ...(advice.acties.length || complete ? [textBlock(msg.result.actionsTitle, { weight: 'Bolder' })] : []),
    ...advice.acties.map((a) => bullet(a.uitleg)),
    ...(advice.acties.length === 0 && complete ? [textBlock(msg.result.noActions)] : []),
    textBlock(advice.disclaimer, { isSubtle: true, size: 'Small', separator: true }),
  ];
}
