/* eslint-disable max-len -- the report's table rows are single template strings; wrapping them hides the layout */
export interface Row {
  name: string;
  connections: number;
  turns: number;
  turnsPerSecond: number;
  screenings: number;
  latency: { p50: number; p95: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  wrongReplies: number;
  generatorCpuPercent: number;
  serverCpuPercent: number;
  /** Server CPU time per turn: what a turn costs, whatever else runs on the machine. */
  cpuMsPerTurn: number;
  samples: string[];
}

export interface Report {
  date: string;
  commit: string;
  machine: { cpus: number; model?: string; node: string; loadAverage: number[] };
  settings: { concurrency: number[]; seconds: number; cases: string; turnsPerScreening: number[] };
  rows: Row[];
  memory?: { conversations: number; rssKbPerConversation: number; heapKbPerConversation: number };
  storedKbPerConversation?: number;
  search?: Record<string, number>;
  startup?: { medianMs: number; runsMs: number[] };
  profile?: { file: string; areas: { area: string; percent: number }[] };
}

/** The row every ratio is taken against: botbuilder's stock echo bot sample (scripts/bench/echoBot.ts). */
export const BASELINE = 'echo (stock sample)';
const baselineAt = (rows: Row[], connections: number) =>
  rows.find((r) => r.name === BASELINE && r.connections === connections);

const pad = (v: string | number, n: number) => String(v).padStart(n);
const fixed = (v: number, d = 1) => v.toFixed(d);
const failures = (r: Row) => r.errors + r.timeouts + r.non2xx + r.wrongReplies;

/** The ratios the issue asks for, per concurrency: throughput and p99 against the echo bot in the same run. */
export function formatReport(report: Report): string {
  const out: string[] = [];
  const goal = (ok: boolean, text: string) => out.push(`${ok ? 'MET ' : 'GAP '} ${text}`);
  out.push(
    `\nBench ${report.date}, commit ${report.commit}, ${report.machine.cpus} cores ${report.machine.model ?? ''}, Node ${report.machine.node}, load average at start ${report.machine.loadAverage.map((l) => l.toFixed(2)).join(' ')}`,
  );
  out.push(
    `Complete screenings (${report.settings.cases}, ${report.settings.turnsPerScreening.join('/')} turns) replayed in strict turn order over HTTP with expectReplies, every reply checked; ${report.settings.seconds} s per row; ratios are to botbuilder's stock echo bot sample in this run; 'echo, own plumbing' is the same echo on this bot's server and adapter.`,
  );
  out.push(
    `Throughput and latency need a quiet machine (server CPU% near 100 when saturated); CPU ms per turn holds on a busy one.\n`,
  );
  out.push(
    `${'target'.padEnd(20)}${pad('conc', 5)}${pad('turns/s', 9)}${pad('p50 ms', 8)}${pad('p95 ms', 8)}${pad('p99 ms', 8)}${pad('max ms', 8)}${pad('failed', 8)}${pad('srv CPU%', 10)}${pad('gen CPU%', 10)}${pad('x echo tput', 13)}${pad('x echo p99', 12)}${pad('CPU ms/turn', 13)}${pad('x echo CPU', 12)}`,
  );
  for (const r of report.rows) {
    const echo = baselineAt(report.rows, r.connections);
    const tput = echo ? fixed(r.turnsPerSecond / echo.turnsPerSecond, 2) : '-';
    const p99 = echo ? fixed(r.latency.p99 / Math.max(echo.latency.p99, 1), 2) : '-';
    const cpu = echo ? fixed(r.cpuMsPerTurn / echo.cpuMsPerTurn, 2) : '-';
    out.push(
      `${r.name.padEnd(20)}${pad(r.connections, 5)}${pad(fixed(r.turnsPerSecond, 0), 9)}${pad(fixed(r.latency.p50, 0), 8)}${pad(fixed(r.latency.p95, 0), 8)}${pad(fixed(r.latency.p99, 0), 8)}${pad(fixed(r.latency.max, 0), 8)}${pad(failures(r), 8)}${pad(fixed(r.serverCpuPercent, 0), 10)}${pad(fixed(r.generatorCpuPercent, 0), 10)}${pad(tput, 13)}${pad(p99, 12)}${pad(fixed(r.cpuMsPerTurn, 2), 13)}${pad(cpu, 12)}`,
    );
    for (const s of r.samples) out.push(`${''.padEnd(20)}! ${s}`);
  }
  out.push('');
  for (const connections of report.settings.concurrency) {
    const echo = baselineAt(report.rows, connections);
    const memory = report.rows.find((r) => r.name.includes('memory') && r.connections === connections);
    const redis = report.rows.find((r) => r.name.includes('Redis') && r.connections === connections);
    if (echo && memory) {
      goal(
        memory.turnsPerSecond >= echo.turnsPerSecond,
        `${connections} concurrent: memory-state throughput >= 1.0x echo: ${fixed(memory.turnsPerSecond / echo.turnsPerSecond, 2)}x`,
      );
      goal(
        memory.latency.p99 <= 1.5 * echo.latency.p99,
        `${connections} concurrent: memory-state p99 <= 1.5x echo: ${fixed(memory.latency.p99 / echo.latency.p99, 2)}x (${fixed(memory.latency.p99, 0)} vs ${fixed(echo.latency.p99, 0)} ms)`,
      );
    }
    const plumbing = report.rows.find((r) => r.name.includes('own plumbing') && r.connections === connections);
    if (plumbing && memory) {
      out.push(
        `INFO ${connections} concurrent: memory-state bot vs the echo on its own plumbing: ${fixed(memory.turnsPerSecond / plumbing.turnsPerSecond, 2)}x throughput, ${fixed(memory.cpuMsPerTurn / plumbing.cpuMsPerTurn, 2)}x CPU per turn (what the dialogs cost)`,
      );
    }
    if (memory && redis) {
      goal(
        redis.turnsPerSecond >= 0.9 * memory.turnsPerSecond,
        `${connections} concurrent: Redis throughput >= 0.9x memory: ${fixed(redis.turnsPerSecond / memory.turnsPerSecond, 2)}x`,
      );
    }
  }
  for (const r of report.rows) {
    if (failures(r) > 0)
      goal(
        false,
        `no errors (${r.name}, ${r.connections}): ${r.non2xx} non-2xx, ${r.errors} connection errors, ${r.timeouts} timeouts, ${r.wrongReplies} wrong replies`,
      );
  }
  if (report.rows.every((r) => failures(r) === 0))
    goal(
      true,
      `no errors, timeouts or wrong replies in any row (${report.rows.reduce((n, r) => n + r.turns, 0)} turns checked)`,
    );
  if (report.memory) {
    goal(
      report.memory.rssKbPerConversation <= 16,
      `idle conversation <= 16 KB: ${fixed(report.memory.rssKbPerConversation)} KB resident (${fixed(report.memory.heapKbPerConversation)} KB heap) per conversation over ${report.memory.conversations}, memory state${report.storedKbPerConversation === undefined ? '' : `; ${fixed(report.storedKbPerConversation)} KB stored per finished screening in Redis`}`,
    );
  }
  if (report.search?.p99Ms !== undefined) {
    goal(
      report.search.p99Ms < 1,
      `search p99 < 1 ms, index warm: ${report.search.p99Ms} ms (p50 ${report.search.p50Ms} ms, max ${report.search.maxMs} ms, ${report.search.queries} searches after ${report.search.warmUpRounds ?? 0} unmeasured pass over the questions; index build ${report.search.indexBuildMs} ms)`,
    );
    if (report.search.firstPassP99Ms !== undefined)
      out.push(
        `  not warm: the first pass on a new index p50 ${report.search.firstPassP50Ms} ms, p99 ${report.search.firstPassP99Ms} ms; the first question of a new process ${report.search.firstQueryAfterStartMs} ms after the index build it waits for (${report.search.firstQueryIndexBuildMs} ms; median of 3)`,
      );
  }
  if (report.startup) {
    goal(
      report.startup.medianMs < 1000,
      `start-up to healthz < 1 s: ${report.startup.medianMs} ms (node dist/main.js, median of ${report.startup.runsMs.join(', ')} ms)`,
    );
  }
  if (report.profile) {
    out.push(
      `\nCPU profile of the memory-state bot under load (${report.profile.file}): ${report.profile.areas
        .slice(0, 6)
        .map((a) => `${a.area} ${fixed(a.percent)}%`)
        .join(', ')}`,
    );
  }
  return `${out.join('\n')}\n`;
}
