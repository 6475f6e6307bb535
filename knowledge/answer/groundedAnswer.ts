/**
 * Answers a free question from retrieved knowledge entries, with the ids it cites.
 *
 * With a model: the question is redacted first, then sent with the numbered sources and a
 * fixed system prompt (plain Dutch, only from the sources, say so when they do not answer,
 * no advice about a specific client). The reply is validated with zod; citations that are
 * not among the given sources are dropped, so a model (or a question that tries to instruct
 * it) can never add a source. Without a model, or when the model fails or replies invalidly,
 * the answer is composed from the top sources (mode 'zoeken'). The model has no tools: its
 * reply is only text for a card.
 */
import {
  ANSWER_NAME,
  ANSWER_SYSTEM_PROMPT,
  MAX_ANSWER_CHARS,
  MAX_SOURCES,
  ModelAnswer,
  answerUserMessage,
  type PromptSource,
} from './answerPrompt.nl';
import { renumberMarkers } from './citationMarkers';
import { fallbackAnswer } from './fallbackAnswer';
import type { Redactor, StructuredChat } from './ports';

export type KnowledgeSource = PromptSource;
export type AnswerInput = { question: string; sources: readonly KnowledgeSource[] };
/** In mode 'llm' the text carries markers [1]..[n] for `citations`, in that order. */
export type GroundedAnswer = { text: string; citations: string[]; mode: 'llm' | 'zoeken' };

const MAX_QUESTION_CHARS = 1000;
const PLACEHOLDER = /\[[A-Z]+_\d+\]/g;

/** Without a model: retrieval only. With a model, a redactor is required (nothing personal leaves). */
export function answerQuestion(input: AnswerInput): Promise<GroundedAnswer>;
export function answerQuestion(
  input: AnswerInput,
  chat: StructuredChat | undefined,
  redact: Redactor,
): Promise<GroundedAnswer>;
export async function answerQuestion(
  input: AnswerInput,
  chat?: StructuredChat,
  redact?: Redactor,
): Promise<GroundedAnswer> {
  const sources = input.sources.slice(0, MAX_SOURCES);
  if (chat && redact && sources.length > 0 && input.question.trim() !== '') {
    const answer = await askModel(input.question, sources, chat, redact);
    if (answer) return answer;
  }
  return { ...fallbackAnswer(sources), mode: 'zoeken' };
}

async function askModel(
  question: string,
  sources: readonly KnowledgeSource[],
  chat: StructuredChat,
  redact: Redactor,
): Promise<GroundedAnswer | undefined> {
  const redacted = redact(question.slice(0, MAX_QUESTION_CHARS));
  try {
    const reply = ModelAnswer.parse(
      await chat({
        system: ANSWER_SYSTEM_PROMPT,
        user: answerUserMessage(redacted.text, sources),
        schema: ModelAnswer,
        name: ANSWER_NAME,
      }),
    );
    const text = clipAnswer(redacted.restore(reply.antwoord).replace(PLACEHOLDER, '').trim());
    if (text.replace(/\[\d{1,2}\]/g, '').trim() === '') return undefined;
    const ids = sources.map((s) => s.id);
    return { ...renumberMarkers(text, ids, knownCitations(reply.bronnen, sources)), mode: 'llm' };
  } catch {
    return undefined; // the port logged the failure; retrieval alone still answers
  }
}

/** Shortens an over-long answer at the last sentence end before the limit (line breaks kept). */
export function clipAnswer(text: string, max = MAX_ANSWER_CHARS): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('.\n'), head.lastIndexOf('? '), head.lastIndexOf('! '));
  return end > max / 2 ? head.slice(0, end + 1) : `${head.slice(0, max - 1).trimEnd()}…`;
}

/** Keeps cited ids that are among the sources ("3" or "[3]" means the third source), in order, once. */
export function knownCitations(cited: readonly string[], sources: readonly KnowledgeSource[]): string[] {
  const ids = sources.map((s) => s.id);
  const resolved = cited.map((c) => {
    const numbered = /^\[?(\d{1,2})\]?$/.exec(c.trim());
    return numbered ? ids[Number(numbered[1]) - 1] : c.trim();
  });
  return [...new Set(resolved.filter((id): id is string => id !== undefined && ids.includes(id)))];
}
