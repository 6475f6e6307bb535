import { systemClock, type Clock } from '../dossier/clock';
import type { PreIntakeDossier } from '../dossier/dossier';
import { outboundDossier } from '../dossier/outboundDossier';
import type { IntakeTeam } from './intakeTeams';
import type { DeliveryResult, DeliveryTarget } from './ports';
import { signWebhook } from './standardWebhooks';

export interface WebhookTargetOptions {
  /** Per request (default 10 s). */
  timeoutMs?: number;
  /** Defaults to the global fetch of Node 20. */
  fetch?: typeof fetch;
  /** For Retry-After given as an HTTP date. */
  clock?: Clock;
}

/**
 * Retry-After as milliseconds from now: delay-seconds or an HTTP date. Undefined when
 * absent or unreadable, so the normal backoff applies.
 */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** Maps an HTTP status to the outbox decision (2xx done; 429 and 5xx again; other 4xx never). */
export function classifyStatus(status: number, retryAfterMs: number | undefined): DeliveryResult {
  if (status >= 200 && status < 300) return { ok: true };
  const reason = `HTTP_${status}`;
  if (status === 429)
    return retryAfterMs === undefined
      ? { ok: false, retryable: true, reason }
      : { ok: false, retryable: true, retryAfterMs, reason };
  if (status >= 500) return { ok: false, retryable: true, reason };
  return { ok: false, retryable: false, reason };
}

/**
 * Delivers a dossier as JSON to the team's webhook, signed by the Standard Webhooks spec.
 * `webhook-id` is the dossier id on every attempt, so the receiver drops repeats on it;
 * `webhook-timestamp` is the time of this attempt, so an old request replayed is refused.
 */
export function webhookTarget(options: WebhookTargetOptions = {}): DeliveryTarget {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const doFetch = options.fetch ?? fetch;
  const clock = options.clock ?? systemClock;

  return {
    async deliver(dossier: PreIntakeDossier, team: IntakeTeam): Promise<DeliveryResult> {
      if (!team.webhook) return { ok: false, retryable: false, reason: 'NO_WEBHOOK' };
      const body = JSON.stringify(outboundDossier(dossier));
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const response = await doFetch(team.webhook.url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...signWebhook(dossier.id, clock(), body, team.webhook.secret),
          },
          body,
          signal: controller.signal,
          redirect: 'manual', // a redirect would resend personal data elsewhere
        });
        await response.body?.cancel().catch(() => undefined); // the reply body is not used
        return classifyStatus(response.status, parseRetryAfter(response.headers.get('retry-after'), clock()));
      } catch {
        return { ok: false, retryable: true, reason: controller.signal.aborted ? 'TIMEOUT' : 'NETWORK_ERROR' };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
