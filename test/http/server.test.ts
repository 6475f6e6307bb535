import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allVisibleText, cardsOf, messageActivity } from '../support/activities';
import { HttpConversation } from '../support/conversation';
import { startTestApp, withTestApp, type TestApp } from '../support/testApp';

describe('HTTP endpoint in local mode', () => {
  let app: TestApp;
  withTestApp((started) => (app = started));

  it('binds to loopback and reports health', async () => {
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', storage: 'memory', llm: 'off' });
  });

  it('logs one warning that it runs in local mode', () => {
    const warnings = app.logs.lines.filter((l) => l.includes('startup.local_mode'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0]!).level).toBe(40);
  });

  it('answers a first message with the welcome and the menu in the response body', async () => {
    const replies = await new HttpConversation(app).say('hallo');
    const text = allVisibleText(replies);
    expect(text).toContain('Welkom');
    expect(text).toContain('Cliënt screenen');
    expect(text).toContain('Werkprocessen verkennen');
    expect(text).toContain('Aanmelding voorbereiden');
    const [card] = cardsOf(replies);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });

  it('keeps the conversation between turns: help at the menu explains the three jobs', async () => {
    const conversation = new HttpConversation(app);
    await conversation.say('hallo');
    const replies = await conversation.say('help');
    expect(allVisibleText(replies)).toMatch(/stop.*opnieuw/s);
  });

  it('welcomes once when members are added', async () => {
    const res = await app.post(
      messageActivity('conv-update', {
        type: 'conversationUpdate',
        membersAdded: [{ id: 'bot-1' }, { id: 'user-1' }],
      } as never),
    );
    expect(res.status).toBe(200);
    const activities = (res.json as { activities: { type: string }[] }).activities.filter((a) => a.type === 'message');
    expect(activities).toHaveLength(1);
    expect(allVisibleText(activities)).toContain('Welkom');
  });

  it('rejects malformed JSON with 400', async () => {
    const res = await app.post('{"type": "message",');
    expect(res.status).toBe(400);
  });

  it.each([
    ['an array', []],
    ['an object without type', { text: 'hoi' }],
    ['a message without conversation', { type: 'message', channelId: 'x', serviceUrl: 'http://x', from: { id: 'u' } }],
    ['a number', 42],
  ])('rejects %s with 400 and names the field', async (_name, body) => {
    const res = await app.post(body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json)).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('rejects a body over 256 KB with 413', async () => {
    const big = messageActivity('conv-big', { text: 'a'.repeat(300 * 1024) });
    const res = await app.post(big);
    expect(res.status).toBe(413);
  });

  it('answers an over-long text politely instead of processing it', async () => {
    const replies = await new HttpConversation(app).say('x'.repeat(5_000));
    expect(allVisibleText(replies)).toContain('te lang');
  });

  it('never logs message text', async () => {
    await new HttpConversation(app).say('Jan Jansen 0612345678 geheim');
    expect(app.logs.lines.join('\n')).not.toContain('Jansen');
    expect(app.logs.lines.join('\n')).not.toContain('0612345678');
  });
});

describe('HTTP endpoint in authenticated mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    app = await startTestApp({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'secret',
      HOST: '127.0.0.1',
    });
  });
  afterAll(async () => {
    await app.stop();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('refuses a request without a token with 401', async () => {
    const res = await app.post(messageActivity('conv-auth'));
    expect(res.status).toBe(401);
  });

  it('refuses a request with a garbage token with 401', async () => {
    const res = await app.post(messageActivity('conv-auth'), { authorization: 'Bearer not-a-jwt' });
    expect(res.status).toBe(401);
  });

  it('does not warn about local mode', () => {
    expect(app.logs.lines.some((l) => l.includes('startup.local_mode'))).toBe(false);
  });
});

describe('limits that protect the bot', () => {
  let app: TestApp;
  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(async () => {
    await app.stop();
    nock.enableNetConnect();
  });

  it('answers a flood of messages in one conversation with a friendly message, other conversations unaffected', async () => {
    const flooded = new HttpConversation(app);
    const replies: string[] = [];
    for (let i = 0; i < 7; i++) replies.push(allVisibleText(await flooded.say('help')));
    expect(replies.slice(0, 5).every((r) => r.includes('Zo werk ik'))).toBe(true);
    expect(replies[5]).toBe('Je stuurt veel berichten kort na elkaar. Wacht even en probeer het dan opnieuw.');
    expect(allVisibleText(await new HttpConversation(app).say('help'))).toContain('Zo werk ik');
  });

  it('refuses an oversized card submit with an explanation', async () => {
    const replies = await new HttpConversation(app).submit({ leeftijd: 'x'.repeat(20_000) });
    expect(allVisibleText(replies)).toContain('Die invoer is te groot');
  });
});
