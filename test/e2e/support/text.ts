/**
 * Card and message texts are written in Teams markdown; the page shows them rendered.
 * `visible` turns an expected text from a messages.nl.ts file into what the page shows
 * (no ** markers, whitespace collapsed), so scenarios can compare with the bot's own words.
 */
export function visible(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}

/** Markup or programming artefacts that must never reach the verwijzer's screen. */
const NOT_READABLE = [/\*\*/, /\\n/, /\bundefined\b/, /\bnull\b/, /\[object Object\]/, /\$\{/, /\bNaN\b/];

/** The artefacts found in a visible text; empty when the text reads cleanly. */
export function unreadableParts(text: string): string[] {
  return NOT_READABLE.filter((pattern) => pattern.test(text)).map((pattern) => `${pattern} in "${text.slice(0, 160)}"`);
}

/** File-name safe, ASCII, for screenshot folders and files. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'step'
  );
}
