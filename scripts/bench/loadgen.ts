import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { activityBody, type Script } from './scenario';

/**
 * The load generator, in its own process so it never shares an event loop with a server.
 * Every connection is one verwijzer going through complete screenings in strict turn order
 * (one request in flight, the next turn only after the reply), cases spread over the
 * connections; every reply is checked. Prints one JSON line with the results.
 */
export interface LoadArgs {
  url: string;
  connections: number;
  seconds: number;
  scripts: Script[];
  /** For the echo baseline the reply is an echo, not the next question. */
  expectEcho: boolean;
}

interface Ctx {
  conv?: string;
  sentAt?: number;
}

type Instance = Promise<autocannon.Result> & { on(event: 'reqError', listener: (error: Error) => void): void };

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2]!) as LoadArgs;
  const latencies: number[] = [];
  let wrong = 0;
  let screenings = 0;
  const samples: string[] = []; // a few failing replies, to tell a bug from a measurement artefact
  const sample = (what: string) => samples.length < 6 && samples.push(what.slice(0, 400));
  const cpuBefore = process.cpuUsage();
  const started = Date.now();
  // One autocannon instance per case (scripts differ in length), connections shared out evenly.
  const instances = args.scripts.map((script, i) => {
    const connections =
      Math.floor(args.connections / args.scripts.length) + (i < args.connections % args.scripts.length ? 1 : 0);
    if (connections === 0) return undefined;
    const last = script.steps.length - 1;
    const requests = script.steps.map((step, index) => ({
      method: 'POST' as const,
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req: Record<string, unknown>, context: Ctx) => {
        if (index === 0) context.conv = `bench-${script.caseId}-${randomUUID()}`;
        context.sentAt = performance.now();
        return { ...req, body: activityBody(context.conv!, step) };
      },
      onResponse: (status: number, body: string, context: Ctx) => {
        latencies.push(performance.now() - context.sentAt!);
        const ok = status === 200 && body.includes(args.expectEcho ? 'Echo: ' : step.expect);
        if (!ok) {
          wrong++;
          sample(`case ${script.caseId} turn ${index} status ${status}: ${body.replace(/\s+/g, ' ')}`);
        } else if (index === last) screenings++;
      },
    }));
    const run = autocannon({
      url: args.url,
      connections,
      duration: args.seconds,
      requests: requests as never,
      timeout: 30,
    }) as unknown as Instance;
    run.on('reqError', (error: Error) =>
      sample(`request error after ${((Date.now() - started) / 1000).toFixed(1)} s: ${error.message}`),
    );
    return run;
  });
  const results = await Promise.all(instances.filter((i) => i !== undefined));
  const wallMs = Date.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  const at = (p: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0);
  const sum = (pick: (r: autocannon.Result) => number) => results.reduce((total, r) => total + pick(r), 0);
  process.stdout.write(
    `${JSON.stringify({
      turns: latencies.length,
      turnsPerSecond: round(latencies.length / (wallMs / 1000)),
      screenings,
      latency: { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(latencies.at(-1) ?? 0) },
      non2xx: sum((r) => r.non2xx),
      errors: sum((r) => r.errors),
      timeouts: sum((r) => r.timeouts),
      wrongReplies: wrong,
      generatorCpuPercent: round(((cpu.user + cpu.system) / 1000 / wallMs) * 100),
      samples,
    })}\n`,
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

main().catch((error: unknown) => {
  process.stderr.write(`loadgen failed: ${(error as Error).message}\n`);
  process.exit(1);
});
