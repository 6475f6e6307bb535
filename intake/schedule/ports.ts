import type { PreIntakeDossier } from '../dossier/dossier';
import type { FollowUpMoment } from './followUp';

/** How scheduled work reaches people (implemented in bot/ with proactive messages). */
export interface LoopMessenger {
  /**
   * Raises a waiting dossier again in its team's channel. False when the team has no channel to
   * raise it in (nothing sent); throws when the message did not arrive.
   */
  remind(dossier: PreIntakeDossier, workingDays: number): Promise<boolean>;
  /** Asks the verwijzer for the outcome in their chat. False: not reachable; throws: did not arrive. */
  askOutcome(dossier: PreIntakeDossier, moment: FollowUpMoment): Promise<boolean>;
}

/** Lets one instance run the scheduled work at a time (Redis lock; one process in file mode). */
export interface ScheduleLock {
  /** Runs `work` when this instance got the lock; undefined when another instance holds it. */
  exclusive<T>(work: () => Promise<T>): Promise<T | undefined>;
}

export interface ScheduleLog {
  info(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}
