import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DossierStatus, PreIntakeDossier } from '../../intake/dossier/dossier';
import {
  startDeliveryWorker,
  type DeliveryWorker,
  type DeliveryWorkerOptions,
} from '../../intake/delivery/deliveryWorker';
import { resendOwnDossier, submitDossier } from '../../intake/delivery/dossierLifecycle';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import type { DeliveryTarget, Outbox } from '../../intake/delivery/ports';
import { webhookTarget } from '../../intake/delivery/webhookTarget';
import {
  captureLog,
  conceptDossier,
  fakeClock,
  newRedis,
  sampleDossier,
  sleep,
  type CapturedLog,
  type FakeClock,
} from './helpers';
import { HOOK_BASE, HOOK_PATH, HOOK_SECRET, webhookReceiver } from './webhookReceiver';
import { workerModes, type ModeHarness } from './workerModes';

const team: IntakeTeam = {
  id: 'team-west',
  naam: 'Intaketeam West',
  webhook: { url: `${HOOK_BASE}${HOOK_PATH}`, secret: HOOK_SECRET },
};
const TEN_MINUTES = 10 * 60 * 1000;
const redis = newRedis();
const MODES = workerModes(redis);

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(async () => {
  nock.enableNetConnect();
  await redis.quit();
});

describe.each(MODES)('delivery worker end to end: %s', (_name, makeMode) => {
  let mode: ModeHarness;
  let clock: FakeClock;
  let log: CapturedLog;
  let notices: [string, DossierStatus][];
  let workers: DeliveryWorker[];

  beforeEach(async () => {
    clock = fakeClock();
    mode = await makeMode(clock);
    log = captureLog();
    notices = [];
    workers = [];
  });
  afterEach(async () => {
    for (const worker of workers) await worker.stop();
    await mode.teardown();
    expect(nock.pendingMocks()).toEqual([]);
    nock.cleanAll();
  });

  function worker(outbox: Outbox, options: Partial<DeliveryWorkerOptions> = {}): DeliveryWorker {
    const started = startDeliveryWorker({
      outbox,
      store: mode.store,
      targets: () => webhookTarget({ clock, timeoutMs: 500 }),
      teams: [team],
      clock,
      log,
      onStatus: async (dossier: PreIntakeDossier, status: DossierStatus) => void notices.push([dossier.id, status]),
      poll: false,
      random: () => 1, // largest jitter, so waits are predictable
      ...options,
    });
    workers.push(started);
    return started;
  }

  async function submitted(outbox: Outbox): Promise<PreIntakeDossier> {
    return submitDossier({ store: mode.store, outbox, clock }, conceptDossier());
  }

  function expectCleanLogs(): void {
    for (const entry of log.entries) {
      expect(Object.keys(entry.fields).every((key) => ['dossierId', 'attempt', 'teamId', 'code'].includes(key))).toBe(
        true,
      );
    }
    const text = JSON.stringify(log.entries);
    for (const personal of ['Sam de Vries', '06-12345678', 'sam@example.nl', 'Fleur Bakker', 'Voorbeeldstad'])
      expect(text).not.toContain(personal);
  }

  it('keeps retrying with backoff while the webhook is down and delivers exactly once when it is up', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(503, 3);
    receiver.respond(200);
    const outbox = await mode.openOutbox();
    const dossier = await submitted(outbox);
    const w = worker(outbox);
    for (const wait of [2_000, 4_000, 8_000]) {
      expect(await w.runOnce()).toBe(1);
      clock.advance(wait - 1);
      expect(await w.runOnce()).toBe(0); // the backoff is respected
      clock.advance(1);
    }
    expect(await w.runOnce()).toBe(1);
    for (let i = 0; i < 3; i++, clock.advance(TEN_MINUTES)) expect(await w.runOnce()).toBe(0);
    expect(receiver.received.map((r) => r.status)).toEqual([503, 503, 503, 200]);
    expect(receiver.acceptedDossiers()).toEqual([dossier.id]);
    expect(new Set(receiver.received.map((r) => r.rawBody)).size).toBe(1); // same bytes every time
    expect((await mode.store.get(dossier.id))?.statusHistory.map((e) => e.status)).toEqual([
      'concept',
      'verzonden',
      'afgeleverd',
    ]);
    expect(notices).toEqual([[dossier.id, 'afgeleverd']]);
    expect(log.entries.map((e) => [e.event, e.fields.attempt, e.fields.code])).toEqual([
      ['delivery.retry_scheduled', 1, 'HTTP_503'],
      ['delivery.retry_scheduled', 2, 'HTTP_503'],
      ['delivery.retry_scheduled', 3, 'HTTP_503'],
      ['delivery.delivered', 4, undefined],
    ]);
    expectCleanLogs();
  });

  it('with the defaults keeps retrying a failing webhook for at least 24 hours, then delivers', async () => {
    let up = false;
    const statuses: number[] = [];
    nock(HOOK_BASE)
      .persist()
      .post(HOOK_PATH)
      .reply(() => (statuses.push(up ? 200 : 503), [up ? 200 : 503, {}]));
    const outbox = await mode.openOutbox();
    const dossier = await submitted(outbox);
    const w = worker(outbox, { random: () => 0 }); // shortest waits: the longest chain of attempts
    const start = clock().getTime();
    while (clock().getTime() - start < 24 * 60 * 60 * 1000) {
      await w.runOnce();
      clock.advance(5 * 60 * 1000);
    }
    expect(await outbox.listDeadLetters()).toEqual([]);
    expect(notices).toEqual([]);
    expect(statuses.length).toBeGreaterThan(50);
    up = true;
    for (let i = 0; i < 12 && !(await outbox.isDelivered(dossier.id)); i++, clock.advance(5 * 60 * 1000))
      await w.runOnce();
    expect(statuses.at(-1)).toBe(200);
    expect(notices).toEqual([[dossier.id, 'afgeleverd']]);
    nock.cleanAll();
  });

  it('a team without a linked channel: the dossier waits (no attempt used up) and goes out once it is linked', async () => {
    let linked = false;
    const sent: string[] = [];
    const channel: DeliveryTarget = {
      async deliver(dossier) {
        if (!linked) return { ok: false, waiting: true, reason: 'NO_CHANNEL_REGISTERED' };
        sent.push(dossier.id);
        return { ok: true };
      },
    };
    const outbox = await mode.openOutbox();
    const dossier = await submitted(outbox);
    const w = worker(outbox, { targets: () => channel, maxAttempts: 3, waitingPollMs: 15_000 });
    for (let day = 0; day < 3; day++) {
      await w.runOnce();
      clock.advance(24 * 60 * 60 * 1000);
    }
    expect(await outbox.listDeadLetters()).toEqual([]);
    expect((await mode.store.get(dossier.id))?.statusHistory.at(-1)?.status).toBe('verzonden');
    expect(log.entries.map((e) => [e.event, e.fields.code])).toEqual([['delivery.waiting', 'NO_CHANNEL_REGISTERED']]);
    linked = true;
    expect(await w.runOnce()).toBe(1);
    expect(sent).toEqual([dossier.id]);
    expect(notices).toEqual([[dossier.id, 'afgeleverd']]);
  });

  it('waits as long as Retry-After says on 429', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(429, 1, { 'Retry-After': '90' });
    receiver.respond(200);
    const outbox = await mode.openOutbox();
    await submitted(outbox);
    const w = worker(outbox);
    expect(await w.runOnce()).toBe(1);
    clock.advance(89_999);
    expect(await w.runOnce()).toBe(0);
    clock.advance(1);
    expect(await w.runOnce()).toBe(1);
    expect(receiver.received.map((r) => r.status)).toEqual([429, 200]);
  });

  it('dead-letters a 4xx at once, tells the verwijzer, and beheer can retry it', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(400);
    const outbox = await mode.openOutbox();
    const dossier = await submitted(outbox);
    const w = worker(outbox);
    await w.runOnce();
    expect(await outbox.listDeadLetters()).toEqual([
      { dossierId: dossier.id, teamId: 'team-west', attempts: 1, reason: 'HTTP_400', at: clock().toISOString() },
    ]);
    expect(notices).toEqual([[dossier.id, 'mislukt']]);
    expect((await mode.store.get(dossier.id))?.statusHistory.at(-1)?.status).toBe('mislukt');
    receiver.respond(200);
    expect(await w.retryDeadLetter(dossier.id)).toBe(true);
    expect((await mode.store.get(dossier.id))?.statusHistory.at(-1)).toMatchObject({
      status: 'verzonden',
      door: 'beheer',
    });
    expect(await w.runOnce()).toBe(1);
    expect(receiver.acceptedDossiers()).toEqual([dossier.id]);
    expect(notices).toEqual([
      [dossier.id, 'mislukt'],
      [dossier.id, 'afgeleverd'],
    ]);
    expect(await outbox.listDeadLetters()).toEqual([]);
  });

  it('the verwijzer resends a failed dossier once: a double click and a replay enqueue it once, it arrives once', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(400);
    const outbox = await mode.openOutbox();
    const dossier = await submitted(outbox);
    const w = worker(outbox);
    await w.runOnce();
    expect((await mode.store.get(dossier.id))?.statusHistory.at(-1)?.status).toBe('mislukt');
    const owner = dossier.verwijzer.teamsId;
    const deps = { store: mode.store, outbox, clock };

    expect(await resendOwnDossier(deps, dossier.id, 'aad-someone-else')).toBe('not-found');
    expect((await mode.store.get(dossier.id))?.statusHistory.at(-1)?.status).toBe('mislukt');
    expect(await outbox.listDeadLetters()).toHaveLength(1);

    const clicks = await Promise.all([0, 1, 2].map(() => resendOwnDossier(deps, dossier.id, owner)));
    expect(clicks.sort()).toEqual(['not-allowed', 'not-allowed', 'resent']);
    expect(await resendOwnDossier(deps, dossier.id, owner)).toBe('not-allowed'); // a replayed submit
    const history = (await mode.store.get(dossier.id))!.statusHistory;
    expect(history.slice(-2)).toMatchObject([{ status: 'mislukt' }, { status: 'verzonden', door: 'verwijzer' }]);
    expect(await outbox.listDeadLetters()).toEqual([]);

    receiver.respond(200);
    expect(await w.runOnce()).toBe(1);
    expect(await w.runOnce()).toBe(0);
    expect(receiver.acceptedDossiers()).toEqual([dossier.id]);
    expect(notices).toEqual([
      [dossier.id, 'mislukt'],
      [dossier.id, 'afgeleverd'],
    ]);
  });

  it('a crash right after the resend status write: the restarted worker puts the dossier back and delivers it', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(400);
    const outbox = await mode.openOutbox();
    const dossier = await submitted(outbox);
    await worker(outbox).runOnce();
    // The status write of a resend, and then the process died before the dead letter was revived.
    await mode.store.updateStatus(dossier.id, { status: 'verzonden', op: clock().toISOString(), door: 'verwijzer' });
    await mode.crash(outbox);
    receiver.respond(200);
    const restarted = await mode.openOutbox();
    expect(await worker(restarted).runOnce()).toBe(1);
    expect(receiver.acceptedDossiers()).toEqual([dossier.id]);
    expect(await restarted.listDeadLetters()).toEqual([]);
  });

  it('gives up after maxAttempts and marks the dossier mislukt', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(500, 8);
    const outbox = await mode.openOutbox();
    const dossier = await submitted(outbox);
    const w = worker(outbox, { maxAttempts: 8 });
    for (let i = 0; i < 12; i++, clock.advance(TEN_MINUTES)) await w.runOnce();
    expect(receiver.received).toHaveLength(8);
    expect(await outbox.listDeadLetters()).toMatchObject([{ dossierId: dossier.id, attempts: 8, reason: 'HTTP_500' }]);
    expect(notices).toEqual([[dossier.id, 'mislukt']]);
    expectCleanLogs();
  });

  it('drops the job of a dossier its verwijzer deleted before delivery', async () => {
    const outbox = await mode.openOutbox();
    const dossier = await submitted(outbox);
    await mode.store.delete(dossier.id);
    expect(await worker(outbox).runOnce()).toBe(1);
    expect(log.entries.map((e) => [e.event, e.fields.code])).toEqual([['delivery.dropped', 'DOSSIER_GONE']]);
  });

  it('polls by itself until stopped', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(200);
    const outbox = await mode.openOutbox();
    const dossier = await submitted(outbox);
    const polling = worker(outbox, { poll: true, pollMs: 10 });
    for (let i = 0; i < 200 && receiver.received.length === 0; i++) await sleep(10);
    await polling.stop();
    expect(receiver.acceptedDossiers()).toEqual([dossier.id]);
    expect(await outbox.isDelivered(dossier.id)).toBe(true);
  });

  it('crash between storing and delivering: after a restart it is delivered exactly once', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(200);
    const before = await mode.openOutbox();
    const dossier = await submitted(before);
    await mode.crash(before); // the process dies before any worker ran
    const after = await mode.openOutbox();
    const w = worker(after);
    expect(await w.runOnce()).toBe(1);
    for (let i = 0; i < 3; i++) expect(await w.runOnce()).toBe(0);
    expect(receiver.received).toHaveLength(1);
    expect(receiver.acceptedDossiers()).toEqual([dossier.id]);
  });

  it('crash between storing and enqueueing: the restarted worker finds the dossier and delivers it once', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(200);
    const dossier = sampleDossier(); // stored as 'verzonden', never enqueued
    await mode.store.put(dossier);
    const w = worker(await mode.openOutbox());
    expect(await w.runOnce()).toBe(1);
    expect(await w.runOnce()).toBe(0);
    expect(receiver.acceptedDossiers()).toEqual([dossier.id]);
    expect(receiver.received).toHaveLength(1);
  });

  it('crash between delivering and acking: redelivered with the same key and bytes, so the receiver keeps one', async () => {
    const receiver = webhookReceiver({ now: clock });
    receiver.respond(200, 2);
    const before = await mode.openOutbox();
    const dossier = await submitted(before);
    const dying = worker(killedOnAck(before));
    await dying.runOnce(); // delivered, then "killed" before the ack was written
    await dying.stop();
    await mode.crash(before);
    const after = await mode.openOutbox();
    await mode.outlastClaim();
    const w = worker(after);
    expect(await w.runOnce()).toBe(1);
    for (let i = 0; i < 3; i++, clock.advance(TEN_MINUTES)) expect(await w.runOnce()).toBe(0);
    expect(receiver.received).toHaveLength(2); // at-least-once on the wire...
    expect(new Set(receiver.received.map((r) => `${r.webhookId}|${r.signature}|${r.rawBody}`)).size).toBe(1);
    expect(receiver.acceptedDossiers()).toEqual([dossier.id]); // ...exactly once for a receiver that dedupes
    expect(await after.isDelivered(dossier.id)).toBe(true);
    expect((await mode.store.get(dossier.id))?.statusHistory.filter((e) => e.status === 'afgeleverd')).toHaveLength(1);
  });

  it('crash between the ack and the status write: after a restart afgeleverd is recorded and told', async () => {
    const before = await mode.openOutbox();
    const dossier = await submitted(before);
    const [job] = await before.claim(1);
    await before.ack(job!); // delivered and acked; the process died before the status write
    await mode.crash(before);
    const sent: string[] = [];
    const w = worker(await mode.openOutbox(), {
      targets: () => ({ deliver: async (d) => (sent.push(d.id), { ok: true }) }),
    });
    expect(await w.runOnce()).toBe(0);
    expect(sent).toEqual([]); // not sent again
    expect((await mode.store.get(dossier.id))?.statusHistory.map((e) => e.status)).toEqual([
      'concept',
      'verzonden',
      'afgeleverd',
    ]);
    expect(notices).toEqual([[dossier.id, 'afgeleverd']]);
  });

  it('tells the verwijzer only a status the store recorded: the team moved the dossier on first', async () => {
    const outbox = await mode.openOutbox();
    const dossier = await submitted(outbox);
    // The team clicks "in behandeling" on the card before the worker records 'afgeleverd'.
    const quickTeam: DeliveryTarget = {
      async deliver(d) {
        await mode.store.updateStatus(d.id, {
          status: 'in-behandeling',
          op: clock().toISOString(),
          door: 'intaketeam',
        });
        return { ok: true };
      },
    };
    const w = worker(outbox, { targets: () => quickTeam });
    expect(await w.runOnce()).toBe(1);
    expect((await mode.store.get(dossier.id))?.statusHistory.at(-1)?.status).toBe('in-behandeling');
    expect(notices).toEqual([]);
    expect(log.entries.map((e) => [e.event, e.fields.code])).toEqual([
      ['delivery.delivered', undefined],
      ['delivery.status_failed', 'TRANSITION_NOT_ALLOWED'],
    ]);
    expectCleanLogs();
  });

  it('tells nobody when the status write fails or the dossier is gone', async () => {
    const outbox = await mode.openOutbox();
    const failing = await submitted(outbox);
    const deleted = await submitted(outbox);
    const store = Object.assign(Object.create(mode.store) as typeof mode.store, {
      updateStatus: async (id: string) => {
        if (id === failing.id) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        return undefined; // deleted meanwhile
      },
    });
    const w = worker(outbox, {
      store,
      targets: () => ({ deliver: async () => ({ ok: true }) }),
    });
    expect(await w.runOnce()).toBe(2);
    expect(notices).toEqual([]);
    const failed = log.entries.filter((e) => e.event === 'delivery.status_failed');
    expect(failed.map((e) => [e.fields.dossierId, e.fields.code]).sort()).toEqual(
      [
        [failing.id, 'ENOSPC'],
        [deleted.id, 'DOSSIER_GONE'],
      ].sort(),
    );
  });
});

/** The outbox of a process that is killed right after the delivery, before the ack is stored. */
function killedOnAck(outbox: Outbox): Outbox {
  return {
    enqueue: (id, team) => outbox.enqueue(id, team),
    claim: (limit) => outbox.claim(limit),
    lease: (job, ms) => outbox.lease(job, ms),
    ack: async () => {
      throw new Error('process killed');
    },
    retryLater: (job, at, reason) => outbox.retryLater(job, at, reason),
    deadLetter: (job, reason) => outbox.deadLetter(job, reason),
    listDeadLetters: () => outbox.listDeadLetters(),
    retryDeadLetter: (id) => outbox.retryDeadLetter(id),
    isDelivered: (id) => outbox.isDelivered(id),
    wake: (team) => outbox.wake(team),
    purgeOlderThan: (cutoff) => outbox.purgeOlderThan(cutoff),
    close: () => outbox.close(),
  };
}
