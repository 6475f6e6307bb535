import { createHmac } from 'node:crypto';
import nock from 'nock';

export const HOOK_BASE = 'https://intake.example.nl';
export const HOOK_PATH = '/pre-intake';
export const HOOK_SECRET = 'test-geheim-voor-de-webhook-0123456789';

export interface ReceivedRequest {
  idempotencyKey: string;
  signature: string;
  contentType: string;
  rawBody: string;
  status: number;
}

/**
 * A webhook receiver at the network edge (nock). Each `respond` queues answers in order;
 * every request is recorded with its exact raw body, as a real receiver would see it.
 */
export function webhookReceiver() {
  const received: ReceivedRequest[] = [];

  function respond(status: number, times = 1, headers: Record<string, string> = {}, delayMs = 0): void {
    const scope = nock(HOOK_BASE);
    const interceptor = scope.post(HOOK_PATH).times(times);
    (delayMs > 0 ? interceptor.delay(delayMs) : interceptor).reply(status, status < 300 ? { ontvangen: true } : { fout: status }, headers);
    scope.on('request', (req: { headers: Record<string, string> }, _interceptor: unknown, rawBody: string) => {
      received.push({
        idempotencyKey: req.headers['idempotency-key'] ?? '',
        signature: req.headers['x-signature'] ?? '',
        contentType: req.headers['content-type'] ?? '',
        rawBody,
        status,
      });
    });
  }

  /** What a receiver that dedupes on Idempotency-Key ends up with. */
  function acceptedDossiers(): string[] {
    return [...new Set(received.filter((r) => r.status < 300 && signatureValid(r)).map((r) => r.idempotencyKey))];
  }

  return { received, respond, acceptedDossiers };
}

/** The receiver's check: recompute the HMAC over the raw body it got. */
export function signatureValid(request: ReceivedRequest, secret = HOOK_SECRET): boolean {
  const expected = `sha256=${createHmac('sha256', secret).update(request.rawBody, 'utf8').digest('hex')}`;
  return request.signature === expected;
}
