import type { CardElement } from './adaptiveCard';

/**
 * Text that someone typed (names, remarks, the team's question) shown exactly as typed.
 * A TextBlock reads Markdown, so "[klik hier](https://…)" in a remark would become a link
 * on the intake team's card; a TextRun inside a RichTextBlock is never read as Markdown.
 */
export function literalText(text: string, style: CardElement = {}): CardElement {
  const { block, run } = splitStyle(style);
  return { type: 'RichTextBlock', inlines: [textRun(text, run)], ...block };
}

/** A RichTextBlock has no weight, size, colour or subtlety of its own: those belong to its runs. */
const RUN_STYLES = new Set(['weight', 'size', 'color', 'isSubtle', 'italic', 'fontType']);

function splitStyle(style: CardElement): { block: CardElement; run: CardElement } {
  const entries = Object.entries(style);
  return {
    block: Object.fromEntries(entries.filter(([key]) => !RUN_STYLES.has(key))),
    run: Object.fromEntries(entries.filter(([key]) => RUN_STYLES.has(key))),
  };
}

/** One "Label: value" line (or "Label · value"); the label is ours, the value is shown literally. */
export function literalFact(label: string, value: string, separator = ': ', style: CardElement = { spacing: 'None' }) {
  return {
    type: 'RichTextBlock',
    ...style,
    inlines: [textRun(`${label}${separator}`, { weight: 'Bolder' }), textRun(value)],
  } satisfies CardElement;
}

function textRun(text: string, style: CardElement = {}): CardElement {
  return { type: 'TextRun', text, ...style };
}
