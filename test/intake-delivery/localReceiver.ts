import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HOOK_SECRET, verifyWebhook } from './webhookReceiver';

export interface LocalDelivery {
  webhookId: string;
  valid: boolean;
  duplicate: boolean;
  rawBody: string;
}

export interface LocalReceiverOptions {
  /** Time the receiver takes before it answers (a slow intake system). */
  delayMs?: number;
  secret?: string;
  now?: () => Date;
  /** Called once a request is verified and stored, before the 2xx is written. */
  onStored?: (delivery: LocalDelivery) => void;
  /** Called when a request arrives; return true to leave it hanging (the sender is killed meanwhile). */
  hold?: (webhookId: string) => boolean;
}

/**
 * A real HTTP receiver on a free loopback port that verifies like a production receiver:
 * 401 for a bad signature or an old timestamp, 200 without storing for a repeated webhook-id.
 */
export async function startLocalReceiver(options: LocalReceiverOptions = {}) {
  const requests: LocalDelivery[] = [];
  const stored = new Map<string, string>();
  const held: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const webhookId = String(req.headers['webhook-id'] ?? '');
      if (options.hold?.(webhookId)) return void held.push(req);
      setTimeout(() => {
        const valid = verifyWebhook(req.headers, rawBody, options.secret ?? HOOK_SECRET, options.now?.() ?? new Date());
        const delivery = { webhookId, valid, duplicate: valid && stored.has(webhookId), rawBody };
        requests.push(delivery);
        // writeHead and end apart: restify, loaded in the same test worker, patches writeHead to return nothing.
        if (!valid) {
          res.writeHead(401);
          return void res.end();
        }
        if (!delivery.duplicate) stored.set(webhookId, rawBody);
        options.onStored?.(delivery);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ontvangen":true}');
      }, options.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/pre-intake`,
    requests,
    /** What the intake system keeps: one dossier per webhook-id. */
    stored,
    held,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
