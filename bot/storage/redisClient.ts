import type { ConnectionOptions } from 'node:tls';
import { Redis } from 'ioredis';
import { StorageUnavailableError } from './storageErrors';

export { isStorageUnavailable } from './storageErrors';

// Below the 10 s start-up budget, leaving room for process start and config parsing.
export const DEFAULT_REDIS_WAIT_MS = 8_000;

export interface RedisClientOptions {
  /** A command without a reply within this time rejects (frozen server, lost packets). Default 2000. */
  commandTimeoutMs?: number;
  /** Give up one connection attempt after this long, then retry. Default 5000. */
  connectTimeoutMs?: number;
  /** Upper bound of the reconnect backoff. Default 5000. */
  maxReconnectDelayMs?: number;
  /** Shown in CLIENT LIST. Default `verwijzersbot`. */
  connectionName?: string;
  /** Extra TLS options for rediss:// (e.g. a private CA). rediss:// alone already means TLS. */
  tls?: ConnectionOptions;
  /** Told about connection errors: the first after each `ready`, repeats while reconnecting are dropped. */
  onError?: (err: Error) => void;
}

/**
 * An ioredis client for a bot: commands fail fast while Redis is away (no offline queue,
 * no resends, a command timeout), so a turn can answer "tijdelijk niet beschikbaar"; the
 * connection itself is retried forever with capped exponential backoff. Accepts
 * redis://[:password@]host[:port][/db] and rediss:// (TLS).
 */
export function createRedisClient(url: string, opts: RedisClientOptions = {}): Redis {
  const protocol = parseProtocol(url);
  const maxDelay = opts.maxReconnectDelayMs ?? 5_000;
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: opts.commandTimeoutMs ?? 2_000,
    connectTimeout: opts.connectTimeoutMs ?? 5_000,
    retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, maxDelay) + Math.floor(Math.random() * 100),
    connectionName: opts.connectionName ?? 'verwijzersbot',
    ...(protocol === 'rediss:' && opts.tls ? { tls: opts.tls } : {}),
  });
  attachErrorListener(client, opts.onError);
  return client;
}

function parseProtocol(url: string): 'redis:' | 'rediss:' {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new TypeError('Redis URL is not a valid URL');
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') {
    throw new TypeError(`Redis URL must start with redis:// or rediss://, not ${protocol}//`);
  }
  return protocol;
}

// Without an 'error' listener ioredis prints every reconnect failure to stderr.
function attachErrorListener(client: Redis, onError: ((err: Error) => void) | undefined): void {
  let reported = false;
  client.on('ready', () => (reported = false));
  client.on('error', (err: Error) => {
    if (reported) return;
    reported = true;
    onError?.(err);
  });
}

/**
 * Resolves once the client is ready; rejects with StorageUnavailableError naming host, port
 * and the last connection error within `timeoutMs`. For start-up: stop when this rejects.
 */
export function waitForRedis(client: Redis, timeoutMs = DEFAULT_REDIS_WAIT_MS): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  if (client.status === 'end') return Promise.reject(notReady(client, 'client was closed', undefined));
  if (client.status === 'wait') client.connect().catch(() => undefined);
  return new Promise((resolve, reject) => {
    let lastError: Error | undefined;
    const onError = (err: Error) => (lastError = err);
    const onReady = () => settle(() => resolve());
    const onEnd = () => settle(() => reject(notReady(client, 'connection closed for good', lastError)));
    const timer = setTimeout(
      () => settle(() => reject(notReady(client, `not ready within ${timeoutMs} ms`, lastError))),
      timeoutMs,
    );
    const settle = (finish: () => void) => {
      clearTimeout(timer);
      client.off('error', onError).off('ready', onReady).off('end', onEnd);
      finish();
    };
    client.on('error', onError).once('ready', onReady).once('end', onEnd);
  });
}

function notReady(client: Redis, what: string, lastError: Error | undefined): StorageUnavailableError {
  const { host, port } = client.options;
  const detail = lastError ? `; last error: ${lastError.message}` : '';
  return new StorageUnavailableError(`Redis at ${host}:${port} ${what}${detail}`, { cause: lastError });
}

/** For /healthz: true when Redis answers PING within `timeoutMs`. Never rejects. */
export async function pingRedis(client: Redis, timeoutMs = 1_000): Promise<boolean> {
  if (client.status !== 'ready') return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => (timer = setTimeout(resolve, timeoutMs, 'timeout')));
  try {
    return (await Promise.race([client.ping(), timeout])) === 'PONG';
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
