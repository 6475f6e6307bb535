/* eslint-disable max-len -- the report's table rows are single template strings; wrapping them hides the layout */
export interface Row {
  name: string;
  turns: number;
  turnsPerSecond: number;
  latency: { p50: number; p95: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  wrongReplies: number;
  generatorCpuPercent: number;
  serverCpuPercent: number;
  /** p50 turn latency with a single verwijzer (no queueing). */
  singleTurnMs: number;
  verification?: { checked: number; lostOrCorrupted: number };
}

interface Report {
  date: string;
  commit: string;
  machine: { cpus: number; model?: string; node: string };
  settings: { connections: number; seconds: number; soak: boolean };
  rows: Row[];
  memory?: { conversations: number; rssKbPerConversation: number; heapKbPerConversation: number };
  search?: Record<string, number> | { unavailable: string };
}

const pad = (v: string | number, n: number) => String(v).padStart(n);
const fixed = (v: number, d = 1) => v.toFixed(d);

/** The table of the issue: turns/s, p50/p95/p99, errors, CPU, ratio to the echo baseline; then the goals. */
export function printReport(report: Report): void {
  const out: string[] = [];
  const baseline = report.rows.find((r) => r.name.startsWith('echo'));
  const memoryRow = report.rows.find((r) => r.name.includes('memory'));
  const redisRow = report.rows.find((r) => r.name.includes('Redis'));
  out.push(
    `\nBench ${report.date} (commit ${report.commit}), ${report.machine.cpus} cores ${report.machine.model ?? ''}, Node ${report.machine.node}`,
  );
  out.push(
    `${report.settings.connections} concurrent simulated verwijzers, complete screenings over HTTP with expectReplies, ${report.settings.seconds} s per target\n`,
  );
  out.push(
    `${'target'.padEnd(20)}${pad('turns/s', 9)}${pad('p50 ms', 8)}${pad('p95 ms', 8)}${pad('p99 ms', 8)}${pad('errors', 8)}${pad('srv CPU%', 10)}${pad('gen CPU%', 10)}${pad('x echo tput', 13)}${pad('x echo p99', 12)}`,
  );
  for (const r of report.rows) {
    const errors = r.errors + r.timeouts + r.non2xx + r.wrongReplies;
    const tput = baseline ? fixed(r.turnsPerSecond / baseline.turnsPerSecond, 2) : '-';
    const p99 = baseline ? fixed(r.latency.p99 / Math.max(baseline.latency.p99, 1), 2) : '-';
    out.push(
      `${r.name.padEnd(20)}${pad(fixed(r.turnsPerSecond, 0), 9)}${pad(r.latency.p50, 8)}${pad(r.latency.p95, 8)}${pad(r.latency.p99, 8)}${pad(errors, 8)}${pad(fixed(r.serverCpuPercent, 0), 10)}${pad(fixed(r.generatorCpuPercent, 0), 10)}${pad(tput, 13)}${pad(p99, 12)}`,
    );
    if (r.verification)
      out.push(
        `${''.padEnd(20)}read back ${r.verification.checked} conversations: ${r.verification.lostOrCorrupted} lost or corrupted`,
      );
  }
  out.push('');
  const goal = (ok: boolean, text: string) => out.push(`${ok ? 'MET ' : 'GAP '} ${text}`);
  if (baseline && memoryRow) {
    goal(
      memoryRow.turnsPerSecond >= 0.5 * baseline.turnsPerSecond,
      `screening throughput >= 50% of echo: ${fixed((memoryRow.turnsPerSecond / baseline.turnsPerSecond) * 100, 0)}%`,
    );
    goal(
      memoryRow.latency.p99 <= 2 * Math.max(baseline.latency.p99, 1),
      `p99 <= 2x echo: ${memoryRow.latency.p99} ms vs ${baseline.latency.p99} ms`,
    );
  }
  for (const r of report.rows) {
    goal(
      r.errors + r.timeouts + r.non2xx + r.wrongReplies === 0,
      `no errors (${r.name}): ${r.non2xx} non-2xx, ${r.errors} connection errors, ${r.timeouts} timeouts (60 s), ${r.wrongReplies} wrong replies; slowest turn ${r.latency.max} ms`,
    );
  }
  if (memoryRow && redisRow) {
    goal(
      redisRow.turnsPerSecond >= 0.7 * memoryRow.turnsPerSecond,
      `Redis throughput >= 70% of memory: ${fixed((redisRow.turnsPerSecond / memoryRow.turnsPerSecond) * 100, 0)}%`,
    );
    goal(
      redisRow.latency.p99 <= 1.5 * Math.max(memoryRow.latency.p99, 1),
      `Redis p99 <= 1.5x memory: ${redisRow.latency.p99} ms vs ${memoryRow.latency.p99} ms`,
    );
  }
  if (report.memory) {
    goal(
      report.memory.rssKbPerConversation < 20,
      `memory mode < 20 KB resident per idle conversation: ${fixed(report.memory.rssKbPerConversation)} KB RSS (${fixed(report.memory.heapKbPerConversation)} KB heap), ${report.memory.conversations} conversations`,
    );
  }
  const search = report.search as
    { p99Ms?: number; p50Ms?: number; indexBuildMs?: number; queries?: number } | undefined;
  if (search?.p99Ms !== undefined && baseline) {
    const echoTurn = Math.max(baseline.singleTurnMs, 1);
    goal(
      search.p99Ms < echoTurn,
      `search p99 < one echo turn: ${search.p99Ms} ms vs ${echoTurn} ms (single-verwijzer echo p50; ${search.queries} queries, search p50 ${search.p50Ms} ms)`,
    );
    goal(
      search.indexBuildMs! < 100 * echoTurn,
      `index build < 100 echo turns: ${search.indexBuildMs} ms vs ${100 * echoTurn} ms`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
