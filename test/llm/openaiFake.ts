import nock from 'nock';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../bot/logger';

/**
 * Recorded-shape OpenAI chat completion replies for nock, and a log capture. The port forces
 * a tool call, so a structured answer arrives as `tool_calls[0].function.arguments` (a JSON
 * string) with `usage` counts, as the Chat Completions API returns it.
 */
export const OPENAI = 'https://api.openai.com';
export const COMPLETIONS = '/v1/chat/completions';

export function toolCallCompletion(
  name: string,
  args: string | object,
  usage = { prompt_tokens: 412, completion_tokens: 57 },
) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_760_000_000,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [
      {
        index: 0,
        finish_reason: 'stop',
        logprobs: null,
        message: {
          role: 'assistant',
          content: null,
          refusal: null,
          tool_calls: [
            {
              id: 'call_test',
              type: 'function',
              function: { name, arguments: typeof args === 'string' ? args : JSON.stringify(args) },
            },
          ],
        },
      },
    ],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    system_fingerprint: 'fp_test',
  };
}

export function textCompletion(content: string) {
  const reply = toolCallCompletion('unused', {});
  return {
    ...reply,
    choices: [
      { index: 0, finish_reason: 'stop', logprobs: null, message: { role: 'assistant', content, refusal: null } },
    ],
  };
}

export type RequestBody = {
  model: string;
  messages: { role: string; content: string }[];
  tools?: { type: string; function: { name: string; parameters: { properties: Record<string, unknown> } } }[];
  tool_choice?: unknown;
};

/** Replies once (or `times`) with `reply`; records every request body it saw. */
export function fakeOpenAi(
  status: number,
  reply: object,
  options: { times?: number; delayMs?: number; base?: string } = {},
) {
  const bodies: RequestBody[] = [];
  const scope = nock(options.base ?? OPENAI)
    .post(options.base ? /chat\/completions$/ : COMPLETIONS)
    .times(options.times ?? 1)
    .delay(options.delayMs ?? 0)
    .reply(status, (_uri, body) => {
      bodies.push(body as RequestBody);
      return reply;
    });
  return { scope, bodies };
}

export const errorBody = (message: string, code: string) => ({ error: { message, type: 'error', param: null, code } });

export function captureLog(): { log: Logger; lines: () => Record<string, unknown>[]; raw: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const log = createLogger('info', stream);
  return {
    log,
    raw: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
