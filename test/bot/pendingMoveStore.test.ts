import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { moveRequest } from '../../bot/intake/channelMove';
import { PendingMoveStore } from '../../bot/intake/pendingMoveStore';
import { withSharedRedis } from '../support/sharedRedis';
import { startTestApp } from '../support/testApp';

const PREFIX = `test:pendingMoves:${randomUUID()}:`;
const NOW = new Date('2026-12-03T09:00:00.000Z');
const here = {
  conversationType: 'channel',
  conversationId: '19:west-other@thread.tacv2',
  teamId: '19:west-team@thread.tacv2',
  tenantId: 't-1',
};
const third = { ...here, conversationId: '19:west-third@thread.tacv2' };
let client: Redis;
withSharedRedis(PREFIX, (connected) => (client = connected));

function contract(name: string, store: () => PendingMoveStore | Promise<PendingMoveStore>) {
  describe(`pending channel moves: ${name}`, () => {
    it('keeps one request a team, and gives it up to one claim only', async () => {
      const moves = await store();
      const request = moveRequest(here, NOW);
      await moves.put('west', request);
      expect(await moves.get('west')).toEqual(request);
      expect(await moves.get('oost')).toBeUndefined();
      const claims = await Promise.all([moves.claim('west', request), moves.claim('west', request)]);
      expect(claims.sort()).toEqual([false, true]);
      expect(await moves.get('west')).toBeUndefined();
      expect(await moves.claim('west', request)).toBe(false);
    });

    it('a request replaced by a newer one (asked elsewhere) can no longer be claimed', async () => {
      const moves = await store();
      const first = moveRequest(here, NOW);
      await moves.put('west', first);
      const newer = moveRequest(third, new Date(NOW.getTime() + 60_000));
      await moves.put('west', newer);
      expect(await moves.claim('west', first)).toBe(false);
      expect(await moves.get('west')).toEqual(newer);
      expect(await moves.claim('west', newer)).toBe(true);
    });

    it('purging removes the requests expired by then and keeps the others', async () => {
      const moves = await store();
      await moves.put('west', moveRequest(here, NOW)); // expires 09:10
      await moves.put('oost', moveRequest(here, new Date(NOW.getTime() + 30 * 60_000))); // 09:40
      expect(await moves.purgeExpired(new Date(NOW.getTime() + 5 * 60_000))).toBe(0);
      expect(await moves.purgeExpired(new Date(NOW.getTime() + 10 * 60_000))).toBe(1);
      expect(await moves.get('west')).toBeUndefined();
      expect(await moves.get('oost')).toBeDefined();
      expect(await moves.purgeExpired(new Date(NOW.getTime() + 60 * 60_000))).toBe(1);
      expect(await moves.get('oost')).toBeUndefined();
    });
  });
}

contract('memory', () => PendingMoveStore.inMemory());
contract('Redis', () => PendingMoveStore.openInRedis(client, `${PREFIX}${randomUUID()}:`));

describe('pending channel moves in Redis: read through zod', () => {
  it.each([
    ['not JSON', '{oops'],
    ['a conversation reference', JSON.stringify({ conversation: { id: '19:x' }, serviceUrl: 'https://x' })],
    ['a request without its expiry', JSON.stringify({ ...here })],
  ])('%s counts as no request, and cannot be claimed', async (_name, raw) => {
    const prefix = `${PREFIX}${randomUUID()}:`;
    const moves = await PendingMoveStore.openInRedis(client, prefix);
    await client.hset(`${prefix}pending`, 'west', raw);
    expect(await moves.get('west')).toBeUndefined();
    expect(await moves.claim('west', moveRequest(here, NOW))).toBe(false);
  });
});

describe('pending channel moves in Redis: the layout of session 6', () => {
  it('is deleted when the store opens (a registration store under moves:, read by nothing since)', async () => {
    const prefix = `${PREFIX}${randomUUID()}:`;
    const legacy = { conversation: { id: '19:west-other@thread.tacv2' }, serviceUrl: 'https://smba.example/' };
    await client.hset(`${prefix}registrations`, 'west', JSON.stringify(legacy));
    await client.zadd(`${prefix}registrations:saved`, NOW.getTime(), 'west');
    const moves = await PendingMoveStore.openInRedis(client, prefix);
    expect(await client.exists(`${prefix}registrations`, `${prefix}registrations:saved`)).toBe(0);
    const request = moveRequest(here, NOW);
    await moves.put('west', request);
    expect(await moves.get('west')).toEqual(request);
    expect(await client.hkeys(`${prefix}pending`)).toEqual(['west']);
  });
});

describe('pending channel moves in file mode: the layout of session 6', () => {
  it('is deleted at start-up (a registration file under intake/moves/, read by nothing since)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pvbot-moves-'));
    const legacy = join(dataDir, 'intake', 'moves');
    mkdirSync(legacy, { recursive: true });
    writeFileSync(join(legacy, 'registrations.json'), JSON.stringify({ west: moveRequest(here, NOW) }));
    const app = await startTestApp({ DATA_DIR: dataDir });
    try {
      expect(existsSync(legacy)).toBe(false);
      expect(existsSync(join(dataDir, 'intake'))).toBe(true);
    } finally {
      await app.stop();
    }
  });
});
