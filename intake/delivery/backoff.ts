export interface BackoffOptions {
  /** First ceiling (default 2 s). */
  baseMs?: number;
  /** Highest ceiling (default 30 min). */
  capMs?: number;
}

/** Failed attempts before a dossier becomes a dead letter: with the defaults at least 24 hours. */
export const DEFAULT_MAX_ATTEMPTS = 110;

function ceiling(attempt: number, options: BackoffOptions): number {
  const baseMs = options.baseMs ?? 2_000;
  const capMs = options.capMs ?? 1_800_000;
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * "Equal jitter" backoff: between half and all of min(cap, base * 2^(attempt-1)). The random
 * half spreads retries so failed dossiers do not hit a recovering receiver at once; the fixed
 * half makes the total retry window predictable (see minimumRetryWindowMs).
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = {},
  random: () => number = Math.random,
): number {
  const top = ceiling(attempt, options);
  return Math.floor(top / 2 + random() * (top / 2));
}

/** The shortest time from the first failed attempt to giving up after `maxAttempts`. */
export function minimumRetryWindowMs(maxAttempts = DEFAULT_MAX_ATTEMPTS, options: BackoffOptions = {}): number {
  let total = 0;
  for (let attempt = 1; attempt < maxAttempts; attempt++) total += ceiling(attempt, options) / 2;
  return total;
}
