/**
 * Typed storage failures with stable codes and no user text. The activity handler maps
 * STORAGE_UNAVAILABLE to the Dutch "tijdelijk niet beschikbaar" message; messages name no
 * keys or values, so logging `err.code` and `err.message` is safe.
 */
export type StorageErrorCode = 'STORAGE_UNAVAILABLE' | 'STORAGE_ETAG_CONFLICT' | 'STORAGE_VALUE_INVALID';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** A write carried an eTag that no longer matches the stored item (someone wrote in between). */
export class ETagConflictError extends StorageError {
  constructor(readonly key: string) {
    super('STORAGE_ETAG_CONFLICT', 'Storage: write rejected due to eTag conflict');
    this.name = 'ETagConflictError';
  }
}

/** Redis could not be reached in time (down, restarting, frozen, refusing writes). */
export class StorageUnavailableError extends StorageError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORAGE_UNAVAILABLE', message, options);
    this.name = 'StorageUnavailableError';
  }
}

/** A stored value is not JSON in our envelope shape (written by something else, or damaged). */
export class StorageValueInvalidError extends StorageError {
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super('STORAGE_VALUE_INVALID', `Storage: stored value is invalid (${reason})`);
    this.name = 'StorageValueInvalidError';
  }
}

// Socket-level failures (Node system error codes).
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
// ioredis client-side failures: offline with the offline queue off, command timeout, closed
// connection, commands flushed after a disconnect (MaxRetriesPerRequestError / AbortError).
const CLIENT_MESSAGE =
  /^(Stream isn't writeable|Command timed out|Connection is closed|Command aborted due to connection close|Reached the max retries per request limit)/;
// Server replies that mean "not now" rather than "wrong request".
const SERVER_REPLY = /^(LOADING|BUSY|MASTERDOWN|TRYAGAIN|CLUSTERDOWN|READONLY|OOM) /;
const CLIENT_ERROR_NAMES = new Set(['MaxRetriesPerRequestError', 'AbortError']);

function isConnectionFailure(err: Error): boolean {
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_ERROR_CODES.has(code)) return true;
  return CLIENT_ERROR_NAMES.has(err.name) || CLIENT_MESSAGE.test(err.message) || SERVER_REPLY.test(err.message);
}

/**
 * True when `err` (or an error it wraps via `cause`, or botbuilder's DialogContextError
 * `error`) means the state store is temporarily unreachable: answer "tijdelijk niet
 * beschikbaar" instead of the generic apology. eTag conflicts and bad values are not this.
 */
export function isStorageUnavailable(err: unknown): err is Error {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current instanceof StorageError) return current.code === 'STORAGE_UNAVAILABLE';
    if (isConnectionFailure(current)) return true;
    const wrapper = current as { cause?: unknown; error?: unknown };
    current = wrapper.cause ?? wrapper.error;
  }
  return false;
}
