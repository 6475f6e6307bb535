import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { TurnContext, type Activity } from 'botbuilder';
import type { Redis } from 'ioredis';
import { systemClock, type Clock } from '../../intake/dossier/clock';
import type { PreIntakeDossier } from '../../intake/dossier/dossier';
import { startDeliveryWorker, type DeliveryWorker } from '../../intake/delivery/deliveryWorker';
import { resendOwnDossier, submitDossier, type ResendOutcome } from '../../intake/delivery/dossierLifecycle';
import { FileDossierStore } from '../../intake/delivery/fileDossierStore';
import { FileOutbox } from '../../intake/delivery/fileOutbox';
import { FileRegistrationStore } from '../../intake/delivery/fileRegistrationStore';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import type { QuarantineListener } from '../../intake/delivery/dossierRecord';
import type { ConversationReferenceJson, DossierStore, Outbox, RegistrationStore } from '../../intake/delivery/ports';
import { RedisDossierStore } from '../../intake/delivery/redisDossierStore';
import { RedisRegistrationStore } from '../../intake/delivery/redisRegistrationStore';
import { RedisStreamOutbox } from '../../intake/delivery/redisStreamOutbox';
import { purgeAllExpired } from '../../intake/delivery/retention';
import { regioLookup } from '../../intake/report/regio';
import { SummarizingDossierStore } from '../../intake/report/summarizingDossierStore';
import { FileSummaryStore, RedisSummaryStore, type SummaryStore } from '../../intake/report/summaryStore';
import { webhookTarget } from '../../intake/delivery/webhookTarget';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { ProactiveSender } from './proactive';
import type { Metrics } from '../metrics';
import { teamsChannelTarget } from './teamsChannelTarget';
import type { CodeNames } from '../../dialogs/intakeTeam/cards';
import { VerwijzerNotifier } from './verwijzerNotifier';
import { ChannelPoster } from './channelPoster';
import { PendingMoveStore } from './pendingMoveStore';
import { startLoopScheduler, type LoopScheduler } from '../../intake/schedule/loopScheduler';
import type { ScheduleLock } from '../../intake/schedule/ports';
import { ProcessScheduleLock, RedisScheduleLock } from '../../intake/schedule/scheduleLock';
import { loopMessages } from '../../dialogs/verwijzerLoop/messages.nl';

export interface IntakeServices {
  teams: IntakeTeam[];
  /** Keeps each dossier's anonymous summary for the regional report beside it (also past retention). */
  store: DossierStore;
  /** The anonymous summaries the regional report counts (`/rapport`, `npm run rapport`). */
  summaries: SummaryStore;
  /** Intake team id → its registered Teams channel. */
  registrations: RegistrationStore;
  notifier: VerwijzerNotifier;
  /** Dossier id → where its card sits in the team's channel (to reply under it, update it). */
  cards: RegistrationStore;
  /** Messages from the verwijzer's side into the team's channel, under the dossier's card. */
  channel: ChannelPoster;
  worker: DeliveryWorker;
  /** Reminders and follow-up questions (runs once across instances). */
  scheduler: LoopScheduler;
  /** Durably stores and enqueues a dossier; resolves only when nothing can be lost. */
  submit(dossier: PreIntakeDossier, activity: Partial<Activity>): Promise<void>;
  /** The verwijzer sends their failed dossier again: once per failure, back into the outbox. */
  resend(dossierId: string, teamsId: string): Promise<ResendOutcome>;
  /** Links the team's Teams channel; its waiting dossiers go out at once. */
  linkChannel(teamId: string, reference: ConversationReferenceJson): Promise<void>;
  /** Intake team id → a request to move its channel, waiting for confirmation (`channelMove.ts`). */
  pendingMoves: PendingMoveStore;
  /**
   * Links the team's channel to `to` and posts `notice` in the channel it leaves. False when the
   * notice did not go out (logged); the move stands either way.
   */
  moveChannel(
    teamId: string,
    from: ConversationReferenceJson,
    to: ConversationReferenceJson,
    notice: string,
  ): Promise<boolean>;
  /** True when the team receives in Teams and no channel is linked yet: its dossiers wait. */
  awaitsChannel(teamId: string): Promise<boolean>;
  close(): Promise<void>;
}

interface Persistence {
  store: DossierStore;
  summaries: SummaryStore;
  outbox: Outbox;
  registrations: RegistrationStore;
  moves: PendingMoveStore;
  verwijzers: RegistrationStore;
  cards: RegistrationStore;
  lock: ScheduleLock;
}

const RETENTION_SWEEP_MS = 6 * 60 * 60 * 1000;

/** The dossiers and their report summaries, in Redis or in files (the bot and `npm run rapport`). */
export function dossierStores(
  config: Config,
  redis: Redis | undefined,
  onQuarantine: QuarantineListener,
): { store: DossierStore; summaries: SummaryStore } {
  if (redis) {
    const prefix = `${config.REDIS_PREFIX}:intake:`;
    return {
      // Quarantined records are kept for the retention period, then Redis drops them.
      store: new RedisDossierStore(redis, prefix, onQuarantine, {
        quarantineTtlMs: config.RETENTION_DAYS * 24 * 60 * 60 * 1000,
      }),
      summaries: new RedisSummaryStore(redis, prefix),
    };
  }
  const dir = join(config.DATA_DIR, 'intake');
  return { store: new FileDossierStore(dir, onQuarantine), summaries: new FileSummaryStore(join(dir, 'rapport')) };
}

async function persistence(
  config: Config,
  redis: Redis | undefined,
  clock: Clock,
  onQuarantine: QuarantineListener,
): Promise<Persistence> {
  const stores = dossierStores(config, redis, onQuarantine);
  const retentionMs = config.RETENTION_DAYS * 24 * 60 * 60 * 1000;
  if (redis) {
    const prefix = `${config.REDIS_PREFIX}:intake:`;
    return {
      ...stores,
      outbox: new RedisStreamOutbox(redis, prefix, {
        clock,
        claimIdleMs: config.DELIVERY_CLAIM_TIMEOUT_MS,
        markerTtlMs: retentionMs,
      }),
      registrations: new RedisRegistrationStore(redis, `${prefix}channels:`, clock),
      moves: await PendingMoveStore.openInRedis(redis, `${prefix}moves:`),
      verwijzers: new RedisRegistrationStore(redis, `${prefix}verwijzers:`, clock),
      cards: new RedisRegistrationStore(redis, `${prefix}cards:`, clock),
      // Longer than a round may take; a crashed holder frees it by expiry.
      lock: new RedisScheduleLock(redis, `${prefix}schedule:lock`, Math.max(60_000, config.SCHEDULE_INTERVAL_MS)),
    };
  }
  const dir = join(config.DATA_DIR, 'intake');
  // Session 6 kept move requests in a registration file under moves/, read by nothing since.
  await rm(join(dir, 'moves'), { recursive: true, force: true });
  return {
    ...stores,
    outbox: await FileOutbox.open(dir, { clock, claimTimeoutMs: config.DELIVERY_CLAIM_TIMEOUT_MS }),
    registrations: new FileRegistrationStore(join(dir, 'channels'), clock),
    moves: PendingMoveStore.inMemory(),
    verwijzers: new FileRegistrationStore(join(dir, 'verwijzers'), clock),
    cards: new FileRegistrationStore(join(dir, 'cards'), clock),
    lock: new ProcessScheduleLock(),
  };
}

export async function createIntakeServices(deps: {
  config: Config;
  teams: IntakeTeam[];
  redis?: Redis;
  sender: ProactiveSender;
  log: Logger;
  metrics: Metrics;
  /** Names for kwalificatie and werkproces codes on the intake team's card. */
  names?: CodeNames;
  clock?: Clock;
}): Promise<IntakeServices> {
  const clock = deps.clock ?? systemClock;
  const log = deps.log.child({ component: 'intake' });
  const p = await persistence(deps.config, deps.redis, clock, (dossierId) => {
    deps.metrics.quarantined.inc();
    log.error({ event: 'dossier.quarantined', dossierId }, 'unreadable dossier put aside for beheer');
  });
  // Every dossier write also keeps its anonymous summary, and retention folds before deleting.
  const store = new SummarizingDossierStore(p.store, p.summaries, regioLookup(deps.teams), (error) =>
    log.warn({ event: 'rapport.summary_failed', code: (error as Error)?.name }, 'report summary not stored'),
  );
  const notifier = new VerwijzerNotifier(p.verwijzers, deps.sender, log, deps.teams);
  const poster = new ChannelPoster(deps.teams, p.registrations, p.cards, deps.sender, log, deps.names);
  const channel = teamsChannelTarget(p.registrations, deps.sender, deps.names, (id, reference, cardId) =>
    poster.remember(id, reference, cardId),
  );
  const webhook = webhookTarget({ clock });
  const worker = startDeliveryWorker({
    outbox: p.outbox,
    store,
    teams: deps.teams,
    targets: (team) => (team.webhook ? webhook : channel),
    clock,
    log: deps.metrics.countingDeliveryLog(log),
    pollMs: deps.config.DELIVERY_POLL_MS,
    leaseMs: deps.config.DELIVERY_CLAIM_TIMEOUT_MS,
    onStatus: async (dossier, status) => {
      deps.metrics.dossiers.inc({ status });
      const seconds = deps.metrics.sinceSent(dossier);
      if (status === 'afgeleverd' && seconds !== undefined) deps.metrics.timeToDelivery.observe(seconds);
      await notifier.statusChanged(dossier, status);
    },
  });
  const scheduler = startLoopScheduler({
    store,
    messenger: {
      remind: (dossier, days) =>
        poster.post(dossier, {
          type: 'message',
          textFormat: 'plain',
          text: loopMessages.toChannel.reminder(dossier.id, days),
        }),
      askOutcome: (dossier, moment) => notifier.askOutcome(dossier, moment),
    },
    lock: p.lock,
    clock,
    log,
    reminderDays: deps.config.REMINDER_WORKING_DAYS,
    rules: { skipHolidays: deps.config.REMINDER_SKIP_HOLIDAYS },
    intervalMs: deps.config.SCHEDULE_INTERVAL_MS,
  });
  // The channel links are configuration, not personal data: kept until relinked (see README, retention).
  // Card references go with their dossier (a finished traject keeps both until its follow-up).
  // A channel move not confirmed in time is of no use: it goes at the next sweep.
  const sweep = async () => {
    const { purged, failed } = await purgeAllExpired(
      { store, outbox: p.outbox, references: p.verwijzers, cards: p.cards, moves: p.moves },
      clock,
      deps.config.RETENTION_DAYS,
    );
    for (const { part, error } of failed) {
      log.error({ event: 'retention.failed', part, code: (error as Error)?.name }, 'retention sweep part failed');
    }
    log.info({ event: 'retention.purged', ...purged }, 'retention sweep done');
  };
  void sweep();
  const sweepTimer = setInterval(() => void sweep(), RETENTION_SWEEP_MS).unref();

  const linkChannel = async (teamId: string, reference: ConversationReferenceJson) => {
    await p.registrations.set(teamId, reference);
    const woken = await p.outbox.wake(teamId);
    if (woken > 0) log.info({ event: 'delivery.woken', teamId, count: woken }, 'waiting dossiers due now');
    void worker.runOnce().catch(() => undefined); // not after the next waiting poll
  };

  return {
    teams: deps.teams,
    store,
    summaries: p.summaries,
    registrations: p.registrations,
    notifier,
    cards: p.cards,
    channel: poster,
    worker,
    scheduler,
    async submit(dossier, activity) {
      await p.verwijzers.set(
        dossier.verwijzer.teamsId,
        JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as ConversationReferenceJson,
      );
      await submitDossier({ store, outbox: p.outbox, clock }, dossier);
      log.info({ event: 'dossier.submitted', dossierId: dossier.id, teamId: dossier.intakeTeam }, 'dossier submitted');
      deps.metrics.dossiers.inc({ status: 'verzonden' });
      void worker.runOnce().catch(() => undefined); // deliver now rather than at the next poll
    },
    async resend(dossierId, teamsId) {
      const outcome = await resendOwnDossier({ store: p.store, outbox: p.outbox, clock }, dossierId, teamsId);
      if (outcome !== 'resent') return outcome;
      log.info({ event: 'dossier.resent', dossierId }, 'dossier sent again by its verwijzer');
      deps.metrics.dossiers.inc({ status: 'verzonden' });
      void worker.runOnce().catch(() => undefined);
      return outcome;
    },
    linkChannel,
    pendingMoves: p.moves,
    async moveChannel(teamId, from, to, notice) {
      await linkChannel(teamId, to);
      try {
        await deps.sender.send(from, { type: 'message', textFormat: 'plain', text: notice });
        return true;
      } catch (error) {
        log.warn(
          { event: 'intake.move_notice_failed', teamId, code: (error as Error)?.name },
          'old intake channel not told about the move',
        );
        return false;
      }
    },
    async awaitsChannel(teamId) {
      const team = deps.teams.find((candidate) => candidate.id === teamId);
      return team !== undefined && !team.webhook && !(await p.registrations.get(teamId));
    },
    async close() {
      clearInterval(sweepTimer);
      await scheduler.stop();
      await worker.stop();
      await p.outbox.close();
    },
  };
}
