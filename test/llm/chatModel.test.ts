import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LlmCallError, createStructuredChat } from '../../bot/llm/chatModel';
import { structuredChatFromConfig } from '../../bot/llm/llmFromConfig';
import { captureLog, errorBody, fakeOpenAi, textCompletion, toolCallCompletion } from './openaiFake';

const Schema = z.object({
  leeftijd: z.number().int().nullable(),
  situatie: z.enum(['werkzoekend', 'werkend']).nullable(),
});
const request = {
  system: 'Vaste instructie.',
  user: 'Cliënt van 34, werkzoekend.',
  schema: Schema,
  name: 'test_uitvoer',
};

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => nock.cleanAll());

const chatWith = (log = captureLog().log, timeoutMs = 3_000, maxRetries = 1) =>
  createStructuredChat({ apiKey: 'sk-test', model: 'gpt-4o-mini', timeoutMs, maxRetries }, log);

describe('createStructuredChat', () => {
  it('forces one tool call with the schema and returns the validated arguments', async () => {
    const { scope, bodies } = fakeOpenAi(
      200,
      toolCallCompletion('test_uitvoer', { leeftijd: 34, situatie: 'werkzoekend' }),
    );
    await expect(chatWith()(request)).resolves.toEqual({ leeftijd: 34, situatie: 'werkzoekend' });
    expect(scope.isDone()).toBe(true);
    const body = bodies[0]!;
    expect(body.model).toBe('gpt-4o-mini');
    expect(body.messages).toEqual([
      { role: 'system', content: 'Vaste instructie.' },
      { role: 'user', content: 'Cliënt van 34, werkzoekend.' },
    ]);
    expect(body.tools).toHaveLength(1);
    expect(body.tools![0]!.function.name).toBe('test_uitvoer');
    expect(Object.keys(body.tools![0]!.function.parameters.properties)).toEqual(['leeftijd', 'situatie']);
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'test_uitvoer' } });
  });

  it('logs token counts and timing, never the prompt or the reply', async () => {
    const capture = captureLog();
    fakeOpenAi(
      200,
      toolCallCompletion(
        'test_uitvoer',
        { leeftijd: 34, situatie: 'werkzoekend' },
        { prompt_tokens: 321, completion_tokens: 12 },
      ),
    );
    await chatWith(capture.log)(request);
    const call = capture.lines().find((l) => l.event === 'llm.call');
    expect(call).toMatchObject({ event: 'llm.call', name: 'test_uitvoer', promptTokens: 321, completionTokens: 12 });
    expect(typeof call!.ms).toBe('number');
    // Without the clock fields: a timestamp or duration may contain "34" by chance.
    const logged = JSON.stringify(capture.lines().map(({ time: _time, ms: _ms, ...rest }) => rest));
    expect(logged).not.toMatch(/Cliënt|werkzoekend|Vaste instructie|34/);
  });

  it('uses OPENAI_BASE_URL for Azure OpenAI or a compatible server', async () => {
    const base = 'https://llm.example.test/openai/v1';
    const { scope } = fakeOpenAi(200, toolCallCompletion('test_uitvoer', { leeftijd: null, situatie: 'werkend' }), {
      base: 'https://llm.example.test',
    });
    const chat = structuredChatFromConfig(
      { OPENAI_API_KEY: 'sk-test', OPENAI_MODEL: 'gpt-4o-mini', OPENAI_BASE_URL: base },
      captureLog().log,
    );
    await expect(chat!(request)).resolves.toEqual({ leeftijd: null, situatie: 'werkend' });
    expect(scope.isDone()).toBe(true);
  });

  it('is off without OPENAI_API_KEY', () => {
    expect(
      structuredChatFromConfig(
        { OPENAI_API_KEY: undefined, OPENAI_MODEL: 'gpt-4o-mini', OPENAI_BASE_URL: undefined },
        captureLog().log,
      ),
    ).toBeUndefined();
  });

  it.each([
    ['401 bad key', 401, errorBody('Incorrect API key provided', 'invalid_api_key')],
    ['429 rate limit', 429, errorBody('Rate limit reached', 'rate_limit_exceeded')],
    ['500 server error', 500, errorBody('The server had an error', 'server_error')],
  ])('throws LLM_UNAVAILABLE with the status on %s and logs no text', async (_label, status, body) => {
    const capture = captureLog();
    fakeOpenAi(status, body, { times: 2 });
    const error = await chatWith(capture.log)(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmCallError);
    expect(error).toMatchObject({ code: 'LLM_UNAVAILABLE', status });
    expect(capture.lines().find((l) => l.event === 'llm.failed')).toMatchObject({ reason: 'http', status });
    expect(capture.raw()).not.toMatch(/Cliënt|API key/);
  });

  it('retries a 500 once, not more (bounded retries)', async () => {
    const { bodies } = fakeOpenAi(500, errorBody('The server had an error', 'server_error'), { times: 5 });
    await expect(chatWith()(request)).rejects.toBeInstanceOf(LlmCallError);
    expect(bodies).toHaveLength(2);
  });

  it('does not retry a 401', async () => {
    const { bodies } = fakeOpenAi(401, errorBody('Incorrect API key provided', 'invalid_api_key'), { times: 3 });
    await expect(chatWith()(request)).rejects.toBeInstanceOf(LlmCallError);
    expect(bodies).toHaveLength(1);
  });

  it('gives up within the time budget when the server is slow', async () => {
    const capture = captureLog();
    fakeOpenAi(200, toolCallCompletion('test_uitvoer', { leeftijd: 34, situatie: null }), { times: 3, delayMs: 5_000 });
    const started = Date.now();
    await expect(chatWith(capture.log, 300)(request)).rejects.toMatchObject({ code: 'LLM_UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(capture.lines().find((l) => l.event === 'llm.failed')).toMatchObject({ reason: 'timeout' });
  });

  it.each([
    ['malformed JSON arguments', toolCallCompletion('test_uitvoer', '{"leeftijd": 34, "situatie": ')],
    ['plain text instead of a tool call', textCompletion('De cliënt is 34 jaar.')],
    [
      'a value outside the schema',
      toolCallCompletion('test_uitvoer', { leeftijd: 'vierendertig', situatie: 'gepensioneerd' }),
    ],
    ['a missing field', toolCallCompletion('test_uitvoer', { leeftijd: 34 })],
  ])('throws LLM_INVALID_OUTPUT on %s', async (_label, reply) => {
    const capture = captureLog();
    fakeOpenAi(200, reply);
    await expect(chatWith(capture.log)(request)).rejects.toMatchObject({ code: 'LLM_INVALID_OUTPUT' });
    expect(capture.raw()).not.toMatch(/vierendertig|gepensioneerd|De cliënt/);
  });
});
