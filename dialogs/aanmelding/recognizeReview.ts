import type { Activity } from '../sdk';
import type { Recognized } from '../shared/flowStep';
import { EDIT_VERB } from '../shared/navigation';
import { submitOf } from '../shared/submitOf';
import { foldText } from '../shared/typedAnswer';
import { aanmeldingMessages as msg, fieldMessages, screeningTarget, werkprocessenTarget } from './messages.nl';
import type { FieldText } from './fieldMessages.nl';
import type { EditTarget } from './questions';
import { ReviewSubmit } from './submits';

/** `onthouden`: the verwijzer ticked "remember my details" (only asked after "vergeet"). */
export type ReviewChoice =
  { kind: 'versturen'; onthouden: boolean } | { kind: 'concept' } | { kind: 'wijzig'; target: EditTarget };

// Sending stays explicit: only words that say "send", never a bare "ja" or "klopt".
const SEND = new Set([
  'versturen',
  'verstuur',
  'verstuur maar',
  'verzenden',
  'verzend',
  'ja versturen',
  'klopt versturen',
]);
const KEEP = new Set(['concept', 'bewaren', 'bewaar', 'bewaren als concept', 'bewaar als concept', 'opslaan', 'later']);

/** At the review card: send, keep as concept, or change one part (button, list or "wijzig e-mail"). */
export function recognizeReview(activity: Activity, targets: readonly EditTarget[]): Recognized<ReviewChoice> {
  const submit = submitOf(activity);
  if (submit) return fromSubmit(submit, targets);
  if (activity.value != null) return retry(msg.invalid.unusable);
  const text = foldText(activity.text ?? '');
  if (SEND.has(text)) return { ok: true, value: { kind: 'versturen', onthouden: false } };
  if (KEEP.has(text)) return { ok: true, value: { kind: 'concept' } };
  const verb = EDIT_VERB.exec(text);
  const wanted = verb ? (verb[1] ?? '') : text;
  const found = wanted ? targetsNamed(wanted, targets) : [];
  if (found.length === 1) return { ok: true, value: { kind: 'wijzig', target: found[0]! } };
  if (found.length > 1) return retry(msg.review.whichOf(found.map(labelOf)));
  return retry(verb ? msg.review.whichField : msg.review.notUnderstood);
}

function fromSubmit(submit: Record<string, unknown>, targets: readonly EditTarget[]): Recognized<ReviewChoice> {
  const parsed = ReviewSubmit.safeParse(submit);
  if (!parsed.success) return retry(msg.invalid.unusable);
  const { actie, wijzig, onthouden } = parsed.data;
  if (actie === 'versturen') return { ok: true, value: { kind: actie, onthouden: String(onthouden) === 'true' } };
  if (actie !== 'wijzig') return { ok: true, value: { kind: actie } };
  const target = targets.find((t) => t === wijzig);
  return target ? { ok: true, value: { kind: 'wijzig', target } } : retry(msg.review.whichField);
}

function textOf(target: EditTarget): FieldText {
  if (target === 'screening') return screeningTarget;
  return target === 'werkprocessen' ? werkprocessenTarget : fieldMessages[target];
}

export function labelOf(target: EditTarget): string {
  return textOf(target).label;
}

/**
 * By its number in the change list, exact name or alias; else the targets with a name that has the typed word (or
 * starts with it).
 */
export function targetsNamed(wanted: string, targets: readonly EditTarget[]): EditTarget[] {
  if (/^\d+$/.test(wanted)) {
    const target = targets[Number(wanted) - 1];
    return target ? [target] : [];
  }
  const names = (target: EditTarget) => {
    const text = textOf(target);
    return [text.label, ...(text.aliases ?? [])].map(foldText);
  };
  const exact = targets.filter((target) => names(target).includes(wanted));
  if (exact.length > 0) return exact;
  if (wanted.length < 3) return [];
  return targets.filter((target) =>
    names(target).some((name) => name.split(' ').some((word) => word.startsWith(wanted))),
  );
}

function retry(reply: string): Recognized<ReviewChoice> {
  return { ok: false, replies: [reply] };
}
