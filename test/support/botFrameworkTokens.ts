import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
// Not exported by the package's index; the cache is a static of this class.
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';
import nock from 'nock';

/**
 * A local stand-in for the Bot Framework token service: an RSA key of our own, published
 * through nock'd OpenID metadata, and tokens signed with it (or deliberately wrong).
 */
export const CHANNEL_ISSUER = 'https://api.botframework.com';
const METADATA_HOST = 'https://login.botframework.com';

export interface TestSigner {
  kid: string;
  privateKey: KeyObject;
}

export function createSigner(kid: string): TestSigner {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey };
}

/**
 * botframework-connector caches the OpenID metadata per URL for the whole process (test files
 * share a worker): forget it, so this file's keys (or failures) are fetched afresh.
 */
export function forgetOpenIdMetadata(): void {
  (JwtTokenExtractor as unknown as { openIdMetadataCache: Map<string, unknown> }).openIdMetadataCache.clear();
}

/** Publishes the signer's public key as the channel's signing key (persisting interceptors). */
export function publishOpenIdMetadata(signer: TestSigner, endorsements = ['msteams', 'test']): void {
  forgetOpenIdMetadata();
  const jwk = signer.privateKey.export({ format: 'jwk' });
  nock(METADATA_HOST)
    .persist()
    .get('/v1/.well-known/openidconfiguration')
    .reply(200, {
      issuer: CHANNEL_ISSUER,
      jwks_uri: `${METADATA_HOST}/v1/.well-known/keys`,
      id_token_signing_alg_values_supported: ['RS256'],
    })
    .get('/v1/.well-known/keys')
    .reply(200, { keys: [{ kty: 'RSA', use: 'sig', kid: signer.kid, n: jwk.n, e: jwk.e, endorsements }] });
}

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function signToken(signer: TestSigner, claims: Record<string, unknown>, kid = signer.kid): string {
  const header = b64url({ alg: 'RS256', typ: 'JWT', kid });
  const payload = b64url(claims);
  const signature = createSign('RSA-SHA256')
    .update(`${header}.${payload}`)
    .sign(signer.privateKey)
    .toString('base64url');
  return `${header}.${payload}.${signature}`;
}

/** Claims of a valid channel token for this app and service URL. */
export function channelClaims(
  appId: string,
  serviceUrl: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: CHANNEL_ISSUER,
    aud: appId,
    serviceurl: serviceUrl,
    nbf: now - 60,
    iat: now - 60,
    exp: now + 3600,
    ...overrides,
  };
}
