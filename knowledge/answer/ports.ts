import type { z } from 'zod';

/**
 * What grounded answering needs from outside. Declared here (not imported from intake) so
 * knowledge and intake stay independent; the shapes match intake/prefill's on purpose, so
 * bot/ passes the same implementations to both.
 */

/** A language model with structured output; validates its output with `schema` and throws on failure. */
export type StructuredChat = <T>(request: {
  system: string;
  user: string;
  schema: z.ZodType<T>;
  name: string;
}) => Promise<T>;

/** Removes personal data before text leaves the process; `restore` puts it back locally. */
export type Redactor = (text: string) => { text: string; restore(s: string): string };
