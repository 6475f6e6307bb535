import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startFromEnv } from '../../bot/startup';

/** Start-up in-process, as bot/main.ts does it; test/bot/build.test.ts spawns the built entry once. */
function collectLogs(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe('process start-up', () => {
  it('stops with one clear line per bad variable, without a stack trace', async () => {
    const started = await startFromEnv({ PORT: 'x', LOG_LEVEL: 'loud' });
    expect(started.ok).toBe(false);
    const message = started.ok ? '' : started.message;
    expect(message).toContain('PORT: ');
    expect(message).toContain('LOG_LEVEL: ');
    expect(message).toContain('See .env.example');
    expect(message).not.toMatch(/\n\s+at /);
  });

  it.each([
    [{ MicrosoftAppPassword: 'geheim-wachtwoord' }, 'MicrosoftAppPassword'],
    [{ MICROSOFT_APP_ID: '0b5c2d7e-3f41-4a8e-9c55-1d2e3f4a5b6c' }, 'MICROSOFT_APP_ID'],
  ])('never starts unauthenticated by accident: %o stops the start', async (env, variable) => {
    const started = await startFromEnv({ PORT: '0', ...env }, collectLogs().stream);
    if (started.ok) await started.app.stop();
    expect(started.ok).toBe(false);
    const message = started.ok ? '' : started.message;
    expect(message).toContain(`${variable}: `);
    expect(message).not.toContain('geheim-wachtwoord');
  });

  it.each([
    ['a policy file out of range', 'POLICY_FILE', 'policy.json', '{"minimumLeeftijd": 40}', 'minimumLeeftijd'],
    ['a broken imported dossier', 'KNOWLEDGE_DIR', 'dossier-1.json', '{"naam": 1}', 'dossier-1.json'],
    [
      'an intake teams file without ids',
      'INTAKE_TEAMS_FILE',
      'teams.json',
      '[{"naam": "West", "kanaal": "teams"}]',
      'id',
    ],
  ])('stops at start-up on %s, naming the file and field', async (_name, variable, file, content, expected) => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-'));
    writeFileSync(join(dir, file), content);
    const value = variable === 'KNOWLEDGE_DIR' ? dir : join(dir, file);
    const started = await startFromEnv({ [variable]: value, DATA_DIR: dir, PORT: '0' }, collectLogs().stream);
    expect(started.ok).toBe(false);
    const message = started.ok ? '' : started.message;
    expect(message).toMatch(/^Start-up failed: /);
    expect(message).toContain(expected);
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('serves /healthz on a free port and stops gracefully', async () => {
    const logs = collectLogs();
    const started = await startFromEnv(
      { PORT: '0', LOG_LEVEL: 'info', DATA_DIR: mkdtempSync(join(tmpdir(), 'data-')) },
      logs.stream,
    );
    if (!started.ok) throw new Error(started.message);
    try {
      expect(started.app.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(logs.lines.join('')).toContain('startup.listening');
      const health = await fetch(`${started.app.server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', storage: 'memory', llm: 'off' });
    } finally {
      await started.app.stop();
    }
  });

  it('has one readable line on how to talk to the bot', async () => {
    const started = await startFromEnv(
      { PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'data-')) },
      collectLogs().stream,
    );
    if (!started.ok) throw new Error(started.message);
    try {
      expect(started.hint.trim().split('\n')).toHaveLength(1);
      expect(started.hint).toContain('npm run chat');
      expect(started.hint).toContain('npm run playground');
      expect(started.hint).toContain(`${started.app.server.url}/api/messages`);
    } finally {
      await started.app.stop();
    }
  });

  it('says clearly that the port is busy, with exit code 2 and no stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const started = await startFromEnv(
        { PORT: String(port), DATA_DIR: mkdtempSync(join(tmpdir(), 'data-')) },
        collectLogs().stream,
      );
      expect(started.ok).toBe(false);
      if (started.ok) return;
      expect(started.exitCode).toBe(2);
      expect(started.message).toContain(`Poort ${port} is al in gebruik`);
      expect(started.message).toContain(`PORT=${port + 1} npm start`);
      expect(started.message).not.toContain('EADDRINUSE');
      expect(started.message).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });
});
