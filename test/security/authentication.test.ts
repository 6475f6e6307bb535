import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allVisibleText, messageActivity } from '../support/activities';
import { channelClaims, createSigner, publishOpenIdMetadata, signToken } from '../support/botFrameworkTokens';
import { startTestApp, type TestApp } from '../support/testApp';

const APP_ID = '0b5c2d7e-3f41-4a8e-9c55-1d2e3f4a5b6c';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

describe('authenticated mode: Bot Framework tokens', () => {
  let app: TestApp;
  const signer = createSigner('test-key-1');
  const stranger = createSigner('test-key-1'); // same kid, different key: a forged signature

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    publishOpenIdMetadata(signer);
    app = await startTestApp({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', HOST: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.stop();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  const activity = () =>
    messageActivity(`auth-${Math.random()}`, { serviceUrl: SERVICE_URL, channelId: 'msteams', text: 'help' });
  const post = (token?: string) => app.post(activity(), token ? { authorization: `Bearer ${token}` } : {});

  it('lets a valid token through and answers', async () => {
    const res = await post(signToken(signer, channelClaims(APP_ID, SERVICE_URL)));
    expect(res.status).toBe(200);
    expect(allVisibleText((res.json as { activities: [] }).activities)).toContain('stop');
  });

  it('keeps /metrics closed without METRICS_TOKEN in authenticated mode', async () => {
    expect((await fetch(`${app.url}/metrics`)).status).toBe(404);
  });

  it.each([
    ['no token', undefined],
    [
      'an expired token',
      () => signToken(signer, channelClaims(APP_ID, SERVICE_URL, { exp: Math.floor(Date.now() / 1000) - 3600 })),
    ],
    ['a token signed with another key', () => signToken(stranger, channelClaims(APP_ID, SERVICE_URL))],
    [
      'a token for another bot (audience)',
      () => signToken(signer, channelClaims('11111111-1111-1111-1111-111111111111', SERVICE_URL)),
    ],
    [
      'a token from another issuer',
      () => signToken(signer, channelClaims(APP_ID, SERVICE_URL, { iss: 'https://evil.example' })),
    ],
    ['a token for another service URL', () => signToken(signer, channelClaims(APP_ID, 'https://evil.example/'))],
    ['a token with an unknown key id', () => signToken(signer, channelClaims(APP_ID, SERVICE_URL), 'unknown-kid')],
    ['garbage', () => 'not.a.jwt'],
  ])('refuses %s with 401', async (_name, token) => {
    const res = await post(typeof token === 'function' ? token() : token);
    expect(res.status).toBe(401);
  });
});

describe('authenticated mode: /metrics behind METRICS_TOKEN', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'secret',
      HOST: '127.0.0.1',
      METRICS_TOKEN: 'metrics-secret',
    });
  });
  afterAll(() => app.stop());

  it('refuses a request without the token and serves Prometheus text with it', async () => {
    expect((await fetch(`${app.url}/metrics`)).status).toBe(401);
    const res = await fetch(`${app.url}/metrics`, { headers: { authorization: 'Bearer metrics-secret' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('# TYPE pvbot_turns_total counter');
  });
});
