import type { z } from 'zod';

/**
 * The one thing intake needs from a language model: a system and a user message in, an object
 * that matches `schema` out. `bot/llm/chatModel.ts` implements it with langchain; tests and
 * offline runs simply pass no port. Implementations validate the output with `schema` before
 * returning it and throw on anything else (HTTP error, timeout, invalid output).
 */
export type StructuredChatRequest<T> = {
  /** Fixed instructions; never contains user text. */
  system: string;
  /** The (already redacted) user text. */
  user: string;
  schema: z.ZodType<T>;
  /** Short name of the output, e.g. 'screening_antwoorden'; logged, sent as the tool name. */
  name: string;
};

export type StructuredChat = <T>(request: StructuredChatRequest<T>) => Promise<T>;
