import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { TestAdapter, TurnContext } from 'botbuilder';
import { DialogContext, DialogContextError, DialogSet } from 'botbuilder-dialogs';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_REDIS_WAIT_MS,
  createRedisClient,
  isStorageUnavailable,
  pingRedis,
  waitForRedis,
} from '../../bot/storage/redisClient';
import { ETagConflictError, StorageUnavailableError, StorageValueInvalidError } from '../../bot/storage/storageErrors';
import { OwnRedisServer, SHARED_REDIS_URL, freePort } from './redisServer';

const clients: Redis[] = [];
function track(client: Redis): Redis {
  clients.push(client);
  return client;
}
afterEach(() => {
  clients.splice(0).forEach((c) => c.disconnect());
});

describe('createRedisClient', () => {
  it('accepts only redis:// and rediss:// URLs', () => {
    expect(() => createRedisClient('http://127.0.0.1:6379')).toThrow(/redis:\/\/ or rediss:\/\//);
    expect(() => createRedisClient('geen url')).toThrow(TypeError);
  });

  it('takes TLS, password and database from a rediss:// URL, and listens for errors', async () => {
    const port = await freePort();
    const client = track(createRedisClient(`rediss://:p%40ss@127.0.0.1:${port}/2`));
    expect(client.options).toMatchObject({ tls: true, password: 'p@ss', db: 2, port, host: '127.0.0.1' });
    expect(client.options).toMatchObject({ enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 2_000 });
    expect(client.listenerCount('error')).toBeGreaterThan(0);
  });

  it('keeps ioredis quiet about connection errors (no unhandled error event output)', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const onError = vi.fn();
    const client = track(
      createRedisClient(`redis://127.0.0.1:${await freePort()}`, { maxReconnectDelayMs: 50, onError }),
    );
    await new Promise((resolve) => setTimeout(resolve, 400)); // several failed reconnects
    expect(consoleError).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(client.status).not.toBe('end'); // still retrying
    consoleError.mockRestore();
  });
});

describe('waitForRedis and pingRedis', () => {
  it('resolves for a reachable Redis, and ping says true', async () => {
    const client = track(createRedisClient(SHARED_REDIS_URL));
    await waitForRedis(client, 5_000);
    expect(await pingRedis(client)).toBe(true);
  });

  it('rejects within the timeout naming host, port and the last error (default 8 s, inside the 10 s start-up budget)', async () => {
    expect(DEFAULT_REDIS_WAIT_MS).toBeLessThan(10_000);
    const port = await freePort();
    const client = track(createRedisClient(`redis://:geheim@127.0.0.1:${port}`));
    const start = performance.now();
    const error = await waitForRedis(client, 1_000).catch((e: unknown) => e);
    expect(performance.now() - start).toBeLessThan(1_300);
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect((error as Error).message).toMatch(
      new RegExp(`127\\.0\\.0\\.1:${port} not ready within 1000 ms; last error: .*ECONNREFUSED`),
    );
    expect((error as Error).message).not.toContain('geheim');
    expect(await pingRedis(client)).toBe(false);
  });

  it('ping answers false within its timeout when Redis hangs', async () => {
    const server = await OwnRedisServer.start();
    try {
      const client = track(createRedisClient(server.url));
      await waitForRedis(client, 5_000);
      server.freeze();
      const start = performance.now();
      expect(await pingRedis(client, 200)).toBe(false);
      expect(performance.now() - start).toBeLessThan(400);
    } finally {
      server.thaw();
      await server.kill();
    }
  });
});

describe('rediss:// against a TLS redis-server with a password', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redis-tls-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('connects with the URL password over TLS, and reports a wrong password clearly', async () => {
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    const openssl = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ]);
    expect(openssl.status).toBe(0);
    const server = await OwnRedisServer.start([
      '--tls-cert-file',
      cert,
      '--tls-key-file',
      key,
      '--tls-ca-cert-file',
      cert,
      '--tls-auth-clients',
      'no',
      '--requirepass',
      's3cret',
    ]);
    try {
      const tls = { ca: readFileSync(cert) };
      const client = track(createRedisClient(`rediss://:s3cret@127.0.0.1:${server.port}`, { tls }));
      await waitForRedis(client, 5_000);
      expect(await pingRedis(client)).toBe(true);

      const wrong = track(createRedisClient(`rediss://:fout@127.0.0.1:${server.port}`, { tls }));
      await expect(waitForRedis(wrong, 1_000)).rejects.toThrow(/WRONGPASS|NOAUTH/);
    } finally {
      await server.kill();
    }
  });
});

describe('isStorageUnavailable', () => {
  it('recognises the errors a real client gives while Redis is away', async () => {
    const client = track(createRedisClient(`redis://127.0.0.1:${await freePort()}`));
    const error = await client.get('x').catch((e: unknown) => e);
    expect(isStorageUnavailable(error)).toBe(true);
  });

  const connectionRefused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' });
  it.each([
    ['our StorageUnavailableError', new StorageUnavailableError('Redis read failed'), true],
    ['a socket error code', connectionRefused, true],
    ['a command timeout', new Error('Command timed out'), true],
    ['a loading server', new Error('LOADING Redis is loading the dataset in memory'), true],
    ['an error wrapping one as cause', new Error('turn failed', { cause: connectionRefused }), true],
    ['an eTag conflict', new ETagConflictError('k'), false],
    ['a damaged value', new StorageValueInvalidError('k', 'not JSON'), false],
    ['a wrong-type reply', new Error('WRONGTYPE Operation against a key holding the wrong kind of value'), false],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'x')"), false],
    ['not an error', 'ECONNREFUSED', false],
    ['nothing', undefined, false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isStorageUnavailable(error)).toBe(expected);
  });

  it("looks inside botbuilder's DialogContextError", () => {
    const context = new TurnContext(new TestAdapter(), {
      type: 'message',
      channelId: 'test',
      conversation: { id: 'c' } as never,
    });
    const dc = new DialogContext(new DialogSet(), context, { dialogStack: [] });
    expect(isStorageUnavailable(new DialogContextError(new StorageUnavailableError('Redis read failed'), dc))).toBe(
      true,
    );
    expect(isStorageUnavailable(new DialogContextError(new Error('boom'), dc))).toBe(false);
  });
});
