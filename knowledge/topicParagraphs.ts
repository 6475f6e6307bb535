import type { Onderwerp } from './model';
import { foldAccents, tokenize } from './search/normalize';

/**
 * A topic's paragraphs in the order that answers this question: a paragraph the topic puts
 * `voorop` for a word the question names comes first ("wat kost het de werkgever": what the
 * employer pays, not what the mbo gets); the others keep their order.
 */
export function topicParagraphs(o: Onderwerp, question = ''): readonly string[] {
  const words = new Set(tokenize(question));
  const lead = o.voorop?.find((v) => v.woorden.some((w) => words.has(foldAccents(w))));
  const first = lead ? o.tekst[lead.alinea] : undefined;
  return first === undefined ? o.tekst : [first, ...o.tekst.filter((_, i) => i !== lead?.alinea)];
}
