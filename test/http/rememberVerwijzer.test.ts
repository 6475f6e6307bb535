import { MemoryStorage } from 'botbuilder';
import { Redis } from 'ioredis';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gegevensKey, StateGegevensStore } from '../../bot/storage/gegevensStore';
import { gegevensMessages } from '../../dialogs/aanmelding/messages.nl';
import { rootMessages } from '../../dialogs/root/messages.nl';
import { allVisibleText, cardsOf } from '../support/activities';
import { HttpConversation } from '../support/conversation';
import { answerScreeningByCards } from '../support/screeningOverHttp';
import { fillAanmeldingCards, AANMELDING_ANSWERS } from '../support/aanmeldingOverHttp';
import { startTestApp, type TestApp } from '../support/testApp';
import { loadScreeningCases } from '../fixtures/screeningCases';
import { SHARED_REDIS_URL } from '../storage/redisServer';

const TEAM = {
  INTAKE_TEAM_ID: 'west',
  INTAKE_TEAM_NAAM: 'Intaketeam West',
  INTAKE_TEAMS_TENANT_ID: '72f988bf-0000-0000-0000-000000000000',
  INTAKE_TEAMS_TEAM_ID: '19:abc@thread.tacv2',
};
const USING = gegevensMessages.using('Verwijzer Test', 'Gemeente Voorbeeldstad', '010-1234567');

type Replies = Awaited<ReturnType<HttpConversation['say']>>;

/** The input ids on the last card of a turn. */
function inputsOf(replies: Replies): string[] {
  const ids: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const el = node as { type?: string; id?: string };
    if (el.type?.startsWith('Input.') && el.id) ids.push(el.id);
    Object.values(node).forEach(walk);
  };
  walk(cardsOf(replies).at(-1));
  return ids;
}

/** A fresh chat of the same Teams user (user-1): screening, then "Aanmelding voorbereiden". */
async function startAanmelding(app: TestApp): Promise<{ chat: HttpConversation; first: Replies }> {
  const chat = new HttpConversation(app);
  const screening = loadScreeningCases().find((c) => c.id === 'v01')!;
  await answerScreeningByCards(await chat.say('screenen'), screening.input, () => chat);
  await chat.say('klopt');
  return { chat, first: await chat.submit({ menu: 'aanmelding' }) };
}

async function sendAanmelding(app: TestApp, answers = AANMELDING_ANSWERS): Promise<{ first: Replies; sent: string }> {
  const { chat, first } = await startAanmelding(app);
  await fillAanmeldingCards(chat, first, answers);
  const sent = allVisibleText(await chat.submit({ actie: 'versturen' }));
  expect(sent).toContain('Je aanmelding is verstuurd');
  return { first, sent };
}

/** A bot on `storage` for one describe block; outbound HTTP is refused (only loopback). */
function withAppOn(storage: MemoryStorage, use: (app: TestApp) => void): void {
  let app: TestApp | undefined;
  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    app = await startTestApp(TEAM, { storage });
    use(app);
  });
  afterAll(async () => {
    await app?.stop();
    nock.enableNetConnect();
  });
}

describe('the bot remembers the verwijzer’s own details for the next aanmelding (memory)', () => {
  let app: TestApp;
  const storage = new MemoryStorage();
  withAppOn(storage, (started) => (app = started));

  it('asks them once, remembers them after sending, then uses them and lets the verwijzer change and forget them', async () => {
    // First aanmelding: the verwijzer card is asked; only after sending are the details remembered.
    const { chat, first } = await startAanmelding(app);
    let replies = first;
    const seen: string[][] = [];
    for (let turn = 0; turn < 12 && !allVisibleText(replies).includes('Controleer de aanmelding'); turn++) {
      const ids = inputsOf(replies).filter((id) => id in AANMELDING_ANSWERS);
      seen.push(ids);
      replies = await chat.submit(Object.fromEntries(ids.map((id) => [id, AANMELDING_ANSWERS[id]!])));
      expect(await new StateGegevensStore(storage).load('user-1')).toBeUndefined(); // nothing before Versturen
    }
    expect(seen.flat()).toContain('verwijzerOrganisatie');
    const sent = allVisibleText(await chat.submit({ actie: 'versturen' }));
    expect(sent).toContain(gegevensMessages.remembered);

    // Second aanmelding, another chat: not asked again, one line says what is used, nothing of the client.
    const second = await startAanmelding(app);
    expect(allVisibleText(second.first)).toContain(USING);
    const kandidaatCard = JSON.stringify(cardsOf(second.first).at(-1));
    expect(kandidaatCard).not.toContain(AANMELDING_ANSWERS.kandidaatNaam);
    expect(inputsOf(second.first)).toContain('kandidaatNaam');
    let next = second.first;
    for (let turn = 0; turn < 12 && !allVisibleText(next).includes('Controleer de aanmelding'); turn++) {
      const ids = inputsOf(next).filter((id) => id in AANMELDING_ANSWERS);
      expect(ids).not.toContain('verwijzerOrganisatie');
      next = await second.chat.submit(Object.fromEntries(ids.map((id) => [id, AANMELDING_ANSWERS[id]!])));
    }
    expect(allVisibleText(next)).toContain('Gemeente Voorbeeldstad');

    // "Wijzig" on that line (a button that types "wijzig mijn gegevens"): the card with the current values.
    const button = (
      cardsOf(second.first).find((c) => JSON.stringify(c).includes(USING)) as { actions: { data: object }[] }
    ).actions[0]!.data;
    const change = await second.chat.submit(button as Record<string, unknown>);
    expect(inputsOf(change)).toEqual(['verwijzerNaam', 'verwijzerOrganisatie', 'verwijzerTelefoon']);
    expect(JSON.stringify(cardsOf(change).at(-1))).toContain('Gemeente Voorbeeldstad');
    const review = await second.chat.submit({
      verwijzerNaam: 'Verwijzer Test',
      verwijzerOrganisatie: 'UWV Voorbeeldstad',
      verwijzerTelefoon: '010-7654321',
    });
    expect(allVisibleText(review)).toContain('UWV Voorbeeldstad');
    const sentAgain = allVisibleText(await second.chat.submit({ actie: 'versturen' }));
    expect(sentAgain).toContain(gegevensMessages.remembered); // changed: said again

    // Third: the changed details; sending unchanged ones says nothing new.
    const third = await sendAanmelding(app);
    expect(allVisibleText(third.first)).toContain(
      gegevensMessages.using('Verwijzer Test', 'UWV Voorbeeldstad', '010-7654321'),
    );
    expect(third.sent).not.toContain(gegevensMessages.remembered);

    // "vergeet mijn gegevens": gone at once; the next aanmelding asks again.
    const forget = new HttpConversation(app);
    expect(allVisibleText(await forget.say('vergeet mijn gegevens'))).toContain(rootMessages.forgotten);
    expect(allVisibleText(await forget.say('vergeet mijn gegevens'))).toContain(rootMessages.nothingToForget);
    expect(await new StateGegevensStore(storage).load('user-1')).toBeUndefined();
    const fourth = await startAanmelding(app);
    expect(allVisibleText(fourth.first)).not.toContain('Ik gebruik jouw gegevens');
  });

  it('"help" names both commands; another Teams user never sees someone else’s details', async () => {
    const help = allVisibleText(await new HttpConversation(app).say('help'));
    expect(help).toContain('wijzig mijn gegevens');
    expect(help).toContain('vergeet mijn gegevens');
    await new StateGegevensStore(storage).save('user-1', {
      naam: 'Verwijzer Test',
      organisatie: 'Gemeente Voorbeeldstad',
      telefoon: '010-1234567',
    });
    const other = new HttpConversation(app);
    const screening = loadScreeningCases().find((c) => c.id === 'v01')!;
    const send = (value: Record<string, unknown>) => other.send({ value, from: { id: 'user-2', name: 'Ander' } });
    await answerScreeningByCards(
      await other.send({ text: 'screenen', from: { id: 'user-2', name: 'Ander' } }),
      screening.input,
      () => ({ submit: send }),
    );
    await other.send({ text: 'klopt', from: { id: 'user-2', name: 'Ander' } });
    const first = await send({ menu: 'aanmelding' });
    expect(allVisibleText(first)).not.toContain('Gemeente Voorbeeldstad');
  });

  it('a corrupt record is ignored: the details are asked again, no crash', async () => {
    const key = gegevensKey('user-1');
    await storage.write({
      [key]: { gegevens: { naam: 'X', organisatie: '', telefoon: 'geen' }, savedAt: new Date().toISOString() },
    });
    const { first } = await startAanmelding(app);
    expect(allVisibleText(first)).not.toContain('Ik gebruik jouw gegevens');
    await storage.write({ [key]: { rommel: true } });
    const again = await startAanmelding(app);
    expect(allVisibleText(again.first)).not.toContain('Ik gebruik jouw gegevens');
  });
});

describe('remembered details in Redis', () => {
  let app: TestApp;
  let redis: Redis;
  const prefix = `t-gegevens-${Date.now()}`;
  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    app = await startTestApp({ ...TEAM, REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: prefix });
    redis = new Redis(SHARED_REDIS_URL);
  });
  afterAll(async () => {
    await app.stop();
    redis.disconnect();
    nock.enableNetConnect();
  });

  it('are kept under a hashed user key with the state TTL, used next time, and a corrupt value is ignored', async () => {
    await sendAanmelding(app);
    const key = `${prefix}:state:${gegevensKey('user-1')}`;
    expect(key).not.toContain('user-1');
    const ttl = await redis.ttl(key);
    expect(ttl).toBeGreaterThan(29 * 24 * 3600);
    expect(ttl).toBeLessThanOrEqual(30 * 24 * 3600);
    const stored = await redis.get(key);
    expect(stored).toContain('Gemeente Voorbeeldstad');
    expect(stored).not.toContain(AANMELDING_ANSWERS.kandidaatNaam); // nothing of the client
    expect(allVisibleText((await startAanmelding(app)).first)).toContain(USING);

    await redis.set(key, '{"eTag":"x","value":', 'EX', 60); // not JSON
    const { first } = await startAanmelding(app);
    expect(allVisibleText(first)).not.toContain('Ik gebruik jouw gegevens');
    expect(inputsOf(first)).toContain('kandidaatNaam');
  });
});

describe('the remembered details expire like the conversation state', () => {
  it('a record older than the state TTL is deleted when read', async () => {
    const storage = new MemoryStorage();
    let now = new Date('2026-01-01T10:00:00Z');
    const store = new StateGegevensStore(storage, () => now);
    await store.save('u', { naam: 'Jan de Boer', organisatie: 'Gemeente X', telefoon: '06-12345678' });
    now = new Date('2026-01-30T10:00:00Z');
    expect(await store.load('u')).toMatchObject({ organisatie: 'Gemeente X' });
    now = new Date('2026-01-31T10:00:01Z');
    expect(await store.load('u')).toBeUndefined();
    expect(await storage.read([gegevensKey('u')])).toEqual({});
  });
});

describe('"vergeet mijn gegevens" in the middle of an aanmelding', () => {
  let app: TestApp;
  const storage = new MemoryStorage();
  const store = new StateGegevensStore(storage);
  withAppOn(storage, (started) => (app = started));

  /** The "onthouden" toggle on the last card, if any. */
  function toggleOf(replies: Replies): { value?: string; title?: string } | undefined {
    type Input = { id?: string; value?: string; title?: string };
    const body = (cardsOf(replies).at(-1) as { body?: Input[] } | undefined)?.body ?? [];
    return body.find((e) => e.id === 'onthouden');
  }

  it('sending afterwards does not remember them again unless the verwijzer ticks it on the review card', async () => {
    await sendAanmelding(app); // remembered
    expect(await store.load('user-1')).toBeDefined();

    // Second round: forgotten halfway; the review asks (default no); sending keeps them forgotten.
    const { chat, first } = await startAanmelding(app);
    expect(allVisibleText(first)).toContain(USING);
    const forgot = allVisibleText(await chat.say('vergeet mijn gegevens'));
    expect(forgot).toContain(rootMessages.forgotten);
    expect(await store.load('user-1')).toBeUndefined();
    const review = await fillAanmeldingCards(chat, first); // the kandidaat card is still open
    expect(toggleOf(review)).toMatchObject({ value: 'false', title: gegevensMessages.rememberToggle });
    const sent = allVisibleText(await chat.submit({ actie: 'versturen', onthouden: 'false' }));
    expect(sent).toContain('Je aanmelding is verstuurd');
    expect(sent).toContain(gegevensMessages.notRemembered);
    expect(sent).not.toContain(gegevensMessages.remembered);
    expect(await store.load('user-1')).toBeUndefined();

    // Third round (nothing remembered): forgotten again, then ticked: remembered as asked.
    const third = await startAanmelding(app);
    const reviewAgain = await fillAanmeldingCards(third.chat, third.first);
    expect(toggleOf(reviewAgain)).toBeUndefined(); // asked only after "vergeet"
    await third.chat.say('vergeet mijn gegevens');
    const ticked = allVisibleText(await third.chat.submit({ actie: 'versturen', onthouden: 'true' }));
    expect(ticked).toContain(gegevensMessages.remembered);
    expect(await store.load('user-1')).toMatchObject({ organisatie: 'Gemeente Voorbeeldstad' });

    // Typed "versturen" after "vergeet": the default (not remembered).
    const fourth = await startAanmelding(app);
    await fourth.chat.say('vergeet mijn gegevens');
    await fillAanmeldingCards(fourth.chat, fourth.first);
    expect(allVisibleText(await fourth.chat.say('versturen'))).toContain(gegevensMessages.notRemembered);
    expect(await store.load('user-1')).toBeUndefined();
  });

  it('the mark stays with a concept: after "stop" and resuming, the toggle is still off and sending forgets', async () => {
    await sendAanmelding(app); // remembered
    const { chat, first } = await startAanmelding(app);
    await chat.say('vergeet mijn gegevens');
    expect(toggleOf(await fillAanmeldingCards(chat, first))).toMatchObject({ value: 'false' });
    await chat.say('stop'); // kept as concept
    const resumed = await chat.submit({ menu: 'aanmelding' });
    expect(toggleOf(resumed)).toMatchObject({ value: 'false', title: gegevensMessages.rememberToggle });
    const sent = allVisibleText(await chat.say('versturen'));
    expect(sent).toContain('Je aanmelding is verstuurd');
    expect(sent).toContain(gegevensMessages.notRemembered);
    expect(await store.load('user-1')).toBeUndefined();
  });

  it('"vergeet" at the menu while a concept is kept marks that concept too', async () => {
    await sendAanmelding(app); // remembered
    const { chat, first } = await startAanmelding(app);
    expect(toggleOf(await fillAanmeldingCards(chat, first))).toBeUndefined();
    await chat.say('stop'); // kept as concept
    expect(allVisibleText(await chat.say('vergeet mijn gegevens'))).toContain(rootMessages.forgotten);
    expect(toggleOf(await chat.submit({ menu: 'aanmelding' }))).toMatchObject({ value: 'false' });
    expect(allVisibleText(await chat.say('versturen'))).toContain(gegevensMessages.notRemembered);
    expect(await store.load('user-1')).toBeUndefined();
  });
});
