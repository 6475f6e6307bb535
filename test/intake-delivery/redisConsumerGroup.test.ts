import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDeliveryWorker } from '../../intake/delivery/deliveryWorker';
import { submitDossier } from '../../intake/delivery/dossierLifecycle';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import { RedisDossierStore } from '../../intake/delivery/redisDossierStore';
import { RedisStreamOutbox } from '../../intake/delivery/redisStreamOutbox';
import { webhookTarget } from '../../intake/delivery/webhookTarget';
import { conceptDossier, deleteKeys, fakeClock, newRedis, sleep, uniquePrefix, type FakeClock } from './helpers';
import { HOOK_BASE, HOOK_PATH, HOOK_SECRET, webhookReceiver } from './webhookReceiver';
import { startLocalReceiver } from './localReceiver';

const team: IntakeTeam = {
  id: 'team-west',
  naam: 'Intaketeam West',
  webhook: { url: `${HOOK_BASE}${HOOK_PATH}`, secret: HOOK_SECRET },
};
const IDLE_MS = 200;
const redis = newRedis();

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(async () => {
  nock.enableNetConnect();
  await redis.quit();
});

describe('Redis stream outbox: consumer group behaviour', () => {
  let prefix: string;
  let clock: FakeClock;
  let store: RedisDossierStore;

  beforeEach(() => {
    prefix = uniquePrefix('group');
    clock = fakeClock();
    store = new RedisDossierStore(redis, prefix);
  });
  afterEach(async () => {
    await deleteKeys(redis, prefix);
    expect(nock.pendingMocks()).toEqual([]);
    nock.cleanAll();
  });

  const outbox = (consumer: string) => new RedisStreamOutbox(redis, prefix, { consumer, clock, claimIdleMs: IDLE_MS });
  const workerOn = (box: RedisStreamOutbox, batchSize = 50) =>
    startDeliveryWorker({
      outbox: box,
      store,
      targets: () => webhookTarget({ clock }),
      teams: [team],
      clock,
      poll: false,
      batchSize,
    });
  const pendingCount = async () => {
    const summary = (await redis.call('XPENDING', [`${prefix}outbox:stream`, 'delivery'])) as unknown[];
    return Number(summary[0]);
  };

  it('a second consumer takes over an entry a crashed consumer claimed, after the idle timeout, and delivers it once', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(200);
    const a = outbox('instance-a');
    const dossier = await submitDossier({ store, outbox: a, clock }, conceptDossier());
    const [claimedByA] = await a.claim(1); // A claims, then "crashes" without acking
    expect(claimedByA?.dossierId).toBe(dossier.id);
    expect(await pendingCount()).toBe(1);

    const b = workerOn(outbox('instance-b'));
    expect(await b.runOnce()).toBe(0); // still A's, not idle long enough
    await sleep(IDLE_MS + 50);
    expect(await b.runOnce()).toBe(1); // XAUTOCLAIM hands it to B
    expect(receiver.acceptedDossiers()).toEqual([dossier.id]);
    expect(await pendingCount()).toBe(0);

    await a.ack(claimedByA!); // the zombie comes back: nothing happens
    await sleep(IDLE_MS + 50);
    expect(await b.runOnce()).toBe(0);
    expect(receiver.received).toHaveLength(1);
    await b.stop();
  });

  it('a restarted consumer with the same name gets its own unacked entries back at once', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(200);
    const first = outbox('pod-0');
    const dossier = await submitDossier({ store, outbox: first, clock }, conceptDossier());
    expect(await first.claim(1)).toHaveLength(1); // then the pod is killed
    const restarted = workerOn(outbox('pod-0'));
    expect(await restarted.runOnce()).toBe(1);
    expect(receiver.acceptedDossiers()).toEqual([dossier.id]);
    await restarted.stop();
  });

  it('an entry whose dossier is already in the delivered set is acked without delivering again', async () => {
    const a = outbox('instance-a');
    const dossier = await submitDossier({ store, outbox: a, clock }, conceptDossier());
    await a.claim(1);
    await redis.set(`${prefix}outbox:delivered:${dossier.id}`, '1'); // delivered, but the ack was lost
    await sleep(IDLE_MS + 50);
    const b = workerOn(outbox('instance-b'));
    expect(await b.runOnce()).toBe(0);
    expect(await pendingCount()).toBe(0);
    expect(await redis.xlen(`${prefix}outbox:stream`)).toBe(0);
    await b.stop();
  });

  it('two instances working the same stream deliver each of 20 dossiers exactly once', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(200, 20);
    const workers = [workerOn(outbox('worker-1'), 1), workerOn(outbox('worker-2'), 1)];
    for (const w of workers) expect(await w.runOnce()).toBe(0); // both started and idle
    const ids: string[] = [];
    const producer = outbox('web-1');
    for (let i = 0; i < 20; i++)
      ids.push((await submitDossier({ store, outbox: producer, clock }, conceptDossier())).id);
    const drain = async (w: (typeof workers)[number]) => {
      let total = 0;
      for (let n = await w.runOnce(); n > 0; n = await w.runOnce()) total += n;
      return total;
    };
    const handled = await Promise.all(workers.map(drain));
    expect(handled[0]! + handled[1]!).toBe(20);
    expect(Math.min(...handled)).toBeGreaterThan(0); // both instances took part
    expect(receiver.received).toHaveLength(20);
    expect(receiver.acceptedDossiers().sort()).toEqual(ids.sort());
    expect(await pendingCount()).toBe(0);
    await Promise.all(workers.map((w) => w.stop()));
  });
});

describe('two healthy instances and a slow webhook', () => {
  it(
    'deliver each of 10 dossiers exactly once (checked and leased per dossier right before each send)',
    { timeout: 90_000 },
    async () => {
      const prefix = uniquePrefix('slow');
      const clock = fakeClock();
      const receiver = await startLocalReceiver({ delayMs: 120, now: clock });
      const slowTeam: IntakeTeam = { ...team, webhook: { url: receiver.url, secret: HOOK_SECRET } };
      const store = new RedisDossierStore(redis, prefix);
      const box = (consumer: string) => new RedisStreamOutbox(redis, prefix, { consumer, clock, claimIdleMs: IDLE_MS });
      const producer = box('web-1');
      const ids: string[] = [];
      for (let i = 0; i < 10; i++)
        ids.push((await submitDossier({ store, outbox: producer, clock }, conceptDossier())).id);
      const workers = ['instance-a', 'instance-b'].map((name) =>
        startDeliveryWorker({
          outbox: box(name),
          store,
          targets: () => webhookTarget({ clock }),
          teams: [slowTeam],
          clock,
          poll: true,
          pollMs: 20,
        }),
      );
      try {
        await expect.poll(() => receiver.stored.size, { timeout: 60_000, interval: 50 }).toBe(10);
        await sleep(IDLE_MS * 3); // time for a late duplicate to show up
        expect([...receiver.stored.keys()].sort()).toEqual(ids.sort());
        expect(receiver.requests.filter((r) => r.duplicate).map((r) => r.webhookId)).toEqual([]);
        expect(receiver.requests).toHaveLength(10);
      } finally {
        await Promise.all(workers.map((w) => w.stop()));
        await receiver.close();
        await deleteKeys(redis, prefix);
      }
    },
  );
});
