import { randomUUID } from 'node:crypto';
import { ConversationState, MemoryStorage, type Storage, type StoreItems, TestAdapter, TurnContext } from 'botbuilder';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRedisClient, waitForRedis } from '../../bot/storage/redisClient';
import { RedisStorage } from '../../bot/storage/redisStorage';
import { InProcessTurnLock, RedisTurnLock, type TurnLock } from '../../bot/storage/turnLock';
import { SHARED_REDIS_URL } from './redisServer';

/*
 * Two "turns" of one conversation run at the same time (a double-submitted card, two quick
 * messages), each a read-modify-write of conversation state through botbuilder's
 * ConversationState. Redis mode: two bot instances, each with its own client and storage.
 */
const PREFIX = `test:lostUpdate:${randomUUID()}:`;
const clients: Redis[] = [];

beforeAll(async () => {
  clients.push(createRedisClient(SHARED_REDIS_URL), createRedisClient(SHARED_REDIS_URL));
  await Promise.all(clients.map((c) => waitForRedis(c, 5_000)));
});
afterAll(async () => {
  const [client] = clients;
  const keys: string[] = [];
  for await (const batch of client!.scanStream({ match: `${PREFIX}*` })) keys.push(...(batch as string[]));
  if (keys.length > 0) await client!.del(keys);
  clients.forEach((c) => c.disconnect());
});

interface Instance {
  storage: Storage;
  lock: TurnLock;
}

function redisInstances(): [Instance, Instance] {
  const [a, b] = clients as [Redis, Redis];
  const instance = (client: Redis) => ({
    storage: new RedisStorage(client, { prefix: `${PREFIX}state:` }),
    lock: new RedisTurnLock(client, { prefix: `${PREFIX}lock:` }),
  });
  return [instance(a), instance(b)];
}

function memoryInstances(): [Instance, Instance] {
  const shared = { storage: new MemoryStorage(), lock: new InProcessTurnLock() };
  return [shared, shared];
}

/** Both turns have read the state before either writes. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => (++arrived === parties && open(), opened);
}

async function turn(
  instance: Instance,
  conversationId: string,
  answer: string,
  options: { useLock: boolean; afterLoad: () => Promise<void> },
): Promise<void> {
  const context = new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'msteams',
    text: answer,
    conversation: { id: conversationId } as never,
  });
  const state = new ConversationState(instance.storage);
  const answers = state.createProperty<string[]>('antwoorden');
  const release = options.useLock
    ? await instance.lock.acquire(`msteams/${conversationId}`, { waitMs: 5_000, ttlMs: 10_000 })
    : undefined;
  if (options.useLock && !release) throw new Error('lock not acquired');
  try {
    const list = await answers.get(context, []);
    await options.afterLoad();
    await answers.set(context, [...list, answer]);
    await state.saveChanges(context);
  } finally {
    await release?.();
  }
}

// ConversationState's storage key: channel/conversations/id/namespace (namespace empty).
const stateKey = (conversationId: string) => `msteams/conversations/${conversationId}/`;

async function storedAnswers(instance: Instance, conversationId: string): Promise<string[]> {
  const items = await instance.storage.read([stateKey(conversationId)]);
  return [...((items[stateKey(conversationId)]?.antwoorden as string[] | undefined) ?? [])].sort();
}

describe.each([
  ['Redis, two instances', redisInstances],
  ['memory, one process', memoryInstances],
])('concurrent turns on one conversation (%s)', (_mode, makeInstances) => {
  it("botbuilder's saveChanges writes with eTag '*', so eTags cannot catch the race", async () => {
    const [a] = makeInstances();
    const write = vi.spyOn(a.storage, 'write');
    const conversationId = randomUUID();
    await turn(a, conversationId, 'eerste', { useLock: false, afterLoad: async () => {} });
    const changes = write.mock.calls[0]?.[0] as StoreItems;
    expect(changes[stateKey(conversationId)].eTag).toBe('*');
  });

  it('without the turn lock one answer is lost (last write wins)', async () => {
    const [a, b] = makeInstances();
    const conversationId = randomUUID();
    const bothLoaded = barrier(2);
    await Promise.all([
      turn(a, conversationId, 'ja', { useLock: false, afterLoad: bothLoaded }),
      turn(b, conversationId, 'twijfel', { useLock: false, afterLoad: bothLoaded }),
    ]);
    const kept = await storedAnswers(a, conversationId);
    expect(kept).toHaveLength(1);
    expect(['ja', 'twijfel']).toContain(kept[0]);
  });

  it('with the turn lock both answers are kept', async () => {
    const [a, b] = makeInstances();
    const conversationId = randomUUID();
    const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 50)); // room to interleave
    await Promise.all([
      turn(a, conversationId, 'ja', { useLock: true, afterLoad: pause }),
      turn(b, conversationId, 'twijfel', { useLock: true, afterLoad: pause }),
    ]);
    expect(await storedAnswers(b, conversationId)).toEqual(['ja', 'twijfel']);
  });
});
