import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import nock from 'nock';
import { afterAll, beforeAll } from 'vitest';
import { parseConfig, type Config } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { startApp, type App, type AppOverrides } from '../../bot/app';

/** Captures log lines so tests can assert on what was (not) logged. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.lines.push(...chunk.toString().split('\n').filter(Boolean));
    done();
  }
}

export interface TestApp extends App {
  url: string;
  logs: LogCapture;
  config: Config;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: unknown }>;
}

/** Starts the real server (restify + CloudAdapter) on a free loopback port. */
export async function startTestApp(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<TestApp> {
  const config = parseConfig({
    PORT: '0',
    LOG_LEVEL: 'info',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'pvbot-data-')),
    DELIVERY_POLL_MS: '100',
    RATE_LIMIT_PER_MINUTE: '1000',
    ...env,
  });
  const logs = new LogCapture();
  const app = await startApp(config, createLogger(config.LOG_LEVEL, logs), overrides);
  const url = app.server.url;
  return {
    ...app,
    url,
    logs,
    config,
    async post(body, headers = {}) {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = text;
      }
      return { status: res.status, json };
    },
  };
}

/**
 * The usual HTTP test set-up: outbound network off (loopback allowed), one app for the file's
 * tests, stopped afterwards. `use` receives the started app.
 */
export function withTestApp(use: (app: TestApp) => void, env: Record<string, string> = {}, overrides?: AppOverrides) {
  let app: TestApp | undefined;
  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    app = await startTestApp(env, overrides);
    use(app);
  });
  afterAll(async () => {
    await app?.stop();
    nock.enableNetConnect();
  });
}
