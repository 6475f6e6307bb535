import type { StructuredChat } from '../../intake/prefill/ports';
import type { Config } from '../config';
import type { Logger } from '../logger';

/**
 * The model port when OPENAI_API_KEY is set; undefined means every flow uses its fallback.
 * langchain is loaded on the first call, so a bot without a key never pays for it at start-up.
 */
export function structuredChatFromConfig(
  config: Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_MODEL' | 'OPENAI_BASE_URL'>,
  log: Logger,
): StructuredChat | undefined {
  const apiKey = config.OPENAI_API_KEY;
  if (!apiKey) return undefined;
  let chat: Promise<StructuredChat> | undefined;
  const load = () =>
    (chat ??= import('./chatModel').then(({ createStructuredChat }) =>
      // 8 s: a chat turn must answer well within Teams' ~15 s, fallback included.
      createStructuredChat(
        { apiKey, model: config.OPENAI_MODEL, baseURL: config.OPENAI_BASE_URL, timeoutMs: 8_000 },
        log,
      ),
    ));
  return async (request) => (await load())(request);
}
