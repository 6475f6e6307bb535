import { FLOW, MENU_SUBMIT_KEY, type FlowId } from '../flows';
import { RESTART_SUBMIT_KEY } from './commands';
import { adaptiveCard, submitAction, type AdaptiveCard, type CardElement } from '../shared/adaptiveCard';
import { DEFAULT_DISCLOSURE, disclosureParagraphs, type Disclosure } from './disclosure.nl';
import { rootMessages as msg } from './messages.nl';

function submit(title: string, choice: FlowId | 'help'): CardElement {
  return submitAction(title, { [MENU_SUBMIT_KEY]: choice });
}

/** The main menu: the three jobs, each with one line of explanation. */
export function menuCard(options: { title?: string; intro?: string[]; resume?: FlowId } = {}): AdaptiveCard {
  const flows = [FLOW.screening, FLOW.werkprocessen, FLOW.aanmelding] as const;
  const body: CardElement[] = [
    { type: 'TextBlock', text: options.title ?? msg.menuTitle, weight: 'Bolder', size: 'Medium', wrap: true },
    ...(options.intro ?? []).map((text) => ({ type: 'TextBlock', text, wrap: true })),
    ...flows.map((flow, i) => ({
      type: 'TextBlock',
      text: `**${i + 1}. ${msg.flowLabels[flow]}**: ${msg.flowDescriptions[flow]}`,
      wrap: true,
      spacing: 'Small',
    })),
    { type: 'TextBlock', text: msg.menuFooter, wrap: true, isSubtle: true, size: 'Small' },
  ];
  const resume = options.resume && msg.resumeLabels[options.resume];
  return adaptiveCard(body, [
    ...(resume ? [submit(resume, options.resume!)] : []),
    ...flows.map((flow) => submit(msg.flowLabels[flow], flow)),
    submit(msg.helpLabel, 'help'),
  ]);
}

/** First contact: who the bot is for, that an automated assistant answers, the privacy rule, then the menu. */
export function welcomeCard(disclosure: Disclosure = DEFAULT_DISCLOSURE): AdaptiveCard {
  const intro = [msg.welcomeIntro, ...disclosureParagraphs(disclosure), msg.welcomePrivacy, `**${msg.menuTitle}**`];
  return menuCard({ title: msg.welcomeTitle, intro });
}

/** "opnieuw" asks first: wiping a half-done client by a slip would lose work. */
export function restartCard(): AdaptiveCard {
  return adaptiveCard(
    [
      { type: 'TextBlock', text: msg.restartQuestion, weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: msg.restartDetail, wrap: true },
    ],
    [
      submitAction(msg.restartYes, { [RESTART_SUBMIT_KEY]: 'ja' }),
      submitAction(msg.restartNo, { [RESTART_SUBMIT_KEY]: 'nee' }),
    ],
  );
}
