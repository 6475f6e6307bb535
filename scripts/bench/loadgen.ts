import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { SCREENING, activityBody, type Step } from './scenario';

/**
 * The load generator, in its own process so it never shares an event loop with a server.
 * Each autocannon connection is one verwijzer going through complete screenings, checking
 * every reply. Prints one JSON line with the results.
 */
interface Args {
  url: string;
  connections: number;
  seconds: number;
  /** For the echo baseline the reply is an echo, not the next question. */
  expectEcho: boolean;
  verify: boolean;
}

interface Ctx {
  conv?: string;
  step?: number;
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2]!) as Args;
  const conversations = new Map<string, number>(); // conversation → steps completed
  let wrong = 0;
  const samples: string[] = []; // a few failing replies, to tell a bug from a measurement artefact
  const sample = (what: string) => samples.length < 6 && samples.push(what.slice(0, 400));
  const requests = SCREENING.map((step, index) => ({
    method: 'POST' as const,
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req: Record<string, unknown>, context: Ctx) => {
      if (index === 0) context.conv = `bench-${randomUUID()}`;
      context.step = index;
      return { ...req, body: activityBody(context.conv!, step) };
    },
    onResponse: (status: number, body: string, context: Ctx) => {
      const ok = status === 200 && body.includes(args.expectEcho ? 'echo:' : step.expect);
      if (!ok) {
        wrong++;
        sample(`step ${index} status ${status}: ${body.replace(/\s+/g, ' ')}`);
      } else conversations.set(context.conv!, index + 1);
    },
  }));
  const cpuBefore = process.cpuUsage();
  const started = Date.now();
  // The instance is both a promise of the result and an event emitter (for request errors).
  const run = autocannon({
    url: args.url,
    connections: args.connections,
    duration: args.seconds,
    requests: requests as never,
    timeout: 60,
  }) as unknown as Promise<autocannon.Result> & {
    on(event: 'reqError', listener: (error: Error) => void): void;
  };
  run.on('reqError', (error: Error) =>
    sample(`request error after ${((Date.now() - started) / 1000).toFixed(1)} s: ${error.message}`),
  );
  const result = await run;
  const wallMs = Date.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const verification = args.verify ? await verify(args.url, conversations, sample) : undefined;
  process.stdout.write(
    `${JSON.stringify({
      turns: result.requests.total,
      turnsPerSecond: result.requests.average,
      latency: {
        p50: result.latency.p50,
        p95: result.latency.p97_5 ?? result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      wrongReplies: wrong,
      generatorCpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
      verification,
      samples,
    })}\n`,
  );
}

/**
 * Reads every conversation back after the run: one mid-screening must accept its next
 * answer and ask the question after it; a finished one must still be known (no welcome).
 */
async function verify(url: string, conversations: Map<string, number>, sample: (what: string) => void) {
  let lost = 0;
  let checked = 0;
  const entries = [...conversations.entries()];
  for (let i = 0; i < entries.length; i += 50) {
    await Promise.all(
      entries.slice(i, i + 50).map(async ([conv, done]) => {
        // At the menu, a known conversation gets "not understood"; a lost one would get the welcome.
        const step: Step =
          done < SCREENING.length ? SCREENING[done]! : { send: { text: 'blabla' }, expect: 'Dat begrijp ik niet' };
        const res = await fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: activityBody(conv, step),
        });
        const body = await res.text();
        checked++;
        // The last turn may have been processed while its reply was cut off by the end of the
        // run: the screening is then finished and the bot is back at the menu, which is consistent.
        const finishedInFlight = done === SCREENING.length - 1 && body.includes('Dat begrijp ik niet');
        if (res.status !== 200 || !(body.includes(step.expect) || finishedInFlight)) {
          lost++;
          sample(`read-back after ${done} steps, status ${res.status}: ${body.replace(/\s+/g, ' ')}`);
        }
      }),
    );
  }
  return { checked, lostOrCorrupted: lost };
}

main().catch((error: unknown) => {
  process.stderr.write(`loadgen failed: ${(error as Error).message}\n`);
  process.exit(1);
});
