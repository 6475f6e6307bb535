import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PreIntakeDossier } from '../../intake/dossier/dossier';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import { parseRetryAfter, webhookTarget } from '../../intake/delivery/webhookTarget';
import { fakeClock, sampleDossier } from './helpers';
import { HOOK_BASE, HOOK_PATH, HOOK_SECRET, signatureValid, webhookReceiver } from './webhookReceiver';

const team: IntakeTeam = { id: 'team-west', naam: 'Intaketeam West', webhook: { url: `${HOOK_BASE}${HOOK_PATH}`, secret: HOOK_SECRET } };
const clock = fakeClock('2026-03-02T09:00:00.000Z');
const target = webhookTarget({ clock, timeoutMs: 200 });

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
  it('posts the dossier JSON, signed over the exact bytes, with the idempotency key', async () => {
    const receiver = webhookReceiver();
    receiver.respond(200);
    const dossier = sampleDossier();
    expect(await target.deliver(dossier, team)).toEqual({ ok: true });
    const [request] = receiver.received;
    expect(request).toMatchObject({ contentType: 'application/json', idempotencyKey: dossier.id });
    expect(signatureValid(request!)).toBe(true);
    expect(signatureValid(request!, 'een-ander-geheim-van-genoeg-tekens')).toBe(false);
    expect(signatureValid({ ...request!, rawBody: request!.rawBody.replace('Sam', 'Kim') })).toBe(false);
    expect(PreIntakeDossier.parse(JSON.parse(request!.rawBody))).toEqual(dossier);
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
    webhookReceiver().respond(status);
    expect(await target.deliver(sampleDossier(), team)).toEqual({ ok: false, retryable, reason: `HTTP_${status}` });
  });

  it('does not follow a redirect (the data would go elsewhere)', async () => {
    webhookReceiver().respond(302, 1, { Location: 'https://elders.example.com/' });
    expect(await target.deliver(sampleDossier(), team)).toEqual({ ok: false, retryable: false, reason: 'HTTP_302' });
  });

  it('honours Retry-After on 429, in seconds or as an HTTP date', async () => {
    const receiver = webhookReceiver();
    receiver.respond(429, 1, { 'Retry-After': '120' });
    receiver.respond(429, 1, { 'Retry-After': 'Mon, 02 Mar 2026 09:05:00 GMT' });
    receiver.respond(429);
    expect(await target.deliver(sampleDossier(), team)).toEqual({ ok: false, retryable: true, retryAfterMs: 120_000, reason: 'HTTP_429' });
    expect(await target.deliver(sampleDossier(), team)).toEqual({ ok: false, retryable: true, retryAfterMs: 300_000, reason: 'HTTP_429' });
    expect(await target.deliver(sampleDossier(), team)).toEqual({ ok: false, retryable: true, reason: 'HTTP_429' });
  });

  it('gives up on a slow receiver after the timeout, as retryable', async () => {
    webhookReceiver().respond(200, 1, {}, 1_000);
    const started = Date.now();
    expect(await target.deliver(sampleDossier(), team)).toEqual({ ok: false, retryable: true, reason: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('treats a network error as retryable', async () => {
    nock(HOOK_BASE).post(HOOK_PATH).replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    expect(await target.deliver(sampleDossier(), team)).toEqual({ ok: false, retryable: true, reason: 'NETWORK_ERROR' });
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
