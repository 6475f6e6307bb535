import { describe, expect, it } from 'vitest';
import { MemoryStateStorage } from '../../bot/storage/memoryStateStorage';
import { storageContract } from './storageContract';

// The bot's memory state: the same contract as botbuilder's MemoryStorage and RedisStorage.
storageContract('MemoryStateStorage', () => new MemoryStateStorage());

describe('MemoryStateStorage isolation', () => {
  it('gives every reader its own copy and stores a snapshot of what was written', async () => {
    const storage = new MemoryStateStorage();
    const written = { dialog: { stack: ['a'] }, answers: { uren: 12 } };
    await storage.write({ k: written });
    written.dialog.stack.push('changed after the write'); // the writer's object stays the writer's
    written.answers.uren = 99;

    const first = (await storage.read(['k'])).k as typeof written & { eTag: string };
    const second = (await storage.read(['k'])).k as typeof written & { eTag: string };
    expect(first.dialog.stack).toEqual(['a']);
    expect(first.answers.uren).toBe(12);
    first.dialog.stack.push('unsaved mutation of one turn');
    expect(second.dialog.stack).toEqual(['a']); // another turn never sees it
    expect((await storage.read(['k'])).k).toEqual({
      dialog: { stack: ['a'] },
      answers: { uren: 12 },
      eTag: first.eTag,
    });
  });

  it('writes nothing when one key of a change set has a stale eTag', async () => {
    const storage = new MemoryStateStorage();
    await storage.write({ a: { n: 1 }, b: { n: 1 } });
    const { a, b } = await storage.read(['a', 'b']);
    await storage.write({ b: { ...b, n: 2 } });
    await expect(storage.write({ a: { ...a, n: 3 }, b: { ...b, n: 3 } })).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['a'])).a).toMatchObject({ n: 1, eTag: a!.eTag });
  });
});
