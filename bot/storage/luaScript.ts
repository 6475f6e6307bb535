import type { Redis } from 'ioredis';

type ScriptCommand = (numberOfKeys: number, ...keysAndArgs: (string | number)[]) => Promise<unknown>;

/**
 * A Lua script run through ioredis `defineCommand`: the first call on a connection sends
 * EVAL (which loads the script), later calls send EVALSHA with the cached hash, and a
 * NOSCRIPT reply (server restarted) falls back to EVAL. Each run is one command.
 */
export class LuaScript {
  constructor(
    private readonly name: string,
    private readonly lua: string,
  ) {}

  run(redis: Redis, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    const commands = redis as unknown as Record<string, ScriptCommand | undefined>;
    if (typeof commands[this.name] !== 'function') redis.defineCommand(this.name, { lua: this.lua });
    const command = commands[this.name] as ScriptCommand;
    return command.call(redis, keys.length, ...keys, ...args);
  }
}
