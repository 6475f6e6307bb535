import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';
import { loadScreeningCases } from '../fixtures/screeningCases';
import { HOOK_SECRET, verifyWebhook } from '../intake-delivery/webhookReceiver';
import { allVisibleText, cardsOf, visibleText } from '../support/activities';
import { AANMELDING_ANSWERS, fillAanmeldingCards } from '../support/aanmeldingOverHttp';
import {
  activityFrom,
  PLACES,
  teamsFile,
  VERWIJZER_CONV,
  WEST_CHANNEL,
  WEST_TEAM,
  type Place,
} from '../support/intakeChannelFixture';
import { answerScreeningByCards } from '../support/screeningOverHttp';
import { freePort } from '../storage/redisServer';

/**
 * Issue 13's "Done when", black-box and in one pass: the real bot as a child process (local
 * mode, `node --import tsx bot/main.ts`), an intake-teams file with team `west` bound to its
 * Teams team and tenant plus a webhook team `oost`, a fake Bot Connector and a webhook receiver
 * as real HTTP servers. Every step is an HTTP request, as Teams or an attacker would send it.
 */

interface Posted {
  conversation: string;
  activity: Partial<Activity>;
}

const START_TIMEOUT_MS = 90_000;
const VERWIJZER = { id: '29:verwijzer-fleur', name: 'Fleur Bakker', aadObjectId: 'aad-fleur' };
const BSN_VARIANTS = [
  'mijn cliënt heeft bsn 111222333',
  'bsn １１１２２２３３３',
  'bsn 111\u00a0222\u00a0333',
  'bsn 111_222_333',
  'bsn 111/222/333',
  'nr 5 111222333',
];
const digitsOf = (text: string) => text.normalize('NFKC').replace(/\D/g, '');

/** An HTTP server on a free loopback port; `handle` gets the request and its body. */
async function httpServer(handle: (req: IncomingMessage, body: string) => [number, unknown]): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const [status, json] = handle(req, body);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

const portOf = (server: Server) => (server.address() as { port: number }).port;

function spawnBot(env: Record<string, string>): { child: ChildProcess; output: string[] } {
  const output: string[] = [];
  const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', 'bot/main.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return { child, output };
}

/** 250 MB of JSON whitespace, gzipped to about 250 KB. */
async function gzipBomb(megabytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (c: Buffer) => chunks.push(c));
  const done = once(gzip, 'end');
  const spaces = Buffer.alloc(1024 * 1024, 0x20);
  gzip.write('{"type":"message","text":"');
  for (let i = 0; i < megabytes; i++) gzip.write(spaces);
  gzip.end('"}');
  await done;
  return Buffer.concat(chunks);
}

describe('issue 13 "Done when", black-box against the real bot (child process, local mode)', () => {
  const posted: Posted[] = [];
  const hooks: { headers: IncomingMessage['headers']; body: string; verified: boolean }[] = [];
  let connector: Server;
  let receiver: Server;
  let bot: { child: ChildProcess; output: string[] };
  let botUrl: string;
  let serviceUrl: string;
  let dataDir: string;
  let westDossier: string;

  beforeAll(async () => {
    connector = await httpServer((req, body) => {
      const conversation = decodeURIComponent(req.url!.split('/conversations/')[1]?.split('/')[0] ?? '');
      posted.push({ conversation, activity: JSON.parse(body || '{}') as Partial<Activity> });
      return [200, { id: `msg-${posted.length}` }];
    });
    receiver = await httpServer((req, body) => {
      const verified = verifyWebhook(req.headers, body, HOOK_SECRET, new Date());
      hooks.push({ headers: req.headers, body, verified });
      return verified ? [200, { ok: true }] : [401, { error: 'signature' }];
    });
    serviceUrl = `http://127.0.0.1:${portOf(connector)}/teams/`;
    dataDir = mkdtempSync(join(tmpdir(), 'pvbot-done-when-'));
    const teamsYaml = teamsFile(`http://127.0.0.1:${portOf(receiver)}/aanmeldingen`, dataDir);
    const port = await freePort();
    botUrl = `http://127.0.0.1:${port}`;
    bot = spawnBot({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: join(dataDir, 'data'),
      INTAKE_TEAMS_FILE: teamsYaml,
      LOG_LEVEL: 'info',
      DELIVERY_POLL_MS: '200',
      RATE_LIMIT_PER_MINUTE: '1000',
    });
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      if (bot.child.exitCode !== null) throw new Error(`bot exited: ${bot.output.join('')}`);
      const up = await fetch(`${botUrl}/healthz`).then(
        (res) => res.ok,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline) throw new Error('bot did not start');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, START_TIMEOUT_MS + 10_000);

  afterAll(async () => {
    bot?.child.kill('SIGTERM');
    if (bot && bot.child.exitCode === null) await once(bot.child, 'exit');
    connector?.close();
    receiver?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function post(body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  }

  /** A turn from `place`, as Teams sends it; the replies (expectReplies). */
  async function say(place: Place, fields: Partial<Activity>): Promise<Partial<Activity>[]> {
    const res = await post(activityFrom(place, { serviceUrl, ...fields }));
    expect(res.status).toBe(200);
    return ((res.json?.activities ?? []) as Partial<Activity>[]).filter((a) => a.type === 'message');
  }

  /** An `adaptiveCard/action` invoke (Action.Execute) from `place`: the invoke response body. */
  async function execute(place: Place, verb: string, dossierId: string) {
    const res = await post(
      activityFrom(place, {
        serviceUrl,
        type: 'invoke',
        name: 'adaptiveCard/action',
        deliveryMode: 'normal',
        value: { action: { type: 'Action.Execute', verb, data: { intakeActie: verb, dossierId } }, trigger: 'manual' },
        replyToId: 'card-1',
      }),
    );
    expect(res.status).toBe(200);
    return res.json as { statusCode: number; type: string; value: unknown };
  }

  const verwijzer = {
    say: (text: string) => say('personal', { from: VERWIJZER, text }),
    submit: (value: Record<string, unknown>) => say('personal', { from: VERWIJZER, value }),
  };

  /** Screening and aanmelding in the verwijzer's personal chat; the dossier id from the confirmation. */
  async function sendAanmelding(intakeTeam: string): Promise<string> {
    const screening = loadScreeningCases().find((c) => c.id === 'v01')!;
    await answerScreeningByCards(await verwijzer.say('screenen'), screening.input, () => verwijzer);
    await verwijzer.say('klopt');
    const answers = { ...AANMELDING_ANSWERS, intakeTeam };
    await fillAanmeldingCards(verwijzer, await verwijzer.submit({ menu: 'aanmelding' }), answers);
    const sent = allVisibleText(await verwijzer.submit({ actie: 'versturen' }));
    const id = /PI-\d{4}-[0-9A-Z]{8}/.exec(sent)?.[0];
    if (!id) throw new Error(`no dossier id in: ${sent.slice(0, 300)}`);
    return id;
  }

  const postedTo = (conversation: string) => posted.filter((p) => p.conversation.startsWith(conversation));
  const statusLine = async (id: string) => {
    const list = allVisibleText(await verwijzer.say('mijn aanmeldingen'));
    return list.slice(list.indexOf(id)).split('\n')[2] ?? '';
  };

  it("a group chat and a foreign team's channel cannot link west; the bound channel can", async () => {
    for (const place of ['groupChat', 'foreignTeam'] as const) {
      const text = allVisibleText(await say(place, { text: '<at>Bot</at> koppel intake west' }));
      expect(text).toBe(place === 'groupChat' ? msg.registration.notInChannel : msg.registration.notThisTeam);
      expect(text).not.toContain(WEST_TEAM);
    }
    expect(allVisibleText(await say('west', { text: '<at>Bot</at> koppel intake west' }))).toBe(
      msg.registration.done('Intaketeam ROC West'),
    );
  });

  it('the bound channel receives the dossier card; the group chat and the foreign channel receive nothing', async () => {
    const started = Date.now();
    westDossier = await sendAanmelding('west');
    await expect
      .poll(() => postedTo(WEST_CHANNEL).some((p) => visibleText(p.activity).includes(westDossier)), {
        timeout: 10_000,
      })
      .toBe(true);
    console.info(`dossier ${westDossier}: card in the bound channel ${Date.now() - started} ms after the first turn`);
    await expect.poll(() => statusLine(westDossier), { timeout: 5_000 }).toContain('Aangekomen bij het intaketeam');
    // The verwijzer's message comes after the status write: wait for it, so it is not taken for a later post.
    await expect
      .poll(() => postedTo(VERWIJZER_CONV).some((p) => String(p.activity.text).includes('is aangekomen')), {
        timeout: 5_000,
      })
      .toBe(true);
    for (const place of ['groupChat', 'foreignTeam'] as const)
      expect(postedTo(PLACES[place].conversation.id)).toEqual([]);
  });

  it("forged actions from the verwijzer's chat, a group chat and a foreign channel change nothing (submit and invoke)", async () => {
    const before = posted.length;
    for (const place of ['personal', 'groupChat', 'foreignTeam'] as const) {
      const submit = await say(place, { value: { intakeActie: 'in-behandeling', dossierId: westDossier } });
      expect(allVisibleText(submit)).toBe(msg.teamAction.notHere);
      expect(cardsOf(submit)).toEqual([]);
      const invoke = await execute(place, 'in-behandeling', westDossier);
      expect(invoke).toEqual({
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: msg.teamAction.notHere,
      });
      const refresh = JSON.stringify(await execute(place, 'verversen', westDossier));
      expect(refresh).not.toContain(AANMELDING_ANSWERS.kandidaatNaam);
    }
    expect(posted.slice(before)).toEqual([]); // nothing posted anywhere, nothing to the verwijzer
    expect(await statusLine(westDossier)).toContain('Aangekomen bij het intaketeam');
  });

  it('the bound channel takes the dossier in behandeling; the verwijzer sees it', async () => {
    const res = await execute('west', 'in-behandeling', westDossier);
    expect(res.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(res.value)).toContain('In behandeling');
    expect(await statusLine(westDossier)).toContain('In behandeling bij het intaketeam');
    await expect
      .poll(() => postedTo(VERWIJZER_CONV).some((p) => String(p.activity.text).includes('in behandeling genomen')))
      .toBe(true);
  });

  it('the webhook team receives its dossier signed by the Standard Webhooks spec', async () => {
    const id = await sendAanmelding('oost');
    await expect.poll(() => hooks.length, { timeout: 10_000 }).toBe(1);
    expect(hooks[0]!.verified).toBe(true);
    expect(hooks[0]!.headers['webhook-id']).toBe(id);
  });

  it('a 250 MB gzip bomb is refused in under 3 s', async () => {
    const bomb = await gzipBomb(250);
    const started = Date.now();
    const res = await fetch(`${botUrl}/api/messages`, {
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
    const res = await fetch(`${botUrl}/api/messages`, {
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
    const refused = spawnBot({ PORT: String(port), MicrosoftAppPassword: 'geheim', DATA_DIR: join(dataDir, 'x') });
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
