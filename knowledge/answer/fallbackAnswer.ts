import type { PromptSource } from './answerPrompt.nl';
import { msg } from './messages.nl';

/**
 * A short answer composed from the retrieved sources alone: the first sentence or two of
 * the best sources, each cited. Used without a language model and whenever the model fails.
 */
const TOP_SOURCES = 3;
const MAX_SNIPPET = 240;

/** The sentences of a text, whitespace tidied. */
export function sentencesOf(text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return [];
  return (clean.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? [clean]).map((s) => s.trim());
}

export function firstSentences(text: string, maxChars = MAX_SNIPPET): string {
  const sentences = sentencesOf(text);
  let out = '';
  for (const sentence of sentences) {
    const next = (out + ' ' + sentence.trim()).trim();
    if (out !== '' && next.length > maxChars) break;
    out = next;
  }
  return out.length > maxChars ? `${out.slice(0, maxChars - 1).trimEnd()}…` : out;
}

export function fallbackAnswer(sources: readonly PromptSource[]): { text: string; citations: string[] } {
  const top = sources.slice(0, TOP_SOURCES);
  if (top.length === 0) return { text: msg.geenBronnen, citations: [] };
  const lines = top.map((s) => msg.bronRegel(s.titel, firstSentences(s.tekst)));
  return { text: [msg.uitDeKennisbank, ...lines].join('\n'), citations: top.map((s) => s.id) };
}
