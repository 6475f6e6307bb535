import { pino } from 'pino';
import type { Request, Response, Server } from 'restify';
import RestifyRouter from 'restify/lib/router.js';
import RestifyServer from 'restify/lib/server.js';
import type { TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { BotAdapter } from './adapter';
import type { Logger } from './logger';
import { IncomingActivity, toBotActivity } from './incomingActivity';
import { readJsonBody } from './requestBody';

export interface Health {
  storage: 'memory' | 'redis';
  llm: 'off' | 'openai';
  /** Extra reachability checks (e.g. redis: true/false). */
  check?: () => Promise<Record<string, boolean>>;
}

export interface MetricsEndpoint {
  registry: { contentType: string; metrics(): Promise<string> };
  /** Bearer token required for GET /metrics; undefined = open (local mode) ; null = disabled. */
  token: string | undefined | null;
}

export interface RapportEndpoint {
  /** The regional report as one HTML page (no personal data). */
  render(): Promise<string>;
  /** Same rule as /metrics: undefined = open (local mode); null = disabled. */
  token: string | undefined | null;
}

export interface ServerDeps {
  metrics?: MetricsEndpoint;
  rapport?: RapportEndpoint;
  adapter: Pick<BotAdapter, 'processParsed'>;
  bot: { run(context: TurnContext): Promise<void> };
  log: Logger;
  health: Health;
}

export interface RunningServer {
  /** Bound address, e.g. http://127.0.0.1:3978 */
  url: string;
  port: number;
  /** Stops accepting, waits for in-flight turns (up to graceMs), then resolves. */
  close(graceMs?: number): Promise<void>;
}

/**
 * restify's createServer (lib/index.js) without loading its index, which also loads every
 * plugin (body parsers, http-signature with sshpk, ...): about 290 modules and a fifth of the
 * start-up that this server never uses. The same steps as restify's for these options.
 * Imported (not required) so that the build bundles them (types: bot/restifyInternals.d.ts).
 */
function createRestifyServer(name: string): Server {
  const options = { name, handleUncaughtExceptions: false, log: pino({ name }) };
  return new RestifyServer({ ...options, router: new RestifyRouter(options) });
}

export function createServer(deps: ServerDeps) {
  const server = createRestifyServer('pvbot');
  let inFlight = 0;

  server.get('/healthz', async (_req: Request, res: Response) => {
    const checks = (await deps.health.check?.().catch(() => ({}))) ?? {};
    const ok = Object.values(checks).every(Boolean);
    res.send(ok ? 200 : 503, {
      status: ok ? 'ok' : 'degraded',
      storage: deps.health.storage,
      llm: deps.health.llm,
      ...checks,
    });
  });

  /** /metrics and /rapport: 404 when off, 401 without the right bearer token; true = go on. */
  const admitted = (endpoint: { token: string | undefined | null } | undefined, req: Request, res: Response) => {
    if (!endpoint || endpoint.token === null) {
      res.send(404, { error: 'NOT_FOUND' });
      return false;
    }
    if (endpoint.token !== undefined && req.headers.authorization !== `Bearer ${endpoint.token}`) {
      res.send(401, { error: 'UNAUTHORIZED' });
      return false;
    }
    return true;
  };

  server.get('/metrics', async (req: Request, res: Response) => {
    const metrics = deps.metrics;
    if (!admitted(metrics, req, res) || !metrics) return;
    const body = await metrics.registry.metrics();
    res.writeHead(200, { 'content-type': metrics.registry.contentType });
    res.end(body);
  });

  server.get('/rapport', async (req: Request, res: Response) => {
    const rapport = deps.rapport;
    if (!admitted(rapport, req, res) || !rapport) return;
    let body: string;
    try {
      body = await rapport.render();
    } catch (error) {
      deps.log.error({ event: 'rapport.failed', code: (error as Error)?.name, reqId: req.id() }, 'report failed');
      res.send(503, { error: 'UNAVAILABLE' });
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      'referrer-policy': 'no-referrer',
    });
    res.end(body);
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const read = await readJsonBody(req);
    if (!read.ok) {
      deps.log.warn({ event: 'http.refused_body', error: read.error, reqId: req.id() }, 'refused body');
      if (read.status !== 400) res.header('connection', 'close'); // the rest of the body is never read
      res.send(read.status, { error: read.error });
      return;
    }
    const parsed = IncomingActivity.safeParse(read.body);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') || 'body';
      deps.log.warn({ event: 'http.bad_activity', field, reqId: req.id() }, 'rejected activity');
      res.send(400, { error: 'INVALID_ACTIVITY', field });
      return;
    }
    inFlight++;
    try {
      const auth = req.headers.authorization ?? '';
      const reply = await deps.adapter.processParsed(auth, toBotActivity(parsed.data), (context) =>
        deps.bot.run(context),
      );
      if (reply?.body === undefined) res.send(reply?.status ?? 200);
      else res.send(reply.status, reply.body);
    } catch (error) {
      // Never the error's own text: it can carry internals (URLs, token details, stack).
      const unauthorized = error instanceof AuthenticationError;
      const event = unauthorized ? 'http.unauthorized' : 'http.process_failed';
      deps.log[unauthorized ? 'warn' : 'error'](
        { event, reqId: req.id(), err: (error as Error)?.name },
        'process failed',
      );
      if (!res.headersSent) res.send(unauthorized ? 401 : 500, { error: unauthorized ? 'UNAUTHORIZED' : 'INTERNAL' });
    } finally {
      inFlight--;
    }
  });

  return {
    async listen(port: number, host: string): Promise<RunningServer> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        // Keep idle connections longer than a load balancer's or client's idle timeout, so the
        // server never closes a socket a client is about to reuse (a request lost in between).
        server.server.keepAliveTimeout = 65_000;
        server.server.headersTimeout = 66_000;
        server.listen(port, host, () => resolve());
      });
      const address = server.address();
      const bound = address.port;
      const url = `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
      return {
        url,
        port: bound,
        close: async (graceMs = 10_000) => {
          const closed = new Promise<void>((resolve) => {
            server.close(() => resolve());
          });
          const deadline = Date.now() + graceMs;
          while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
          server.server.closeAllConnections?.();
          await closed;
        },
      };
    },
  };
}
