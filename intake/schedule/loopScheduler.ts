import type { Clock } from '../dossier/clock';
import type { PreIntakeDossier } from '../dossier/dossier';
import type { DossierStore } from '../delivery/ports';
import { followUpToAsk, markAsked } from './followUp';
import type { LoopMessenger, ScheduleLock, ScheduleLog } from './ports';
import { reminderDue, workingDaysWaiting } from './reminders';
import type { WorkingDayRules } from './workingDays';

export interface LoopScheduleOptions {
  store: DossierStore;
  messenger: LoopMessenger;
  lock: ScheduleLock;
  clock: Clock;
  log: ScheduleLog;
  /** Working days without a first action before the channel is reminded (REMINDER_WORKING_DAYS). */
  reminderDays: number;
  rules: WorkingDayRules;
  /** Time between rounds (SCHEDULE_INTERVAL_MS). */
  intervalMs: number;
}

export interface RoundResult {
  reminded: number;
  asked: number;
  failed: number;
}

/**
 * One round of scheduled work: reminders for dossiers that wait, follow-up questions after a
 * traject. What is due is derived from stored timestamps and markers, never from timers, so
 * a restart loses nothing and repeats nothing. A message is marked only after it arrived: a
 * failure is tried again next round. Undefined when another instance ran this round.
 */
export async function runLoopRound(options: LoopScheduleOptions): Promise<RoundResult | undefined> {
  return options.lock.exclusive(async () => {
    const result: RoundResult = { reminded: 0, asked: 0, failed: 0 };
    for (const id of await options.store.listIds()) {
      const dossier = await options.store.get(id).catch(() => undefined);
      if (!dossier) continue;
      try {
        await remindIfDue(options, dossier, result);
        await askIfDue(options, dossier, result);
      } catch (error) {
        result.failed++;
        options.log.error(
          { event: 'schedule.failed', dossierId: dossier.id, code: (error as Error).name },
          'scheduled message failed; tried again next round',
        );
      }
    }
    if (result.reminded || result.asked || result.failed)
      options.log.info({ event: 'schedule.round', ...result }, 'scheduled work done');
    return result;
  });
}

async function remindIfDue(options: LoopScheduleOptions, dossier: PreIntakeDossier, result: RoundResult) {
  const now = options.clock();
  if (!reminderDue(dossier, now, options.reminderDays, options.rules)) return;
  const days = workingDaysWaiting(dossier, now, options.rules) ?? options.reminderDays;
  if (!(await options.messenger.remind(dossier, days))) return;
  await options.store.update(dossier.id, (current) => ({ ...current, herinnerd: now.toISOString() }));
  result.reminded++;
}

async function askIfDue(options: LoopScheduleOptions, dossier: PreIntakeDossier, result: RoundResult) {
  const now = options.clock();
  const moment = followUpToAsk(dossier, now);
  if (!moment) return;
  if (!(await options.messenger.askOutcome(dossier, moment))) return;
  await options.store.update(dossier.id, (current) => markAsked(current, moment, now));
  result.asked++;
}

export interface LoopScheduler {
  runOnce(): Promise<RoundResult | undefined>;
  stop(): Promise<void>;
}

/** Runs a round now and then every `intervalMs`, like the delivery worker; `stop` waits for a running round. */
export function startLoopScheduler(options: LoopScheduleOptions): LoopScheduler {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const round = () => {
    const next = running.then(() => (stopped ? undefined : runLoopRound(options)));
    running = next.catch((error: Error) =>
      options.log.error({ event: 'schedule.round_failed', code: error.name }, 'scheduled round failed'),
    );
    return next;
  };
  const timer = setInterval(() => void round().catch(() => undefined), options.intervalMs);
  timer.unref();
  void round().catch(() => undefined);
  return {
    runOnce: () => round(),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
