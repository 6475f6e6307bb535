import { ConversationState, type Storage, type TurnContext } from 'botbuilder';

/** What one turn holds of the conversation state: the object, and whether it must be written. */
interface Loaded {
  state: Record<string, unknown>;
  dirty: boolean;
}

/**
 * botbuilder's ConversationState with a dirty flag instead of change hashing. BotState
 * serialises the whole state three times per turn only to find out whether it changed (on
 * load, before saving, after saving), and the storage serialises it once more. Here a turn
 * that read the state writes it back (the dialogs almost always change it: the next
 * question, a new answer), and a turn that never read it (a refused or foreign activity)
 * writes nothing. Same storage keys and storage calls as ConversationState, so the stored
 * format is unchanged.
 */
export class ConversationStore extends ConversationState {
  private readonly key = Symbol('ConversationStore');

  constructor(storage: Storage, namespace = '') {
    super(storage, namespace);
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = context.turnState.get<Loaded | undefined>(this.key);
    if (cached && !force) {
      cached.dirty = true;
      return cached.state;
    }
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] as Record<string, unknown> | undefined) ?? {};
    context.turnState.set(this.key, { state, dirty: true } satisfies Loaded);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    let cached = context.turnState.get<Loaded | undefined>(this.key);
    if (!force && !cached?.dirty) return;
    cached ??= { state: {}, dirty: true };
    cached.state.eTag = '*'; // last writer wins, as in BotState; turns are serialised by the turn lock
    await this.storage.write({ [await this.storageKey(context)]: cached.state });
    cached.dirty = false;
    context.turnState.set(this.key, cached);
  }

  override async clear(context: TurnContext): Promise<void> {
    context.turnState.set(this.key, { state: {}, dirty: true } satisfies Loaded);
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.key);
    await this.storage.delete([await this.storageKey(context)]);
  }

  override get(context: TurnContext): Record<string, unknown> | undefined {
    return context.turnState.get<Loaded | undefined>(this.key)?.state;
  }
}
