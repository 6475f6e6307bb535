import type { StructuredChat } from '../../intake/prefill/ports';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createStructuredChat } from './chatModel';

/** The model port when OPENAI_API_KEY is set; undefined means every flow uses its fallback. */
export function structuredChatFromConfig(config: Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_MODEL' | 'OPENAI_BASE_URL'>, log: Logger): StructuredChat | undefined {
  if (!config.OPENAI_API_KEY) return undefined;
  // 8 s: a chat turn must answer well within Teams' ~15 s, fallback included.
  return createStructuredChat({ apiKey: config.OPENAI_API_KEY, model: config.OPENAI_MODEL, baseURL: config.OPENAI_BASE_URL, timeoutMs: 8_000 }, log);
}
