import type { TurnContext } from 'botbuilder';

/** Where DialogStateManager looks for a ready memory-scope configuration (a string key, not exported). */
const STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';
/** The flag DialogContext.continueDialog sets after its "activityReceived" event (a module-local Symbol). */
const ACTIVITY_RECEIVED = 'ActivityReceivedEmitted';

/**
 * botbuilder-dialogs does two things on every turn whose outcome never changes in this bot,
 * and notes their outcome in the turn state under keys it does not export:
 * - DialogStateManager rebuilds its memory-scope configuration (every component's scopes and
 *   path resolvers) for the first DialogContext of a turn;
 * - DialogContext.continueDialog first sends an "activityReceived" event down to the deepest
 *   active dialog, building a DialogContext (with its state manager) for every level on the
 *   way. No dialog here handles dialog events (none overrides onDialogEvent or the bubble
 *   hooks), so the event changes nothing.
 * The first turn's entries are learned and set on every later turn before the dialogs run, so
 * the SDK finds them done. Both keys are checked in test/bot/dialogTurnCarry.test.ts.
 */
export class DialogTurnCarry {
  private readonly entries: [string | symbol, unknown][] = [];

  /** Before the dialogs run: what earlier turns learned. */
  prepare(context: TurnContext): void {
    for (const [key, value] of this.entries) context.turnState.set(key, value);
  }

  /** After a turn that ran the dialogs: learns the entries once. */
  learn(context: TurnContext): void {
    if (this.entries.length === 2) return;
    const found: [string | symbol, unknown][] = [];
    for (const [key, value] of context.turnState as Map<string | symbol, unknown>) {
      const name = typeof key === 'symbol' ? key.description : key;
      if (name === STATE_MANAGER_CONFIGURATION || (name === ACTIVITY_RECEIVED && value === true))
        found.push([key, value]);
    }
    if (found.length === 2) this.entries.push(...found);
  }
}
