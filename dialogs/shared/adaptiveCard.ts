/** Adaptive Card 1.5 JSON (what Teams renders), built by pure card functions. */
export type CardElement = Record<string, unknown>;

export interface AdaptiveCard extends CardElement {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions: CardElement[];
}

export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

export function adaptiveCard(body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: ADAPTIVE_CARD_SCHEMA, version: '1.5', body, actions };
}

export function textBlock(text: string, style: CardElement = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...style };
}

/** Adaptive Card container styles that say something: a tinted background drawn by the host. */
export type Tone = 'good' | 'warning' | 'attention' | 'accent' | 'emphasis';

/**
 * A text that must stand out (a warning, a status): a container in the tone's style with the
 * host's own text colour, readable in light and dark themes. Coloured text is not: Teams'
 * "warning" yellow on white is about 1.6:1, "good" green 2.1:1 (issue 14 asks 4.5:1).
 */
export function callout(text: string, tone: Tone, style: CardElement = {}): CardElement {
  const { spacing, separator, ...textStyle } = style;
  return {
    type: 'Container',
    style: tone,
    items: [textBlock(text, textStyle)],
    ...(spacing ? { spacing } : {}),
    ...(separator ? { separator } : {}),
  };
}

/** `data` is merged with the card's input values into the submit's `activity.value`. */
/** Buttons inside the body (next to the content they act on), not at the card's foot. */
export function actionSet(actions: CardElement[]): CardElement {
  return { type: 'ActionSet', actions };
}

export function submitAction(title: string, data?: Record<string, unknown>, style: CardElement = {}): CardElement {
  return { type: 'Action.Submit', title, ...(data ? { data } : {}), ...style };
}

/**
 * An answered card as a record: the question and the answer, no inputs, no buttons.
 * It replaces the card in the chat once the answer is taken.
 */
export function recordCard(title: string, facts: readonly (readonly [string, string])[]): AdaptiveCard {
  return adaptiveCard([
    textBlock(title, { weight: 'Bolder' }),
    { type: 'FactSet', facts: facts.map(([factTitle, value]) => ({ title: factTitle, value })) },
  ]);
}

/**
 * A card that depends only on its key (a question and its place, a fixed menu) is built once
 * and shared by every turn that shows it, instead of being rebuilt per turn. Frozen, so a
 * shared card can never be changed by one conversation for another.
 */
export function cachedCards<A extends unknown[]>(
  keyOf: (...args: A) => string,
  build: (...args: A) => AdaptiveCard,
): (...args: A) => AdaptiveCard {
  const cards = new Map<string, AdaptiveCard>();
  return (...args: A) => {
    const key = keyOf(...args);
    let card = cards.get(key);
    if (!card) {
      card = deepFreeze(build(...args));
      cards.set(key, card);
    }
    return card;
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
