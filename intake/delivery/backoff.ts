export interface BackoffOptions {
  /** First ceiling (default 2 s). */
  baseMs?: number;
  /** Highest ceiling (default 10 min). */
  capMs?: number;
}

/**
 * "Full jitter" backoff: a random wait between 0 and min(cap, base * 2^(attempt-1)).
 * Spreading retries keeps many failed dossiers from hitting a recovering receiver at once.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const baseMs = options.baseMs ?? 2_000;
  const capMs = options.capMs ?? 600_000;
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
