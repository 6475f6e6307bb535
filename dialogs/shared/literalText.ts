import type { CardElement } from './adaptiveCard';

/**
 * Text that someone typed (names, remarks, the team's question) shown exactly as typed.
 * A TextBlock reads Markdown, so "[klik hier](https://…)" in a remark would become a link
 * on the intake team's card; a TextRun inside a RichTextBlock is never read as Markdown.
 */
export function literalText(text: string, style: CardElement = {}): CardElement {
  return { type: 'RichTextBlock', inlines: [textRun(text)], ...style };
}

/** One "Label: value" line; the label is ours, the value is shown literally. */
export function literalFact(label: string, value: string): CardElement {
  return {
    type: 'RichTextBlock',
    spacing: 'None',
    inlines: [textRun(`${label}: `, { weight: 'Bolder' }), textRun(value)],
  };
}

function textRun(text: string, style: CardElement = {}): CardElement {
  return { type: 'TextRun', text, ...style };
}
