import type { Activity } from '../sdk';
import { TYPED_SUBMIT_KEY } from '../flows';

/**
 * The data of an Adaptive Card Action.Submit (input ids as keys), or undefined when the
 * activity is typed text. Only plain objects count: anything else is not a card submit.
 */
export function submitOf(activity: Partial<Activity>): Record<string, unknown> | undefined {
  const value: unknown = activity.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return value as Record<string, unknown>;
}

/** A card button that stands for typed text (e.g. "meer" at the menu): `{ "typ": "meer" }`. */
export function typedSubmitOf(activity: Partial<Activity>): string | undefined {
  return typedOf(submitOf(activity));
}

/** The same, from a submit already read with `submitOf`. */
export function typedOf(submit: Record<string, unknown> | undefined): string | undefined {
  const typed = submit?.[TYPED_SUBMIT_KEY];
  return typeof typed === 'string' ? typed.trim() : undefined;
}
