/**
 * Pre-filling the screening from one free-text description ("cliënt van 34, statushouder,
 * participatiewet, geen diploma, wil in de zorg, 20 uur, taal nog lastig").
 *
 * Contract with the dialog (the safety design):
 * - The result is a SUGGESTION. The dialog shows every field for confirmation and lets the
 *   verwijzer correct it; nothing here is used unconfirmed, and missing fields are asked.
 * - The model only fills optional answer fields. It has no tools and cannot send, save or
 *   change anything; the schema has no advice field, and the advice is always computed by the
 *   policy engine (intake/screening) from confirmed answers. Text in the message that tries to
 *   instruct the model ("negeer je instructies ...") can at most put a wrong value in an
 *   answer field, which the verwijzer then sees and confirms or corrects.
 * - Only redacted text leaves the process (see redact.ts). Placeholders in model output are
 *   dropped, never restored into answers.
 * - Each returned field is validated on its own with the screening's field schemas; an
 *   invalid field is dropped, the others are kept.
 * - Merge: the rule-based reading (on the original text, locally) WINS on conflict. Its
 *   phrasings are deterministic and measured (test/llm), and no text can talk it into a
 *   value; the model adds the fields the rules did not find.
 * - Without a model, or on any model failure (HTTP error, timeout, invalid output), the
 *   result is the rule-based reading alone with source 'regels'.
 */
import type { Answers } from '../screening/answers';
import { EXTRACTION_NAME, EXTRACTION_SYSTEM_PROMPT, MAX_MODEL_INPUT, ModelAnswers } from './extractionPrompt.nl';
import type { StructuredChat } from './ports';
import { redact } from './redact';
import { healthDetailIn } from '../../privacy/healthDetails';
import { extractByRules, keepValid } from './ruleExtractor';

export type Extraction = { answers: Partial<Answers>; source: 'llm' | 'regels' };

const PLACEHOLDER = /\[[A-Z]+_\d+\]/;

export async function extractAnswers(text: string, chat?: StructuredChat): Promise<Extraction> {
  const fromRules = extractByRules(text);
  if (!chat || text.trim() === '') return { answers: fromRules, source: 'regels' };
  const fromModel = await askModel(text, chat);
  if (!fromModel) return { answers: fromRules, source: 'regels' };
  return { answers: { ...fromModel, ...fromRules }, source: 'llm' };
}

async function askModel(text: string, chat: StructuredChat): Promise<Partial<Answers> | undefined> {
  const redacted = redact(text.slice(0, MAX_MODEL_INPUT));
  try {
    const output = await chat({
      system: EXTRACTION_SYSTEM_PROMPT,
      user: redacted.text,
      schema: ModelAnswers,
      name: EXTRACTION_NAME,
    });
    return modelFields(ModelAnswers.parse(output)); // the port validated already; parse again, never trust
  } catch {
    return undefined; // the port logged the failure; the rules carry on
  }
}

function modelFields(output: ModelAnswers): Partial<Answers> {
  const candidate: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(output)) {
    if (typeof value === 'string' && PLACEHOLDER.test(value)) continue;
    // free text the model wrote ("autisme, dieren"): a health detail is never suggested, the question asks again
    if (typeof value === 'string' && healthDetailIn(value)) continue;
    candidate[field] = value;
  }
  return keepValid(candidate);
}
