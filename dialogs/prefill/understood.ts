import { z } from 'zod';
import { ANSWER_FIELDS } from '../../intake/screening/answers';
import type { Activity } from '../sdk';
import { adaptiveCard, callout, submitAction, textBlock, type AdaptiveCard } from '../shared/adaptiveCard';
import type { Recognized } from '../shared/flowStep';
import { submitOf } from '../shared/submitOf';
import { parseYesNoUnknown } from '../shared/meaning';
import { foldText } from '../shared/typedAnswer';
import { displayValue } from '../screening/cards';
import { fieldMessages } from '../screening/fieldMessages.nl';
import type { Understood } from '../screening/screeningState';
import { prefillMessages as msg } from './messages.nl';

const PrefillSubmit = z.strictObject({ prefill: z.enum(['gebruik', 'negeer']) });

/** What a description gave, shown for confirmation before any of it is used. */
export function understoodCard({ answers, source }: Understood): AdaptiveCard {
  const fields = ANSWER_FIELDS.filter((f) => answers[f] !== undefined);
  return adaptiveCard(
    [
      textBlock(msg.title, { weight: 'Bolder', size: 'Medium' }),
      // what a model suggested is marked as a suggestion before the values, not below them
      ...(source === 'llm' ? [callout(msg.sourceLlm, 'attention', { weight: 'Bolder' })] : []),
      {
        type: 'FactSet',
        facts: fields.map((f) => ({ title: fieldMessages[f].label, value: displayValue(f, answers[f]) })),
      },
      ...(source === 'regels' ? [textBlock(msg.sourceRules, { isSubtle: true, size: 'Small' })] : []),
      textBlock(msg.intro),
      textBlock(msg.typeHint, { isSubtle: true, size: 'Small' }),
    ],
    [
      submitAction(msg.useButton, { prefill: 'gebruik' }, { style: 'positive' }),
      submitAction(msg.ignoreButton, { prefill: 'negeer' }),
    ],
  );
}

/** Use the understood answers (true) or ask everything (false). Nothing is used unconfirmed. */
export function recognizePrefill(activity: Activity): Recognized<boolean> {
  const submit = submitOf(activity);
  if (submit) {
    const parsed = PrefillSubmit.safeParse(submit);
    return parsed.success
      ? { ok: true, value: parsed.data.prefill === 'gebruik' }
      : { ok: false, replies: [msg.notUnderstood] };
  }
  const text = foldText(activity.text ?? '');
  const yesNo = parseYesNoUnknown(text);
  if (yesNo === 'ja' || text === 'klopt' || text === 'klopt ga verder') return { ok: true, value: true };
  if (yesNo === 'nee' || text === 'niet gebruiken') return { ok: true, value: false };
  return { ok: false, replies: [msg.notUnderstood] };
}
