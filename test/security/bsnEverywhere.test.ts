import { MemoryStorage, type StoreItems } from 'botbuilder';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containsBsn } from '../../privacy/bsn';
import { allVisibleText } from '../support/activities';
import { HttpConversation } from '../support/conversation';
import { startTestApp, type TestApp } from '../support/testApp';

/** Memory storage that keeps the JSON of every write, to prove what was (not) stored. */
class RecordingStorage extends MemoryStorage {
  readonly writes: string[] = [];
  override write(changes: StoreItems): Promise<void> {
    this.writes.push(JSON.stringify(changes));
    return super.write(changes);
  }
}

const REFUSAL = /lijkt op een burgerservicenummer|op een burgerservicenummer \(BSN\) lijkt/;
const digitsOf = (text: string) => text.normalize('NFKC').replace(/\D/g, '');

describe('a BSN is refused wherever a person types, never echoed and never stored', () => {
  let app: TestApp;
  const storage = new RecordingStorage();
  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    app = await startTestApp({}, { storage });
  });
  afterAll(async () => {
    await app.stop();
    nock.enableNetConnect();
  });

  const expectRefused = (replies: Parameters<typeof allVisibleText>[0]) => {
    const text = allVisibleText(replies);
    expect(text).toMatch(REFUSAL);
    expect(text).toContain('niets van dit bericht bewaard');
    expect(digitsOf(text)).not.toMatch(/111222333|123456782/);
  };

  it.each([
    ['plain', 'mijn cliënt heeft bsn 111222333'],
    ['full-width digits', 'bsn １１１２２２３３３'],
    ['no-break spaces', 'bsn 111\u00a0222\u00a0333'],
    ['underscores', 'bsn 111_222_333'],
    ['slashes', 'bsn 111/222/333'],
    ['after another number', 'nr 5 111222333'],
  ])('at the menu (%s)', async (_name, text) => {
    const conversation = new HttpConversation(app);
    await conversation.say('hallo');
    expectRefused(await conversation.say(text));
    // The conversation goes on where it was.
    expect(allVisibleText(await conversation.say('help'))).toMatch(/stop.*opnieuw/s);
  });

  it('in a werkprocessen search, and the search never echoes the number', async () => {
    const conversation = new HttpConversation(app);
    await conversation.say('hallo');
    await conversation.say('2');
    expectRefused(await conversation.say('zorg 123.456.782'));
    expectRefused(await conversation.submit({ actie: 'zoeken', vraag: 'zorg 123 456 782' }));
    expect(allVisibleText(await conversation.say('zorg'))).not.toMatch(REFUSAL);
  });

  it('in screening answers, interesses included', async () => {
    const conversation = new HttpConversation(app);
    await conversation.say('screenen');
    expectRefused(await conversation.submit({ leeftijd: '111222333' }));
    expectRefused(await conversation.submit({ interesses: 'zorg, techniek, bsn 111-222-333' }));
    expectRefused(await conversation.say('interesse in zorg; 1 1 1 2 2 2 3 3 3'));
  });

  it('in aanmelding fields and in the intake team question', async () => {
    const conversation = new HttpConversation(app);
    await conversation.say('aanmelding');
    expectRefused(
      await conversation.submit({ voornaam: 'Jan', achternaam: 'Jansen', opmerkingen: 'bsn: 111 222 333' }),
    );
    expectRefused(
      await conversation.submit({ intakeActie: 'info-nodig', dossierId: 'PV-ABC123', vraag: 'Klopt BSN 111222333?' }),
    );
  });

  it('stored and logged none of them', () => {
    expect(storage.writes.length).toBeGreaterThan(0);
    for (const write of storage.writes) expect(containsBsn(write)).toBe(false);
    expect(app.logs.lines.some((l) => l.includes('"reason":"bsnRefused"'))).toBe(true);
    for (const line of app.logs.lines) expect(containsBsn(line)).toBe(false);
  });
});
