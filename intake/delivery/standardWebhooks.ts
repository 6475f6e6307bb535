import { createHmac } from 'node:crypto';
import { z } from 'zod';

/**
 * Signing by the Standard Webhooks spec (standardwebhooks.com): the secret is `whsec_` plus
 * base64 of 24 to 64 random bytes; the signature is `v1,` plus base64 HMAC-SHA256 of
 * `<webhook-id>.<webhook-timestamp>.<body>`, so a receiver can refuse replayed requests.
 */
const SECRET_PREFIX = 'whsec_';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export const WebhookSecret = z
  .string()
  .trim()
  .refine(
    (secret) => {
      const base64 = secret.slice(SECRET_PREFIX.length);
      const length = keyBytes(secret).length;
      return secret.startsWith(SECRET_PREFIX) && BASE64.test(base64) && length >= 24 && length <= 64;
    },
    {
      message:
        'secret must be whsec_ plus base64 of 24 to 64 random bytes (make one: echo whsec_$(openssl rand -base64 32))',
    },
  );

function keyBytes(secret: string): Buffer {
  return Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
}

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** The three headers for one attempt; the id stays the same across attempts, the timestamp not. */
export function signWebhook(id: string, sentAt: Date, body: string, secret: string): SignedHeaders {
  const timestamp = String(Math.floor(sentAt.getTime() / 1000));
  const signature = createHmac('sha256', keyBytes(secret))
    .update(`${id}.${timestamp}.${body}`, 'utf8')
    .digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` };
}
