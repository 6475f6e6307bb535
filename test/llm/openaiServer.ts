import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toolCallCompletion, type RequestBody } from './openaiFake';

/**
 * A tiny OpenAI-compatible server on a free loopback port (a real HTTP endpoint for
 * OPENAI_BASE_URL, as a local model server would be). It answers POST …/chat/completions
 * with a forced tool call: the arguments come from `replies` by the requested tool's name.
 * `mode` switches it to failing (500) or slow (answers after `delayMs`).
 */
export interface FakeOpenAiServer {
  baseURL: string;
  bodies: RequestBody[];
  mode: { fail: boolean; delayMs: number };
  close(): Promise<void>;
}

export async function startOpenAiServer(replies: Record<string, object>): Promise<FakeOpenAiServer> {
  const bodies: RequestBody[] = [];
  const mode = { fail: false, delayMs: 0 };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += String(chunk)));
    req.on('end', () => {
      const body = JSON.parse(raw || '{}') as RequestBody;
      bodies.push(body);
      const name = body.tools?.[0]?.function.name ?? 'unknown';
      const send = () => {
        const failing = mode.fail || !(name in replies);
        res.writeHead(failing ? 500 : 200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(
            failing
              ? { error: { message: 'unavailable', type: 'server_error' } }
              : toolCallCompletion(name, replies[name]!),
          ),
        );
      };
      setTimeout(send, mode.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    bodies,
    mode,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
