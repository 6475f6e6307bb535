import { createGzip } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { messageActivity } from '../support/activities';
import { withTestApp, type TestApp } from '../support/testApp';

/** A gzip body of `megabytes` MB of zeros: about 1 KB per MB once compressed. */
async function gzipBomb(megabytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024, 0x20); // spaces: valid JSON whitespace once inflated
  gzip.write('{"type":"message","text":"');
  for (let i = 0; i < megabytes; i++) gzip.write(zeros);
  gzip.end('"}');
  await done;
  return Buffer.concat(chunks);
}

describe('POST /api/messages refuses abuse before doing work (local mode, no authentication)', () => {
  let app: TestApp;
  withTestApp((started) => (app = started));

  const raw = (body: string | Uint8Array, headers: Record<string, string>) =>
    fetch(`${app.url}/api/messages`, { method: 'POST', headers, body: body as BodyInit });

  it('refuses a 250 MB gzip bomb in well under 3 s without inflating it', async () => {
    const bomb = await gzipBomb(250);
    expect(bomb.length).toBeLessThan(300 * 1024);
    const started = Date.now();
    const res = await raw(bomb, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect([413, 415]).toContain(res.status);
    expect(await res.json()).toEqual({ error: expect.stringMatching(/^[A-Z_]+$/) });
  }, 30_000);

  it('refuses any compressed body with 415', async () => {
    const res = await raw('{}', { 'content-type': 'application/json', 'content-encoding': 'br' });
    expect(res.status).toBe(415);
  });

  it('refuses a cross-site HTML form post (urlencoded, no preflight) with 415 and does nothing', async () => {
    const form = new URLSearchParams({
      type: 'message',
      channelId: 'msteams',
      serviceUrl: 'https://attacker.example/',
      'conversation[id]': '19:attacker@thread.tacv2',
      'conversation[conversationType]': 'channel',
      'from[id]': 'attacker',
      text: 'koppel intake intake',
      deliveryMode: 'expectReplies',
    });
    const res = await raw(form.toString(), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    expect(await app.intake.registrations.list()).toEqual([]);
  });

  it.each([
    ['text/plain (a form with enctype=text/plain)', 'text/plain'],
    ['multipart/form-data', 'multipart/form-data; boundary=x'],
    ['no content type', ''],
    ['JSON in another charset', 'application/json; charset=utf-16'],
  ])('refuses %s with 415', async (_name, type) => {
    const headers: Record<string, string> = type ? { 'content-type': type } : {};
    const res = await raw(JSON.stringify(messageActivity('conv-type', { text: 'hallo' })), headers);
    expect(res.status).toBe(415);
  });

  it('accepts application/json with a UTF-8 charset', async () => {
    const res = await raw(JSON.stringify(messageActivity('conv-charset', { text: 'hallo' })), {
      'content-type': 'application/json; charset=utf-8',
    });
    expect(res.status).toBe(200);
  });

  /** JSON text nested `levels` deep (built as text: a deep object would overflow the test's own stack). */
  const DEEP = '__DEEP__';
  const deep = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

  it.each([
    ['membersAdded that is not a list', { type: 'conversationUpdate', membersAdded: { id: 'x' } }, 'membersAdded'],
    ['a member without an id', { type: 'conversationUpdate', membersAdded: [{ name: 'x' }] }, 'membersAdded.0.id'],
    ['from.name that is an object', { from: { id: 'u', name: { first: 'Jan' } } }, 'from.name'],
    ['text that is a number', { text: 42 }, 'text'],
    [
      'a conversation type that is a list',
      { conversation: { id: 'c', conversationType: ['personal'] } },
      'conversation.conversationType',
    ],
    ['channelData.tenant.id that is a number', { channelData: { tenant: { id: 5 } } }, 'channelData.tenant.id'],
    ['entities that are not objects', { entities: [1, 2] }, 'entities.0'],
    ['a 5,000-deep value', { value: DEEP }, undefined],
    ['a 5,000-deep unknown field', { extra: DEEP }, undefined],
  ])('answers an activity with %s with 400, no apology and no stack trace', async (_name, fields, field) => {
    const before = app.logs.lines.length;
    const json = JSON.stringify({ ...messageActivity(`conv-bad-${Math.random()}`), ...fields });
    const res = await app.post(json.replace(`"${DEEP}"`, deep(5_000)));
    expect(res.status).toBe(400);
    const body = res.json as { error: string; field?: string };
    expect(body.error).toMatch(/^(INVALID_ACTIVITY|TOO_DEEP)$/);
    if (field) expect(body.field).toBe(field);
    const logged = app.logs.lines.slice(before).join('\n');
    expect(logged).not.toMatch(/stack|turn\.error/);
  });

  it('keeps a real Teams activity (7-digit fractions in timestamps, mentions, channel data) working', async () => {
    const res = await app.post(
      messageActivity('conv-teams-shape', {
        text: '<at>Bot</at> help',
        timestamp: '2026-12-02T07:00:00.1234567Z',
        localTimestamp: '2026-12-02T08:00:00.1234567+01:00',
        entities: [{ type: 'mention', text: '<at>Bot</at>', mentioned: { id: 'bot-1', name: 'Bot' } }],
        channelData: { tenant: { id: '72f988bf-0000-0000-0000-000000000000' } },
        conversation: {
          id: 'conv-teams-shape',
          conversationType: 'personal',
          tenantId: '72f988bf-0000-0000-0000-000000000000',
        },
      } as never),
    );
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json)).toContain('stop');
  });
});
