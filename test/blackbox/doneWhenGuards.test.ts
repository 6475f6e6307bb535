import { once } from 'node:events';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allVisibleText } from '../support/activities';
import { sendAanmelding, spawnBot, startBlackboxBot, verwijzerOf, type BlackboxBot } from '../support/blackboxBot';
import { freePort } from '../storage/redisServer';

/**
 * Issue 13's "Done when", black-box: the webhook team, and the guards against hostile requests,
 * against the real bot as a child process (test/support/blackboxBot.ts). The intake team's
 * channel flow is in doneWhen.test.ts.
 */
const BSN_VARIANTS = [
  'mijn cliënt heeft bsn 111222333',
  'bsn １１１２２２３３３',
  'bsn 111\u00a0222\u00a0333',
  'bsn 111_222_333',
  'bsn 111/222/333',
  'nr 5 111222333',
];
const digitsOf = (text: string) => text.normalize('NFKC').replace(/\D/g, '');

/**
 * 250 MB of JSON whitespace, gzipped to about 250 KB: a gzip file may be a series of members
 * (RFC 1952), so one compressed megabyte repeated inflates to the same 250 MB as one long
 * member, at a fraction of the CPU of compressing 250 MB.
 */
function gzipBomb(megabytes: number): Buffer {
  const megabyte = gzipSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9 });
  return Buffer.concat([
    gzipSync('{"type":"message","text":"'),
    ...Array.from({ length: megabytes }, () => megabyte),
    gzipSync('"}'),
  ]);
}

describe('issue 13 "Done when", black-box against the real bot: the webhook team and hostile requests', () => {
  let bot: BlackboxBot;

  beforeAll(async () => {
    bot = await startBlackboxBot();
  }, 70_000);
  afterAll(() => bot?.stop());

  const verwijzer = {
    say: (text: string) => verwijzerOf(bot).say(text),
  };

  it('the webhook team receives its dossier signed by the Standard Webhooks spec', async () => {
    const id = await sendAanmelding(bot, 'oost');
    await expect.poll(() => bot.hooks.length, { timeout: 10_000 }).toBe(1);
    expect(bot.hooks[0]!.verified).toBe(true);
    expect(bot.hooks[0]!.headers['webhook-id']).toBe(id);
  });

  it('a 250 MB gzip bomb is refused in under 3 s', async () => {
    const bomb = gzipBomb(250);
    const started = Date.now();
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: bomb as unknown as BodyInit,
    });
    const ms = Date.now() - started;
    console.info(`gzip bomb (${Math.round(bomb.length / 1024)} KB, 250 MB inflated): HTTP ${res.status} in ${ms} ms`);
    expect([413, 415]).toContain(res.status);
    expect(ms).toBeLessThan(3_000);
  }, 30_000);

  it('an urlencoded form post gets 4xx and links nothing', async () => {
    const form = new URLSearchParams({
      type: 'message',
      serviceUrl: 'https://attacker.example/',
      'conversation[id]': '19:attacker@thread.tacv2',
      text: 'koppel intake west',
    });
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    console.info(`urlencoded form post: HTTP ${res.status}`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it.each(BSN_VARIANTS)('BSN variant %j is neither accepted nor echoed', async (text) => {
    const reply = allVisibleText(await verwijzer.say(text));
    expect(reply).toMatch(/burgerservicenummer/);
    expect(digitsOf(reply)).not.toMatch(/111222333/);
  });

  it('kept no BSN in the logs', () => {
    expect(digitsOf(bot.output.join(''))).not.toMatch(/111222333/);
  });

  it('MicrosoftAppPassword without MicrosoftAppId does not start', async () => {
    const port = await freePort();
    const started = Date.now();
    const refused = spawnBot({ PORT: String(port), MicrosoftAppPassword: 'geheim', DATA_DIR: join(bot.dataDir, 'x') });
    const [code] = (await once(refused.child, 'exit')) as [number];
    console.info(`MicrosoftAppPassword without app id: exit ${code} after ${Date.now() - started} ms`);
    expect(code).not.toBe(0);
    expect(refused.output.join('')).toMatch(/MicrosoftAppPassword.*MicrosoftAppId/);
    expect(
      await fetch(`http://127.0.0.1:${port}/healthz`).then(
        () => 'up',
        () => 'down',
      ),
    ).toBe('down');
  }, 60_000);
});
