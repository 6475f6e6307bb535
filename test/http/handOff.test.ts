import nock from 'nock';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allVisibleText } from '../support/activities';
import { HttpConversation } from '../support/conversation';
import { answerScreeningByCards } from '../support/screeningOverHttp';
import { startTestApp, type TestApp } from '../support/testApp';
import { loadScreeningCases } from '../fixtures/screeningCases';
import { KANDIDAAT, VERWIJZER } from '../dialogs/aanmeldingDriver';
import { fillAanmeldingCards } from '../support/aanmeldingOverHttp';
import { HOOK_SECRET, verifyWebhook } from '../intake-delivery/webhookReceiver';

const WEBHOOK = 'https://intake.example.test';
const SECRET = HOOK_SECRET;
describe('from screening to a delivered dossier at a signed webhook', () => {
  let app: TestApp;
  const received: { body: string; headers: Record<string, string> }[] = [];

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    nock(WEBHOOK)
      .post('/aanmeldingen')
      .reply(503)
      .post('/aanmeldingen')
      .reply(200, function (_uri, body) {
        received.push({ body: JSON.stringify(body), headers: this.req.headers });
        return { ok: true };
      });
    app = await startTestApp({
      INTAKE_TEAM_ID: 'west',
      INTAKE_TEAM_NAAM: 'Intaketeam West',
      INTAKE_WEBHOOK_URL: `${WEBHOOK}/aanmeldingen`,
      INTAKE_WEBHOOK_SECRET: SECRET,
    });
  });
  afterAll(async () => {
    await app.stop();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('screens, prepares the aanmelding, sends it with consent and delivers it exactly once', async () => {
    const conversation = new HttpConversation(app);
    const screening = loadScreeningCases().find((c) => c.id === 'v01')!;
    await answerScreeningByCards(await conversation.say('screenen'), screening.input, () => conversation);
    expect(allVisibleText(await conversation.say('klopt'))).toContain('Kansrijk');

    const review = await fillAanmeldingCards(conversation, await conversation.submit({ menu: 'aanmelding' }));
    const reviewText = allVisibleText(review);
    expect(reviewText).toContain(KANDIDAAT.kandidaatNaam);
    expect(reviewText).toContain('Intaketeam West');

    const sent = allVisibleText(await conversation.submit({ actie: 'versturen' }));
    const dossierId = /PI-\d{4}-[0-9A-Z]{8}/.exec(sent)?.[0];
    expect(sent).toContain('Je aanmelding is verstuurd');
    expect(dossierId).toBeDefined();

    // The webhook was down once (503); the retry delivers it, signed, with the idempotency key.
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
    await expect
      .poll(async () => (await app.intake.store.get(dossierId!))?.statusHistory.at(-1)?.status, { timeout: 5_000 })
      .toBe('afgeleverd');
    const [delivery] = received;
    expect(delivery!.headers['webhook-id']).toBe(dossierId);
    const stored = await app.intake.store.get(dossierId!);
    expect(JSON.parse(delivery!.body)).toMatchObject({
      id: dossierId,
      kandidaat: { naam: KANDIDAAT.kandidaatNaam },
      screening: { advies: 'kansrijk' },
      // Added fields (additive: older receivers ignore them): the start and the praktijkopleider.
      wensen: {
        gewensteStartdatum: null,
        startZoSnelMogelijk: true,
        leerbedrijf: { praktijkopleider: { naam: 'Petra Jansen', telefoon: '06-87654321' } },
      },
    });
    expect(JSON.stringify(stored)).not.toMatch(/bsn/i);
    // Less in the payload: no Entra object id, roles instead of names in the status history.
    const payload = JSON.parse(delivery!.body) as { verwijzer: object; statusHistory: { door?: string }[] };
    expect(payload.verwijzer).not.toHaveProperty('teamsId');
    expect(delivery!.body).not.toContain(stored!.verwijzer.teamsId);
    expect(payload.statusHistory.map((e) => e.door)).toEqual([undefined, 'verwijzer']);

    // "mijn aanmeldingen" lists it with its status.
    const list = allVisibleText(await conversation.say('mijn aanmeldingen'));
    expect(list).toContain(dossierId);

    // Aggregates for operations and the region, without personal data. The worker counts a status
    // change after the store has it (and its report summary): wait for the count, not the store.
    const readMetrics = async () => (await fetch(`${app.url}/metrics`)).text();
    await expect.poll(readMetrics, { timeout: 5_000 }).toContain('pvbot_dossier_status_total{status="afgeleverd"} 1');
    const metrics = await readMetrics();
    expect(metrics).toContain('pvbot_screenings_total{advies="kansrijk"} 1');
    expect(metrics).toContain('pvbot_dossier_status_total{status="verzonden"} 1');
    expect(metrics).toContain('pvbot_dossier_status_total{status="afgeleverd"} 1');
    expect(metrics).toContain('pvbot_delivery_events_total{event="delivery.retry_scheduled"} 1');
    expect(metrics).toMatch(/pvbot_time_to_delivery_seconds_count 1/);
    expect(metrics).not.toContain(KANDIDAAT.kandidaatNaam);

    // Logs carry ids and codes, never names, contact data or answers.
    const logs = app.logs.lines.join('\n');
    for (const personal of [
      KANDIDAAT.kandidaatNaam,
      KANDIDAAT.kandidaatTelefoon,
      KANDIDAAT.kandidaatEmail,
      VERWIJZER.verwijzerTelefoon,
      'schoonmaak',
    ]) {
      expect(logs).not.toContain(personal);
    }
    expect(logs).toContain(dossierId);
  });

  it('signs by the Standard Webhooks spec, as the reference library verifies', () => {
    // nock hands us the parsed JSON; verify over the same serialisation the sender used.
    const [delivery] = received;
    expect(new Webhook(SECRET).verify(delivery!.body, delivery!.headers)).toMatchObject({
      id: delivery!.headers['webhook-id'],
    });
    expect(verifyWebhook(delivery!.headers, delivery!.body, SECRET, new Date())).toBe(true);
    expect(delivery!.headers['content-type']).toContain('application/json');
  });
});
