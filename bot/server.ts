import restify, { type Request, type Response } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from './logger';
import { IncomingActivity } from './incomingActivity';

export const MAX_BODY_BYTES = 256 * 1024;

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

export interface ServerDeps {
  metrics?: MetricsEndpoint;
  adapter: CloudAdapter;
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

export function createServer(deps: ServerDeps) {
  const server = restify.createServer({ name: 'pvbot', handleUncaughtExceptions: false });
  let inFlight = 0;
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }));

  server.get('/healthz', async (_req: Request, res: Response) => {
    const checks = (await deps.health.check?.().catch(() => ({}))) ?? {};
    const ok = Object.values(checks).every(Boolean);
    res.send(ok ? 200 : 503, { status: ok ? 'ok' : 'degraded', storage: deps.health.storage, llm: deps.health.llm, ...checks });
  });

  server.get('/metrics', async (req: Request, res: Response) => {
    const metrics = deps.metrics;
    if (!metrics || metrics.token === null) {
      res.send(404, { error: 'NOT_FOUND' });
      return;
    }
    if (metrics.token !== undefined && req.headers.authorization !== `Bearer ${metrics.token}`) {
      res.send(401, { error: 'UNAUTHORIZED' });
      return;
    }
    const body = await metrics.registry.metrics();
    res.writeHead(200, { 'content-type': metrics.registry.contentType });
    res.end(body);
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const parsed = IncomingActivity.safeParse(req.body);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') || 'body';
      deps.log.warn({ event: 'http.bad_activity', field, reqId: req.id() }, 'rejected activity');
      res.send(400, { error: 'INVALID_ACTIVITY', field });
      return;
    }
    inFlight++;
    try {
      await deps.adapter.process(req, res, (context) => deps.bot.run(context));
    } catch (error) {
      deps.log.error({ event: 'http.process_failed', reqId: req.id(), err: (error as Error).name }, 'process failed');
      if (!res.headersSent) res.send(500, { error: 'INTERNAL' });
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
          const closed = new Promise<void>((resolve) => server.close(() => resolve()));
          const deadline = Date.now() + graceMs;
          while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
          server.server.closeAllConnections?.();
          await closed;
        },
      };
    },
  };
}
