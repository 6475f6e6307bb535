import { z } from 'zod';
import type { Catalogue } from '../../knowledge/catalogue';
import { MENU_SUBMIT_KEY, SHOW_SUBMIT_KEY } from '../flows';
import { CardFactory, MessageFactory, type DialogContext } from '../sdk';
import { adaptiveCard, submitAction, textBlock, type AdaptiveCard, type CardElement } from '../shared/adaptiveCard';
import { runningFlow } from '../shared/runningFlow';
import { submitOf } from '../shared/submitOf';
import { kwalificatieBlocks, werkprocesBlocks } from '../werkprocessen/entryBlocks';
import { werkprocessenMessages } from '../werkprocessen/messages.nl';
import { lookupKwalificatie, lookupWerkproces } from '../werkprocessen/selection';
import { menuTextMessages as msg } from './messages.nl';
import { openFlowOf, type OpenFlow } from './nextStep';

/** "Bekijk dit beroep" / "Bekijk dit werkproces" under an answer given in the middle of a flow. */
const ShowSubmit = z.object({
  [SHOW_SUBMIT_KEY]: z.literal(true),
  kwalificatie: z.string().optional(),
  kies: z.string().optional(),
});
type ShowSubmit = z.infer<typeof ShowSubmit>;

/** The whole entry, read-only, with one way on: back to the open question of the flow. */
export function entryCard(
  show: ShowSubmit,
  catalogue: Catalogue,
  open: OpenFlow | undefined,
): AdaptiveCard | undefined {
  const body = entryBody(show, catalogue);
  if (!body) return undefined;
  const verder = open ? [submitAction(msg.verderMet[open], { [MENU_SUBMIT_KEY]: open }, { style: 'positive' })] : [];
  return adaptiveCard(body, verder);
}

function entryBody(show: ShowSubmit, catalogue: Catalogue): CardElement[] | undefined {
  const wp = show.kies ? lookupWerkproces(catalogue, show.kies) : undefined;
  if (wp) return werkprocesBlocks(wp, { gekozen: false, detail: 'vol' });
  const k = show.kwalificatie ? lookupKwalificatie(catalogue, show.kwalificatie) : undefined;
  if (!k) return undefined;
  const werkprocessen = catalogue.werkprocessen(k.crebo);
  const list = werkprocessen.map((w) => `- ${w.titel} (${w.code})`).join('\n');
  return [
    ...kwalificatieBlocks(k, werkprocessen.length, { detail: 'vol' }),
    ...(list ? [textBlock(`${werkprocessenMessages.werkproces.kerntaken}\n${list}`, { spacing: 'Small' })] : []),
  ];
}

/**
 * Shows the entry such a button names and returns true; the flow then asks its open question
 * again (as after a question typed in its middle). False when the activity is no such button.
 */
export function entryShower(deps: { catalogue: Catalogue }) {
  return async (dc: DialogContext): Promise<boolean> => {
    const parsed = ShowSubmit.safeParse(submitOf(dc.context.activity));
    const card = parsed.success ? entryCard(parsed.data, deps.catalogue, openFlowOf(runningFlow(dc))) : undefined;
    if (!card) return false;
    await dc.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    return true;
  };
}
