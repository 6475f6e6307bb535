/**
 * The StructuredChat port implemented with langchain's ChatOpenAI (OpenAI, Azure OpenAI's
 * v1 endpoint or any compatible server via baseURL). Structured output goes through a forced
 * tool call (`withStructuredOutput`, method functionCalling: the most widely supported form);
 * the tool arguments are then validated with the caller's zod schema here, whatever
 * langchain parsed. Logs event names, token counts and timings only, never text.
 */
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { AIMessage } from '@langchain/core/messages';
import { ChatOpenAI } from '@langchain/openai';
import type { StructuredChat, StructuredChatRequest } from '../../intake/prefill/ports';
import type { Logger } from '../logger';

export type LlmConfig = {
  apiKey: string;
  model: string;
  baseURL?: string;
  /** Budget for one call including its retry (default 12 s). */
  timeoutMs?: number;
  /** Retries after a failed attempt (default 1); 4xx other than 429 are never retried. */
  maxRetries?: number;
};

export type LlmErrorCode = 'LLM_UNAVAILABLE' | 'LLM_INVALID_OUTPUT';

/** Thrown by the port; carries a code and the HTTP status, never model or user text. */
export class LlmCallError extends Error {
  constructor(
    readonly code: LlmErrorCode,
    readonly status?: number,
  ) {
    super(code);
    this.name = 'LlmCallError';
  }
}

export const DEFAULT_TIMEOUT_MS = 12_000;
export const DEFAULT_MAX_RETRIES = 1;

export function createStructuredChat(config: LlmConfig, log: Logger): StructuredChat {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const model = new ChatOpenAI({
    model: config.model,
    apiKey: config.apiKey,
    configuration: config.baseURL ? { baseURL: config.baseURL } : undefined,
    timeout: timeoutMs,
    maxRetries: config.maxRetries ?? DEFAULT_MAX_RETRIES,
    // Reasoning models reject a temperature; the classic chat models get a steady 0.
    temperature: /^gpt-(?:4|3\.5)/.test(config.model) ? 0 : undefined,
  });
  return <T>(request: StructuredChatRequest<T>) => call(model, request, timeoutMs, log);
}

async function call<T>(
  model: ChatOpenAI,
  request: StructuredChatRequest<T>,
  timeoutMs: number,
  log: Logger,
): Promise<T> {
  const started = Date.now();
  const structured = model.withStructuredOutput(request.schema as never, {
    name: request.name,
    method: 'functionCalling',
    includeRaw: true,
  });
  let result: { raw: unknown; parsed: unknown };
  try {
    result = await structured.invoke([new SystemMessage(request.system), new HumanMessage(request.user)], {
      signal: AbortSignal.timeout(timeoutMs), // one budget for the attempt and its retry
    });
  } catch (error) {
    const status = statusOf(error);
    log.warn({
      event: 'llm.failed',
      name: request.name,
      reason: reasonOf(error, status),
      status,
      ms: Date.now() - started,
    });
    throw new LlmCallError('LLM_UNAVAILABLE', status);
  }
  const raw = result.raw as AIMessage;
  const usage = raw.usage_metadata;
  log.info({
    event: 'llm.call',
    name: request.name,
    promptTokens: usage?.input_tokens,
    completionTokens: usage?.output_tokens,
    ms: Date.now() - started,
  });
  const parsed = request.schema.safeParse(raw.tool_calls?.[0]?.args ?? result.parsed);
  if (!parsed.success) {
    log.warn({ event: 'llm.invalid_output', name: request.name, issues: parsed.error.issues.length });
    throw new LlmCallError('LLM_INVALID_OUTPUT');
  }
  return parsed.data;
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

function reasonOf(error: unknown, status: number | undefined): 'http' | 'timeout' | 'network' {
  if (status !== undefined) return 'http';
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network';
}
