import nock from 'nock';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { outboundDossier } from '../../intake/dossier/outboundDossier';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import { parseRetryAfter, webhookTarget } from '../../intake/delivery/webhookTarget';
import { fakeClock, sampleDossier } from './helpers';
import { HOOK_BASE, HOOK_PATH, HOOK_SECRET, signatureValid, webhookReceiver } from './webhookReceiver';

const team: IntakeTeam = {
  id: 'team-west',
  naam: 'Intaketeam West',
  webhook: { url: `${HOOK_BASE}${HOOK_PATH}`, secret: HOOK_SECRET },
};
const clock = fakeClock('2026-03-02T09:00:00.000Z');
const target = webhookTarget({ clock, timeoutMs: 200 });
const OTHER_SECRET = 'whsec_' + Buffer.alloc(32, 7).toString('base64');

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});
afterAll(() => nock.enableNetConnect());

describe('webhookTarget', () => {
  it('posts the dossier JSON signed by the Standard Webhooks spec, with the dossier id as webhook-id', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(200);
    const dossier = sampleDossier();
    expect(await target.deliver(dossier, team)).toEqual({ ok: true });
    const [request] = receiver.received;
    expect(request).toMatchObject({ contentType: 'application/json', webhookId: dossier.id, status: 200 });
    expect(request!.timestamp).toBe(String(Date.parse('2026-03-02T09:00:00.000Z') / 1000));
    expect(request!.signature).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(signatureValid(request!)).toBe(true);
    expect(signatureValid(request!, OTHER_SECRET)).toBe(false);
    expect(signatureValid({ ...request!, rawBody: request!.rawBody.replace('Sam', 'Kim') })).toBe(false);
    expect(signatureValid({ ...request!, webhookId: 'PI-2026-ANDERSXX' })).toBe(false);
    expect(JSON.parse(request!.rawBody)).toEqual(outboundDossier(dossier));
    // The verwijzer's Entra object id stays with the bot (it only finds their chat again).
    expect(request!.rawBody).not.toContain(dossier.verwijzer.teamsId);
    expect(JSON.parse(request!.rawBody).verwijzer).toEqual({
      naam: 'Fleur Bakker',
      organisatie: 'Gemeente Voorbeeldstad',
      telefoon: '010-1234567',
    });
    expect(receiver.acceptedDossiers()).toEqual([dossier.id]);
  });

  it('is verified by the reference library; a replay outside 5 minutes and a changed timestamp are refused', async () => {
    const receiver = webhookReceiver();
    receiver.respond(200);
    const dossier = sampleDossier();
    expect(await webhookTarget({ timeoutMs: 500 }).deliver(dossier, team)).toEqual({ ok: true });
    const [request] = receiver.received;
    const headers = {
      'webhook-id': request!.webhookId,
      'webhook-timestamp': request!.timestamp,
      'webhook-signature': request!.signature,
    };
    expect(new Webhook(HOOK_SECRET).verify(request!.rawBody, headers)).toEqual(JSON.parse(request!.rawBody));
    const sentAt = new Date(Number(request!.timestamp) * 1000);
    expect(signatureValid(request!, HOOK_SECRET, new Date(sentAt.getTime() + 4 * 60_000))).toBe(true);
    // Replayed later: refused.
    expect(signatureValid(request!, HOOK_SECRET, new Date(sentAt.getTime() + 6 * 60_000))).toBe(false);
    expect(signatureValid({ ...request!, timestamp: String(Number(request!.timestamp) + 60) })).toBe(false);
  });

  it('a receiver refuses a request signed with another secret (401, not retried)', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(200);
    const wrong = { ...team, webhook: { ...team.webhook!, secret: OTHER_SECRET } };
    expect(await target.deliver(sampleDossier(), wrong)).toEqual({ ok: false, retryable: false, reason: 'HTTP_401' });
    expect(receiver.acceptedDossiers()).toEqual([]);
  });

  it('keeps the webhook-id and the body across attempts; the timestamp is that of each attempt', async () => {
    const later = fakeClock();
    const receiver = webhookReceiver({ now: later });
    receiver.respond(503);
    receiver.respond(200);
    const dossier = sampleDossier();
    await webhookTarget({ clock: later, timeoutMs: 200 }).deliver(dossier, team);
    later.advance(90_000);
    await webhookTarget({ clock: later, timeoutMs: 200 }).deliver(dossier, team);
    const [first, second] = receiver.received;
    expect([first!.webhookId, second!.webhookId]).toEqual([dossier.id, dossier.id]);
    expect(second!.rawBody).toBe(first!.rawBody);
    expect(Number(second!.timestamp) - Number(first!.timestamp)).toBe(90);
  });

  it.each([
    [500, true],
    [502, true],
    [503, true],
    [400, false],
    [401, false],
    [404, false],
    [410, false],
    [422, false],
  ])('HTTP %i is retryable: %s', async (status, retryable) => {
    webhookReceiver({ now: clock }).respond(status);
    expect(await target.deliver(sampleDossier(), team)).toEqual({ ok: false, retryable, reason: `HTTP_${status}` });
  });

  it('does not follow a redirect (the data would go elsewhere)', async () => {
    webhookReceiver({ now: clock }).respond(302, 1, { Location: 'https://elders.example.com/' });
    expect(await target.deliver(sampleDossier(), team)).toEqual({ ok: false, retryable: false, reason: 'HTTP_302' });
  });

  it('honours Retry-After on 429, in seconds or as an HTTP date', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(429, 1, { 'Retry-After': '120' });
    receiver.respond(429, 1, { 'Retry-After': 'Mon, 02 Mar 2026 09:05:00 GMT' });
    receiver.respond(429);
    expect(await target.deliver(sampleDossier(), team)).toEqual({
      ok: false,
      retryable: true,
      retryAfterMs: 120_000,
      reason: 'HTTP_429',
    });
    expect(await target.deliver(sampleDossier(), team)).toEqual({
      ok: false,
      retryable: true,
      retryAfterMs: 300_000,
      reason: 'HTTP_429',
    });
    expect(await target.deliver(sampleDossier(), team)).toEqual({ ok: false, retryable: true, reason: 'HTTP_429' });
  });

  it('gives up on a slow receiver after the timeout, as retryable', async () => {
    webhookReceiver({ now: clock }).respond(200, 1, {}, 1_000);
    const started = Date.now();
    expect(await target.deliver(sampleDossier(), team)).toEqual({ ok: false, retryable: true, reason: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('treats a network error as retryable', async () => {
    nock(HOOK_BASE).post(HOOK_PATH).replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    expect(await target.deliver(sampleDossier(), team)).toEqual({
      ok: false,
      retryable: true,
      reason: 'NETWORK_ERROR',
    });
  });

  it('refuses a team without a webhook', async () => {
    expect(await target.deliver(sampleDossier(), { id: 'kanaal', naam: 'Kanaal', kanaal: 'teams' })).toEqual({
      ok: false,
      retryable: false,
      reason: 'NO_WEBHOOK',
    });
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2026-03-02T09:00:00.000Z');
  it.each([
    ['0', 0],
    ['7', 7_000],
    [' 30 ', 30_000],
    ['Mon, 02 Mar 2026 09:00:10 GMT', 10_000],
    ['Mon, 02 Mar 2026 08:00:00 GMT', 0], // in the past: now
    ['binnenkort', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %s ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
