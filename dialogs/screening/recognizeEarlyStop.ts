import type { Activity } from '../sdk';
import type { Recognized } from '../shared/flowStep';
import { submitOf } from '../shared/submitOf';
import { parseYesNoUnknown } from '../shared/meaning';
import { foldText } from '../shared/typedAnswer';
import { screeningMessages as msg } from './messages.nl';
import { EarlyStopSubmit } from './submits';

export type EarlyStopChoice = EarlyStopSubmit['vervolg'];

const CONTINUE = new Set(['doorgaan', 'ga door', 'verder', 'vul alles in', 'ja vul alles in']);
const STOP = new Set(['klaar', 'nee stop hier', 'stop hier', 'hier stoppen']);

/** After an early exclusion: go on with the remaining questions, or stop with this advice. */
export function recognizeEarlyStop(activity: Activity): Recognized<EarlyStopChoice> {
  const submit = submitOf(activity);
  if (submit) {
    const parsed = EarlyStopSubmit.safeParse(submit);
    return parsed.success ? { ok: true, value: parsed.data.vervolg } : retry(msg.invalid.unusable);
  }
  const text = foldText(activity.text ?? '');
  const yesNo = parseYesNoUnknown(text);
  if (CONTINUE.has(text) || yesNo === 'ja') return { ok: true, value: 'doorgaan' };
  if (STOP.has(text) || yesNo === 'nee') return { ok: true, value: 'stoppen' };
  return retry(msg.earlyStop.notUnderstood);
}

function retry(reply: string): Recognized<EarlyStopChoice> {
  return { ok: false, replies: [reply] };
}
