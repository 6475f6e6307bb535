import {
  AutoSaveStateMiddleware,
  ConversationState,
  MessageFactory,
  type Storage,
  type StoreItems,
  TestAdapter,
} from 'botbuilder';
import { Dialog, DialogSet, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import { beforeEach, describe, expect, it } from 'vitest';

/**
 * The behaviour every botbuilder Storage in this bot must have, after botbuilder's
 * storageBaseTests. `createStorage` must return an empty store for each test.
 */
export function storageContract(name: string, createStorage: () => Storage | Promise<Storage>): void {
  describe(`Storage contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await createStorage();
    });

    it('reads an unknown key as absent, and empty key lists as nothing', async () => {
      expect(await storage.read(['unknown'])).toEqual({});
      expect(await storage.read([])).toEqual({});
      await expect(storage.write({})).resolves.toBeUndefined();
      await expect(storage.delete([])).resolves.toBeUndefined();
    });

    it('rejects missing key lists and change sets with a ReferenceError', async () => {
      await expect(storage.read(null as unknown as string[])).rejects.toBeInstanceOf(ReferenceError);
      await expect(storage.write(null as unknown as StoreItems)).rejects.toBeInstanceOf(ReferenceError);
    });

    it('creates items, returns them with a fresh eTag, and leaves the written object alone', async () => {
      const item = { id: 1, naam: 'dossier' };
      await storage.write({ a: item, b: { id: 2 } });
      const read = await storage.read(['a', 'b']);
      expect(read.a).toMatchObject({ id: 1, naam: 'dossier' });
      expect(read.b).toMatchObject({ id: 2 });
      expect(typeof read.a.eTag).toBe('string');
      expect(read.a.eTag).not.toBe('');
      expect(read.a.eTag).not.toBe(read.b.eTag);
      expect(item).toEqual({ id: 1, naam: 'dossier' });
    });

    it('gives every write a new eTag and accepts a write with the current one', async () => {
      await storage.write({ k: { count: 1 } });
      const first = (await storage.read(['k'])).k;
      await storage.write({ k: { ...first, count: 2 } });
      const second = (await storage.read(['k'])).k;
      expect(second.count).toBe(2);
      expect(second.eTag).not.toBe(first.eTag);
    });

    it('rejects a write with a stale eTag and keeps the stored value', async () => {
      await storage.write({ k: { count: 1 } });
      const stale = (await storage.read(['k'])).k;
      await storage.write({ k: { ...stale, count: 2 } });
      await expect(storage.write({ k: { ...stale, count: 99 } })).rejects.toThrow(/eTag conflict/);
      expect((await storage.read(['k'])).k.count).toBe(2);
    });

    it("overwrites with eTag '*' or without an eTag, whatever is stored", async () => {
      await storage.write({ k: { count: 1 } });
      await storage.write({ k: { count: 2, eTag: '*' } });
      expect((await storage.read(['k'])).k.count).toBe(2);
      await storage.write({ k: { count: 3 } });
      expect((await storage.read(['k'])).k).toMatchObject({ count: 3 });
    });

    it('creates an item written with an eTag when the key does not exist (as MemoryStorage)', async () => {
      await storage.write({ nieuw: { count: 1, eTag: 'from-elsewhere' } });
      const read = (await storage.read(['nieuw'])).nieuw;
      expect(read.count).toBe(1);
      expect(read.eTag).not.toBe('from-elsewhere');
    });

    it('lets exactly one of two writers with the same eTag win', async () => {
      await storage.write({ k: { by: 'start' } });
      const base = (await storage.read(['k'])).k;
      const results = await Promise.allSettled([
        storage.write({ k: { ...base, by: 'A' } }),
        storage.write({ k: { ...base, by: 'B' } }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const winner = results[0]?.status === 'fulfilled' ? 'A' : 'B';
      expect((await storage.read(['k'])).k.by).toBe(winner);
    });

    it('deletes items, and deleting an unknown key is fine', async () => {
      await storage.write({ d: { count: 1 } });
      await storage.delete(['d']);
      expect((await storage.read(['d'])).d).toBeUndefined();
      await expect(storage.delete(['unknown_key'])).resolves.toBeUndefined();
    });

    it('handles many keys per call, with missing keys simply left out', async () => {
      await storage.write({ b1: { count: 10 }, b2: { count: 20 }, b3: { count: 30 } });
      const read = await storage.read(['b1', 'missing', 'b2', 'b3']);
      expect(Object.keys(read).sort()).toEqual(['b1', 'b2', 'b3']);
      expect([read.b1.count, read.b2.count, read.b3.count]).toEqual([10, 20, 30]);
      await storage.delete(['b1', 'b2', 'b3']);
      expect(await storage.read(['b1', 'b2', 'b3'])).toEqual({});
    });

    it('round-trips nested objects, arrays, unicode and JSON edge values', async () => {
      const value = {
        antwoorden: { leeftijd: 34, ingeschrevenMbo: false, werkprocessen: ['P2-K1-W2', 'B1-K1-W1'] },
        diep: { a: { b: { c: [1, { d: null }] } } },
        tekst: 'Cliënt wil in de zorg 🙂 "quotes" \\ backslash\nnieuwe regel',
        getal: -0.5,
        leeg: {},
      };
      await storage.write({ n: value });
      const { eTag, ...read } = (await storage.read(['n'])).n;
      expect(read).toEqual(value);
      expect(eTag).toBeTypeOf('string');
    });

    it('accepts keys with special characters', async () => {
      const keys = [
        '!@#$%^&*()~/\\><,.?\';"`~',
        'msteams/conversations/19:abc@thread.v2',
        'spatie en ë/ü 🙂',
        'a*b?[c]',
      ];
      await storage.write(Object.fromEntries(keys.map((key, i) => [key, { i }])));
      const read = await storage.read(keys);
      keys.forEach((key, i) => expect(read[key]?.i).toBe(i));
    });

    it('keeps a waterfall dialog going through ConversationState across turns', async () => {
      await expect(runWaterfall(storage)).resolves.toBeUndefined();
    });
  });
}

// After storageBaseTests.proceedsThroughWaterfall: dialog state survives each turn's save/load.
async function runWaterfall(storage: Storage): Promise<void> {
  const conversationState = new ConversationState(storage);
  const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
  dialogs.add(
    new TextPrompt('naam', async (prompt) => {
      const ok = (prompt.recognized.value ?? '').length > 3;
      await prompt.context.sendActivity(ok ? `gelukt na ${prompt.attemptCount}` : `te kort ${prompt.attemptCount}`);
      return ok;
    }),
  );
  dialogs.add(
    new WaterfallDialog('stappen', [
      async (step) => (await step.context.sendActivity('stap 1'), Dialog.EndOfTurn),
      async (step) => step.prompt('naam', { prompt: MessageFactory.text('Hoe heet je?') }),
      async (step) => (await step.context.sendActivity('stap 3'), Dialog.EndOfTurn),
    ]),
  );
  const adapter = new TestAdapter(async (context) => {
    const dc = await dialogs.createContext(context);
    await dc.continueDialog();
    if (!context.responded) await dc.beginDialog('stappen');
  }).use(new AutoSaveStateMiddleware(conversationState));

  await adapter
    .send('hallo')
    .assertReply('stap 1')
    .send('hallo')
    .assertReply('Hoe heet je?')
    .send('An')
    .assertReply('te kort 1')
    .send('Bo')
    .assertReply('te kort 2')
    .send('Karin')
    .assertReply('gelukt na 3')
    .assertReply('stap 3')
    .startTest();
}
