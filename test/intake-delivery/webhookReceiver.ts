import { createHmac, timingSafeEqual } from 'node:crypto';
import nock from 'nock';

export const HOOK_BASE = 'https://intake.example.nl';
export const HOOK_PATH = '/pre-intake';
/** Standard Webhooks secret: whsec_ + base64 of 32 bytes. */
export const HOOK_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw7yBqLyTkFXU=';
const TOLERANCE_SECONDS = 5 * 60;

export interface ReceivedRequest {
  webhookId: string;
  timestamp: string;
  signature: string;
  contentType: string;
  rawBody: string;
  /** What the receiver answered: 401 for a request that does not verify. */
  status: number;
  /** A valid request whose webhook-id was stored before (answered 2xx, not stored again). */
  duplicate: boolean;
}

type Headers = Record<string, string | string[] | undefined>;

/**
 * What a real receiver does before trusting a request (the README shows the same code):
 * all three headers present, timestamp within 5 minutes of its own clock, and one of the
 * `v1,` signatures equal (constant time) to the HMAC of "id.timestamp.body" with the key.
 */
export function verifyWebhook(headers: Headers, rawBody: string, secret: string, now: Date): boolean {
  const [id, timestamp, signatures] = ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) =>
    String(headers[name] ?? ''),
  );
  if (!id || !/^\d+$/.test(timestamp!) || !signatures) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${rawBody}`, 'utf8').digest();
  return signatures.split(' ').some((entry) => {
    const [version, value] = entry.split(',');
    const given = Buffer.from(value ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/**
 * A webhook receiver at the network edge (nock) that verifies like a real one: a request
 * that does not verify gets 401; a valid one gets the next queued answer, and with a 2xx
 * it is stored once per webhook-id. Every request is recorded with its exact raw body.
 */
export function webhookReceiver(options: { now?: () => Date; secret?: string } = {}) {
  const now = options.now ?? (() => new Date());
  const secret = options.secret ?? HOOK_SECRET;
  const received: ReceivedRequest[] = [];
  const stored = new Set<string>();

  function respond(status: number, times = 1, headers: Record<string, string> = {}, delayMs = 0): void {
    const scope = nock(HOOK_BASE);
    let current: ReceivedRequest | undefined;
    scope.on('request', (req: { headers: Headers }, _interceptor: unknown, rawBody: string) => {
      const h = req.headers;
      const valid = verifyWebhook(h, rawBody, secret, now());
      const webhookId = String(h['webhook-id'] ?? '');
      const duplicate = valid && status < 300 && stored.has(webhookId);
      if (valid && status < 300) stored.add(webhookId);
      current = {
        webhookId,
        timestamp: String(h['webhook-timestamp'] ?? ''),
        signature: String(h['webhook-signature'] ?? ''),
        contentType: String(h['content-type'] ?? ''),
        rawBody,
        status: valid ? status : 401,
        duplicate,
      };
      received.push(current);
    });
    const interceptor = scope.post(HOOK_PATH).times(times);
    (delayMs > 0 ? interceptor.delay(delayMs) : interceptor).reply(() => {
      const answer = current?.status ?? 401;
      return [answer, answer < 300 ? { ontvangen: true } : { fout: answer }, headers];
    });
  }

  /** The dossiers this receiver stored: each webhook-id once. */
  function acceptedDossiers(): string[] {
    return [...stored];
  }

  return { received, respond, acceptedDossiers };
}

/** The receiver's check of one recorded request. */
export function signatureValid(
  request: ReceivedRequest,
  secret = HOOK_SECRET,
  now = new Date(Number(request.timestamp) * 1000),
): boolean {
  const headers = {
    'webhook-id': request.webhookId,
    'webhook-timestamp': request.timestamp,
    'webhook-signature': request.signature,
  };
  return verifyWebhook(headers, request.rawBody, secret, now);
}
