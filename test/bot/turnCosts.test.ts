import { ComponentRegistration, ConversationState, MemoryStorage, TurnContext, type Activity } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogEvent,
  type DialogState,
} from 'botbuilder-dialogs';
import { describe, expect, it, vi } from 'vitest';
import { DialogTurnCarry } from '../../bot/dialogTurnCarry';
import { createAdapter } from '../../bot/adapter';
import { parseConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { ConversationStore } from '../../bot/storage/conversationStore';
import { questionCard } from '../../dialogs/screening/cards';

/** What a turn reuses instead of rebuilding: connector clients, state without hashing, static cards. */
const activity = (conversation: string, extra: Partial<Activity> = {}): Activity =>
  ({
    type: 'message',
    text: 'hallo',
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    conversation: { id: conversation },
    from: { id: 'user' },
    recipient: { id: 'bot' },
    ...extra,
  }) as Activity;

describe('connector clients across turns', () => {
  const adapter = createAdapter(parseConfig({}), createLogger('silent'));
  const clientOf = async (a: Activity) => {
    let client: unknown;
    await adapter.processParsed('', a, async (context) => {
      client = context.turnState.get(context.adapter.ConnectorClientKey);
    });
    return client;
  };

  it('are reused per service URL, not built for every turn', async () => {
    const first = await clientOf(activity('a'));
    expect(first).toBeDefined();
    expect(await clientOf(activity('b', { deliveryMode: 'expectReplies' }))).toBe(first);
    expect(await clientOf(activity('a', { serviceUrl: 'https://smba.trafficmanager.net/amer/' }))).not.toBe(first);
  });

  it('are not shared with proactive sends, which change their own retry policy', async () => {
    const incoming = await clientOf(activity('a'));
    let proactive: unknown;
    await adapter.continueConversationAsync(
      '',
      TurnContext.getConversationReference(activity('a')),
      async (context) => {
        proactive = context.turnState.get(context.adapter.ConnectorClientKey);
      },
    );
    expect(proactive).toBeDefined();
    expect(proactive).not.toBe(incoming);
  });
});

describe('ConversationStore (a dirty flag instead of hashing the state)', () => {
  const contextFor = (conversation: string) =>
    new TurnContext(createAdapter(parseConfig({}), createLogger('silent')), activity(conversation));

  it('writes what a turn read and changed, in the format ConversationState reads back', async () => {
    const storage = new MemoryStorage();
    const store = new ConversationStore(storage);
    const turn = contextFor('c1');
    const property = store.createProperty<{ step: number }>('dialogState');
    await property.set(turn, { step: 3 });
    await store.saveChanges(turn);

    const plain = new ConversationState(storage);
    const next = contextFor('c1');
    expect(await plain.createProperty<{ step: number }>('dialogState').get(next)).toEqual({ step: 3 });
  });

  it('writes nothing for a turn that never read the state', async () => {
    const writes: unknown[] = [];
    const storage = new MemoryStorage();
    const write = storage.write.bind(storage);
    storage.write = async (changes) => {
      writes.push(changes);
      await write(changes);
    };
    const store = new ConversationStore(storage);
    await store.saveChanges(contextFor('c2'));
    expect(writes).toEqual([]);
    const turn = contextFor('c2');
    await store.load(turn);
    await store.saveChanges(turn);
    expect(writes).toHaveLength(1);
  });
});

describe('static cards', () => {
  it('a screening question card is built once per place and cannot be changed by a turn', () => {
    const card = questionCard('leeftijd', { number: 1, total: 16 });
    expect(questionCard('leeftijd', { number: 1, total: 16 })).toBe(card);
    expect(questionCard('leeftijd', { number: 2, total: 17 })).not.toBe(card);
    expect(() => {
      (card.body as unknown[]).push({ type: 'TextBlock', text: 'x' });
    }).toThrow(TypeError);
  });
});

describe('dialog turns (work botbuilder-dialogs would redo every turn)', () => {
  /** A flow with a step inside, counting the dialog events it sees and the contexts built for it. */
  class Inner extends ComponentDialog {
    events = 0;
    constructor() {
      super('inner');
      this.addDialog(new WaterfallDialog('steps', [async () => Dialog.EndOfTurn, async (step) => step.endDialog()]));
    }
    override async onDialogEvent(dc: DialogContext, event: DialogEvent): Promise<boolean> {
      this.events++;
      return super.onDialogEvent(dc, event);
    }
  }

  it('carries the memory-scope configuration and skips the activityReceived walk after the first turn', async () => {
    const storage = new MemoryStorage();
    const state = new ConversationStore(storage);
    const inner = new Inner();
    const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState')).add(inner);
    const turn = async (carry?: DialogTurnCarry) => {
      const context = new TurnContext(createAdapter(parseConfig({}), createLogger('silent')), activity('d1'));
      carry?.prepare(context);
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog('inner');
      carry?.learn(context);
      await state.saveChanges(context);
    };
    const carry = new DialogTurnCarry();
    await turn(carry); // begins the flow; the carry learns
    const registrations = vi.spyOn(ComponentRegistration, 'add');
    await turn(); // a turn without the carry: the SDK walks down with the event
    expect(inner.events).toBe(1);
    const uncarried = registrations.mock.calls.length;
    registrations.mockClear();
    inner.events = 0;
    await turn(carry);
    expect(inner.events).toBe(0);
    // a DialogContext (each with its state manager) for the set, inside the flow, for the waterfall step
    expect(registrations).toHaveBeenCalledTimes(3);
    expect(uncarried).toBe(4); // and one more for the event's walk down
    registrations.mockRestore();
  });
});
