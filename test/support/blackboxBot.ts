import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { expect } from 'vitest';
import { HOOK_SECRET, verifyWebhook } from '../intake-delivery/webhookReceiver';
import { freePort } from '../storage/redisServer';
import { loadScreeningCases } from '../fixtures/screeningCases';
import { allVisibleText } from './activities';
import { AANMELDING_ANSWERS, fillAanmeldingCards } from './aanmeldingOverHttp';
import { spawnBuiltBot } from './builtBot';
import { activityFrom, executeFrom, teamsFile, type Place } from './intakeChannelFixture';
import { answerScreeningByCards } from './screeningOverHttp';

/**
 * The real bot as a child process (the production build, local mode), with an intake-teams
 * file (team `west` bound to its Teams team and tenant, webhook team `oost`), a fake Bot
 * Connector and a webhook receiver as real HTTP servers. Every step is an HTTP request, as
 * Teams or an attacker would send it. Used by the black-box "Done when" files, each with its
 * own bot, so two workers can run them side by side.
 */
export interface Posted {
  conversation: string;
  activity: Partial<Activity>;
}

export interface Hook {
  headers: IncomingMessage['headers'];
  body: string;
  verified: boolean;
}

export interface BlackboxBot {
  url: string;
  serviceUrl: string;
  dataDir: string;
  /** Everything the bot posted to the fake Bot Connector. */
  posted: Posted[];
  /** Every webhook the receiver got. */
  hooks: Hook[];
  /** The bot's stdout and stderr. */
  output: string[];
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json?: Record<string, unknown> }>;
  /** A turn from `place`, as Teams sends it; the message replies (expectReplies). */
  say(place: Place, fields: Partial<Activity>): Promise<Partial<Activity>[]>;
  /** An `adaptiveCard/action` invoke (Action.Execute) from `place`: the invoke response body. */
  execute(place: Place, verb: string, dossierId: string): Promise<{ statusCode: number; type: string; value: unknown }>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
export const VERWIJZER = { id: '29:verwijzer-fleur', name: 'Fleur Bakker', aadObjectId: 'aad-fleur' };

/** The verwijzer in their personal chat with the bot. */
export function verwijzerOf(bot: BlackboxBot) {
  return {
    say: (text: string) => bot.say('personal', { from: VERWIJZER, text }),
    submit: (value: Record<string, unknown>) => bot.say('personal', { from: VERWIJZER, value }),
  };
}

/** Screening and aanmelding in the verwijzer's personal chat; the dossier id from the confirmation. */
export async function sendAanmelding(bot: BlackboxBot, intakeTeam: string): Promise<string> {
  const verwijzer = verwijzerOf(bot);
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

/** An HTTP server on a free loopback port; `handle` gets the request and its body. */
async function httpServer(handle: (req: IncomingMessage, body: string) => [number, unknown]): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const [status, json] = handle(req, body);
      // Not chained: restify (loaded by other test files in this worker) patches
      // ServerResponse.prototype.writeHead into one that returns nothing.
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

const portOf = (server: Server) => (server.address() as { port: number }).port;

/** Starts the built bot with exactly `env` (plus PATH and HOME); its output is collected. */
export function spawnBot(env: Record<string, string>): { child: ChildProcess; output: string[] } {
  const output: string[] = [];
  const child = spawnBuiltBot({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, [
    'ignore',
    'pipe',
    'pipe',
  ]);
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return { child, output };
}

export async function startBlackboxBot(): Promise<BlackboxBot> {
  const posted: Posted[] = [];
  const hooks: Hook[] = [];
  const connector = await httpServer((req, body) => {
    const conversation = decodeURIComponent(req.url!.split('/conversations/')[1]?.split('/')[0] ?? '');
    posted.push({ conversation, activity: JSON.parse(body || '{}') as Partial<Activity> });
    return [200, { id: `msg-${posted.length}` }];
  });
  const receiver = await httpServer((req, body) => {
    const verified = verifyWebhook(req.headers, body, HOOK_SECRET, new Date());
    hooks.push({ headers: req.headers, body, verified });
    return verified ? [200, { ok: true }] : [401, { error: 'signature' }];
  });
  const serviceUrl = `http://127.0.0.1:${portOf(connector)}/teams/`;
  const dataDir = mkdtempSync(join(tmpdir(), 'pvbot-done-when-'));
  const teamsYaml = teamsFile(`http://127.0.0.1:${portOf(receiver)}/aanmeldingen`, dataDir);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const bot = spawnBot({
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: join(dataDir, 'data'),
    INTAKE_TEAMS_FILE: teamsYaml,
    LOG_LEVEL: 'info',
    DELIVERY_POLL_MS: '200',
    RATE_LIMIT_PER_MINUTE: '1000',
  });

  async function stop(): Promise<void> {
    bot.child.kill('SIGTERM');
    if (bot.child.exitCode === null && bot.child.signalCode === null) await once(bot.child, 'exit');
    connector.close();
    receiver.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (bot.child.exitCode !== null) {
      await stop();
      throw new Error(`bot exited: ${bot.output.join('')}`);
    }
    const up = await fetch(`${url}/healthz`).then(
      (res) => res.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error('bot did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  async function post(body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  }

  return {
    url,
    serviceUrl,
    dataDir,
    posted,
    hooks,
    output: bot.output,
    post,
    async say(place, fields) {
      const res = await post(activityFrom(place, { serviceUrl, ...fields }));
      expect(res.status).toBe(200);
      return ((res.json?.activities ?? []) as Partial<Activity>[]).filter((a) => a.type === 'message');
    },
    async execute(place, verb, dossierId) {
      const res = await post(
        executeFrom(place, verb, { intakeActie: verb, dossierId }, { serviceUrl, replyToId: 'card-1' }),
      );
      expect(res.status).toBe(200);
      return res.json as { statusCode: number; type: string; value: unknown };
    },
    stop,
  };
}
