import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { runRapportCommand } from '../../bot/report/rapportCommand';
import { RAPPORT_TEXT } from '../../intake/report/messages.nl';
import { readE2eEnv } from './support/e2eEnv';
import { test } from './support/fixtures';

const env = readE2eEnv();

/**
 * The regional report as a funder opens it: `npm run rapport -- --demo`, the file opened in
 * Chromium. Screenshots of the screen and the print view go to artifacts/e2e/rapport/.
 */
test('the demo report opens offline in Chromium with its charts, tables and explanations', async ({ browser }) => {
  const dir = resolve(env.E2E_ARTIFACTS_DIR, 'rapport');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const result = await runRapportCommand(['--demo', '--out', join(dir, 'bestanden')], {});
  expect(result.exitCode).toBe(0);

  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  try {
    const url = pathToFileURL(join(dir, 'bestanden', 'index.html')).href;
    await page.goto(url);
    await expect.poll(() => page.locator('h1').textContent()).toBe(RAPPORT_TEXT.title);
    // Eight figures, each a drawn chart with bars and a table ending in the all-regions row.
    const charts = page.locator('figure.chart svg');
    expect(await charts.count()).toBe(8);
    for (let i = 0; i < 8; i++) {
      const box = await charts.nth(i).boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      expect(box?.height).toBeGreaterThan(150);
      expect(await charts.nth(i).locator('path').count()).toBeGreaterThan(3);
    }
    expect(await page.locator('tr.totaal').count()).toBe(8);
    const text = await page.locator('body').innerText();
    expect(text).toContain('geen persoonsgegevens');
    expect(text).toContain('Regio Rijnmond, totaal');
    expect(text).toContain('<5');
    expect(requests).toEqual([url]); // self-contained: nothing else is fetched

    await page.screenshot({ path: join(dir, '01-rapport.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false); // the table of contents is not printed
    await page.screenshot({ path: join(dir, '02-rapport-print.png'), fullPage: true });
  } finally {
    await page.close();
  }
});
