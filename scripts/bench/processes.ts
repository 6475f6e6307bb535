import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import type { LoadArgs } from './loadgen';

/** A bench target in its own Node process, with its CPU time readable from /proc. */
export interface Target {
  name: string;
  url: string;
  child: ChildProcess;
  cpuSeconds(): number;
  memory(): Promise<NodeJS.MemoryUsage>;
  /** Starts a CPU profile in the target; the returned function stops it and returns the profile. */
  profile(): Promise<() => Promise<unknown>>;
  stop(): Promise<void>;
}

const TSX = ['--import', 'tsx', '--no-deprecation'];

export async function startTarget(
  name: string,
  kind: 'echo' | 'plumbing' | 'bot',
  env: Record<string, string>,
): Promise<Target> {
  const child = fork('scripts/bench/serveTarget.ts', [kind], {
    execArgv: [...TSX, '--expose-gc'],
    // Only what the bench chooses: a REDIS_URL in the shell must not turn the memory target into a Redis one.
    env: { ...withoutStateEnv(process.env), ...env, MicrosoftAppId: '' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const [message] = (await once(child, 'message')) as [{ url: string }];
  return {
    name,
    url: message.url,
    child,
    cpuSeconds: () => cpuSecondsOf(child.pid!),
    memory: async () => {
      child.send('memory');
      const [reply] = (await once(child, 'message')) as [{ memory: NodeJS.MemoryUsage }];
      return reply.memory;
    },
    profile: async () => {
      child.send('profile-start');
      await once(child, 'message');
      return async () => {
        child.send('profile-stop');
        const [reply] = (await once(child, 'message')) as [{ profile: unknown }];
        return reply.profile;
      };
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

function withoutStateEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { REDIS_URL: _url, REDIS_PREFIX: _prefix, DATA_DIR: _dir, ...rest } = env;
  return rest;
}

/** utime + stime of a process, from /proc (Linux); clock ticks are 100 per second there. */
export function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export async function runLoadgen(args: LoadArgs): Promise<Record<string, unknown>> {
  const child = spawn(process.execPath, [...TSX, 'scripts/bench/loadgen.ts', JSON.stringify(args)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`load generator exited with ${code}`);
  return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

/** A private, non-persistent redis-server for the Redis target when none is configured. */
export async function startRedis(port: number): Promise<() => Promise<void>> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  const deadline = Date.now() + 10_000;
  while (!output.includes('Ready to accept connections')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('redis-server did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  return async () => {
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
}
