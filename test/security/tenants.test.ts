import { MemoryStorage, type StoreItems } from 'botbuilder';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allVisibleText, messageActivity } from '../support/activities';
import {
  channelClaims,
  createSigner,
  forgetOpenIdMetadata,
  publishOpenIdMetadata,
  signToken,
} from '../support/botFrameworkTokens';
import { startTestApp, type TestApp } from '../support/testApp';

const APP_ID = '0b5c2d7e-3f41-4a8e-9c55-1d2e3f4a5b6c';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const OUR_TENANT = '72f988bf-0000-0000-0000-000000000000';
const OTHER_TENANT = '99999999-0000-0000-0000-000000000000';

/** Memory storage that remembers every key ever written. */
class WatchedStorage extends MemoryStorage {
  readonly writtenKeys: string[] = [];
  override write(changes: StoreItems): Promise<void> {
    this.writtenKeys.push(...Object.keys(changes));
    return super.write(changes);
  }
}

describe('authenticated mode: ALLOWED_TENANTS', () => {
  let app: TestApp;
  const storage = new WatchedStorage();
  const signer = createSigner('tenant-key');

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    publishOpenIdMetadata(signer);
    const env = {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'secret',
      HOST: '127.0.0.1',
      ALLOWED_TENANTS: OUR_TENANT.toUpperCase(),
    };
    app = await startTestApp(env, { storage });
  });
  afterAll(async () => {
    await app.stop();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  const post = (conversationId: string, tenants: { channelData?: string; conversation?: string }, fields = {}) =>
    app.post(
      messageActivity(conversationId, {
        serviceUrl: SERVICE_URL,
        channelId: 'msteams',
        text: 'help',
        conversation: { id: conversationId, conversationType: 'personal', tenantId: tenants.conversation } as never,
        channelData: tenants.channelData ? { tenant: { id: tenants.channelData } } : undefined,
        ...fields,
      }),
      { authorization: `Bearer ${signToken(signer, channelClaims(APP_ID, SERVICE_URL))}` },
    );
  const replies = (res: { json: unknown }) => allVisibleText((res.json as { activities: [] }).activities);

  it('serves a user of an allowed tenant', async () => {
    const res = await post('a:allowed', { channelData: OUR_TENANT, conversation: OUR_TENANT });
    expect(res.status).toBe(200);
    expect(replies(res)).toContain('stop');
    expect(storage.writtenKeys.some((k) => k.includes('a:allowed'))).toBe(true);
  });

  it.each([
    ['another tenant', { channelData: OTHER_TENANT, conversation: OTHER_TENANT }],
    ['no tenant at all', {}],
    [
      'an allowed tenant in one place and another in the other',
      { channelData: OUR_TENANT, conversation: OTHER_TENANT },
    ],
  ])('refuses %s politely in Dutch and stores nothing', async (_name, tenants) => {
    const conversation = `a:foreign-${Math.random()}`;
    const res = await post(conversation, tenants);
    expect(res.status).toBe(200);
    expect(replies(res)).toContain('niet beschikbaar voor jouw organisatie');
    expect(storage.writtenKeys.filter((k) => k.includes(conversation))).toEqual([]);
    expect(app.logs.lines.join('\n')).not.toContain(conversation);
  });

  it('does not let another tenant link an intake channel', async () => {
    const channel = '19:foreign@thread.tacv2';
    const res = await post(
      channel,
      { channelData: OTHER_TENANT, conversation: OTHER_TENANT },
      {
        text: 'koppel intake intake',
        conversation: { id: channel, conversationType: 'channel', tenantId: OTHER_TENANT },
      },
    );
    expect(replies(res)).toContain('niet beschikbaar voor jouw organisatie');
    expect(await app.intake.registrations.list()).toEqual([]);
    expect(storage.writtenKeys.filter((k) => k.includes(channel))).toEqual([]);
  });
});

describe('authenticated mode: a failing token-metadata fetch', () => {
  let app: TestApp;
  const signer = createSigner('metadata-key');

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    forgetOpenIdMetadata();
    nock('https://login.botframework.com')
      .persist()
      .get('/v1/.well-known/openidconfiguration')
      .reply(502, 'upstream exploded at internal-host-17.corp:8443');
    app = await startTestApp({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', HOST: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.stop();
    nock.cleanAll();
    nock.enableNetConnect();
    forgetOpenIdMetadata();
  });

  it('answers with a bare error code, never the internal error text', async () => {
    const activity = messageActivity('a:metadata', { serviceUrl: SERVICE_URL, channelId: 'msteams', text: 'help' });
    const res = await app.post(activity, {
      authorization: `Bearer ${signToken(signer, channelClaims(APP_ID, SERVICE_URL))}`,
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.json).toEqual({ error: expect.stringMatching(/^(INTERNAL|UNAUTHORIZED)$/) });
    expect(JSON.stringify(res.json)).not.toMatch(/openid|botframework|internal-host|502|Failed/i);
  });
});
