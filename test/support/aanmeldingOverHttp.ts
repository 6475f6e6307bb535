import type { Activity } from 'botbuilder';
import { KANDIDAAT, LEERBEDRIJF, START, VERWIJZER } from '../dialogs/aanmeldingDriver';
import { allVisibleText, cardsOf } from './activities';

type Sender = { submit(value: Record<string, unknown>): Promise<Partial<Activity>[]> };
type Input = { type: string; id?: string };

/** What a verwijzer fills in on the aanmelding cards (invented people). */
export const AANMELDING_ANSWERS: Record<string, string> = {
  ...KANDIDAAT,
  ...VERWIJZER,
  ...LEERBEDRIJF,
  ...START,
  opmerkingen: 'Graag contact via de jobcoach.',
  toestemming: 'true',
  toestemmingWijze: 'mondeling',
};

/**
 * Fills every input of the last card from `answers`, as a Teams client submits a card, until
 * the review card (with "versturen") is reached; returns its replies.
 */
export async function fillAanmeldingCards(
  sender: Sender,
  first: Partial<Activity>[],
  answers: Record<string, string> = AANMELDING_ANSWERS,
): Promise<Partial<Activity>[]> {
  let replies = first;
  for (let turn = 0; turn < 12; turn++) {
    const card = cardsOf(replies).at(-1) as { body?: Input[]; actions?: { data?: { actie?: string } }[] } | undefined;
    if (card?.actions?.some((a) => a.data?.actie === 'versturen')) return replies;
    const inputs = collectInputs(card?.body ?? []).filter((i) => i.id && i.id in answers);
    if (inputs.length === 0) throw new Error(`no known inputs on card: ${allVisibleText(replies).slice(0, 300)}`);
    replies = await sender.submit(Object.fromEntries(inputs.map((i) => [i.id!, answers[i.id!]!])));
  }
  throw new Error('did not reach the review card');
}

function collectInputs(elements: unknown[]): Input[] {
  return elements.flatMap((e) => {
    const el = e as Input & { items?: unknown[]; columns?: unknown[] };
    return [
      ...(el.type?.startsWith('Input.') ? [el] : []),
      ...collectInputs(el.items ?? []),
      ...collectInputs(el.columns ?? []),
    ];
  });
}
