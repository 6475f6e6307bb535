import { adviceBasis, type AdviceBasis } from '../../intake/screening/adviceBasis';
import type { Answers } from '../../intake/screening/answers';
import type { Policy } from '../../intake/screening/policy';
import type { Advies } from '../../intake/screening/rules';
import type { Advice } from '../../intake/screening/screen';
import { MENU_SUBMIT_KEY, FLOW } from '../flows';
import { adaptiveCard, submitAction, textBlock, type AdaptiveCard, type CardElement } from '../shared/adaptiveCard';
import { screeningMessages as msg } from './messages.nl';

/** Calm colours: the advice is an indication, not a verdict, so nothing is shown in red. */
/**
 * The advice's colour as an Adaptive Card container style: the host draws a tinted
 * background and keeps its own readable text colour, in light and dark themes alike
 * (coloured text such as Teams' "good" green on white is only about 2:1).
 */
const STYLE: Record<Advies, string> = {
  kansrijk: 'good',
  'diploma-route': 'accent',
  bespreken: 'warning',
  'niet-toelaatbaar': 'default',
};

/**
 * The advice in one line, the deciding reasons first, the to-dos, the disclaimer and next
 * steps. The advice code travels in the aanmelding action's data (`advies`), whatever the label.
 */
export function resultCard(advice: Advice, answers: Partial<Answers>, policy: Policy): AdaptiveCard {
  const body = adviceBody(advice, adviceBasis(advice, answers, policy), msg.result.heading, true);
  return adaptiveCard(
    [...body, textBlock(msg.result.nextHint, { isSubtle: true, size: 'Small' })],
    [
      submitAction(msg.result.werkprocessen, { [MENU_SUBMIT_KEY]: FLOW.werkprocessen }, { style: 'positive' }),
      submitAction(msg.result.aanmelding, { [MENU_SUBMIT_KEY]: FLOW.aanmelding, advies: advice.advies }),
    ],
  );
}

/** An exclusion is certain before all questions are answered: show it, offer to go on. */
export function earlyStopCard(advice: Advice, answers: Partial<Answers>, policy: Policy): AdaptiveCard {
  const body = [
    ...adviceBody(advice, adviceBasis(advice, answers, policy), msg.result.earlyHeading, false),
    textBlock(msg.earlyStop.intro, { separator: true }),
    textBlock(msg.earlyStop.question, { weight: 'Bolder' }),
    textBlock(msg.why.changeHint, { isSubtle: true, size: 'Small' }),
  ];
  return adaptiveCard(body, [
    submitAction(msg.earlyStop.continueButton, { vervolg: 'doorgaan' }, { style: 'positive' }),
    submitAction(msg.earlyStop.stopButton, { vervolg: 'stoppen' }),
  ]);
}

/** "Past nu niet" says which kind of reason: a hard condition, or only that it is voluntary. */
export function adviceLine(advice: Advice, basis: AdviceBasis): string {
  if (advice.advies !== 'niet-toelaatbaar') return msg.result.advies[advice.advies];
  const onlyVoluntary = basis.beslissend.every((r) => r.code === 'GEEN_MOTIVATIE');
  return onlyVoluntary ? msg.result.pastNuNiet.vrijwillig : msg.result.pastNuNiet.voorwaarde;
}

/** `complete`: all questions answered, so "nothing to arrange" is a finding worth saying. */
function adviceBody(advice: Advice, basis: AdviceBasis, heading: string, complete: boolean): CardElement[] {
  const bullet = (text: string) => textBlock(`• ${text}`, { spacing: 'Small' });
  const nothingToArrange = advice.acties.length === 0 && complete;
  return [
    textBlock(heading, { isSubtle: true, size: 'Small' }),
    {
      type: 'Container',
      style: STYLE[advice.advies],
      items: [
        textBlock(`${msg.result.icon[advice.advies]} ${adviceLine(advice, basis)}`, {
          weight: 'Bolder',
          size: 'Medium',
        }),
      ],
    },
    textBlock(msg.result.reasonsTitle, { weight: 'Bolder', separator: true }),
    ...basis.beslissend.map((r) => bullet(r.uitleg)),
    ...(basis.voldaan.length
      ? [textBlock(msg.result.criteriaIntro, { spacing: 'Small' }), ...basis.voldaan.map(bullet)]
      : []),
    ...(basis.overig.length
      ? [textBlock(msg.result.otherReasonsTitle, { weight: 'Bolder' }), ...basis.overig.map((r) => bullet(r.uitleg))]
      : []),
    textBlock(msg.result.actionsTitle, { weight: 'Bolder' }),
    ...(nothingToArrange ? [textBlock(msg.result.noActions, { spacing: 'Small' })] : []),
    ...basis.todos.map(bullet),
    textBlock(advice.disclaimer, { isSubtle: true, size: 'Small', separator: true }),
  ];
}
