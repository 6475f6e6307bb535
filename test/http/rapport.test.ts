import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDossier } from '../intake-delivery/helpers';
import { startTestApp, type TestApp } from '../support/testApp';

const APP_ID = '0b5c2d7e-3f41-4a8e-9c55-1d2e3f4a5b6c';
const AUTHENTICATED = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', HOST: '127.0.0.1' };

describe('GET /rapport in authenticated mode: behind METRICS_TOKEN', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ ...AUTHENTICATED, METRICS_TOKEN: 'rapport-secret' });
    // Six dossiers (five or more: the total is shown), one of them with a name to look for.
    for (let i = 0; i < 6; i++) await app.intake.store.put(sampleDossier({}, '2026-03-02T09:00:00.000Z'));
    expect((await app.intake.summaries.list()).size).toBe(6); // the bot's store keeps the summaries
  });
  afterAll(() => app.stop());

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer wrong' }],
    ['the token without Bearer', { authorization: 'rapport-secret' }],
  ])('refuses %s with 401', async (_name, headers) => {
    const res = await fetch(`${app.url}/rapport`, { headers });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'UNAUTHORIZED' });
  });

  it('serves the report as HTML, not cached, without personal data', async () => {
    const res = await fetch(`${app.url}/rapport`, { headers: { authorization: 'Bearer rapport-secret' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('Regionale rapportage praktijkleren met praktijkverklaring');
    expect(html).toMatch(/<tr class="totaal"><th scope="row">Alle regio’s<\/th><td>6<\/td><td>6<\/td><\/tr>/);
    for (const personal of ['Sam de Vries', 'Fleur Bakker', '06-12345678', 'sam@example.nl', '1990-05-17', 'PI-2026-'])
      expect(html).not.toContain(personal);
  });
});

describe('GET /rapport: off without METRICS_TOKEN when authenticated, open in local mode', () => {
  let authenticated: TestApp;
  let local: TestApp;
  beforeAll(async () => {
    authenticated = await startTestApp(AUTHENTICATED);
    local = await startTestApp();
  });
  afterAll(async () => {
    await authenticated.stop();
    await local.stop();
  });

  it('answers 404 in authenticated mode without METRICS_TOKEN, even with a token', async () => {
    const res = await fetch(`${authenticated.url}/rapport`, { headers: { authorization: 'Bearer anything' } });
    expect(res.status).toBe(404);
  });

  it('is open on loopback in local mode, as /metrics is', async () => {
    const res = await fetch(`${local.url}/rapport`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Er zijn nog geen aanmeldingen om te tellen.');
  });
});
