import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aanmeldingMessages } from '../../dialogs/aanmelding/messages.nl';
import { rootMessages as msg } from '../../dialogs/root/messages.nl';
import { screeningMessages } from '../../dialogs/screening/messages.nl';
import { allVisibleText, cardsOf } from '../support/activities';
import { HttpConversation } from '../support/conversation';
import { askedField } from '../support/screeningOverHttp';
import { startTestApp, type TestApp } from '../support/testApp';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());

type Replies = Awaited<ReturnType<HttpConversation['say']>>;

function buttonsOf(replies: Replies): string[] {
  const card = cardsOf(replies).at(-1) as { actions?: { title: string }[] } | undefined;
  return (card?.actions ?? []).map((a) => a.title);
}

/** Two questions answered by card: leeftijd and situatie; returns the third, still open. */
async function twoAnswers(chat: HttpConversation, first: Replies): Promise<string | undefined> {
  expect(askedField(first)).toBe('leeftijd');
  expect(askedField(await chat.submit({ leeftijd: '45' }))).toBe('situatie');
  const third = askedField(await chat.submit({ situatie: 'werkzoekend' }));
  expect(third).not.toBe('leeftijd');
  return third;
}

describe('"stop" keeps what it says it keeps', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.stop());

  it('a stopped screening goes on at the next open question with "screenen" or "verder"; "opnieuw" asks', async () => {
    const chat = new HttpConversation(app);
    await chat.say('hoi');
    const third = await twoAnswers(chat, await chat.say('screenen'));
    const stopped = await chat.say('stop');
    expect(allVisibleText(stopped)).toContain(msg.stoppedKept.screening);
    expect(buttonsOf(stopped)[0]).toBe(msg.resumeLabels.screening);

    const again = await chat.say('screenen');
    expect(allVisibleText(again)).toContain(screeningMessages.resumed(2));
    expect(askedField(again)).toBe(third);

    await chat.say('stop');
    const verder = await chat.say('verder');
    expect(askedField(verder)).toBe(third);
    expect(allVisibleText(verder)).toContain(screeningMessages.resumed(2));

    await chat.say('stop');
    expect(allVisibleText(await chat.say('opnieuw'))).toContain(msg.restartQuestion);
  });

  it('a stopped aanmelding keeps the answers of its screening; "verder" goes on with both', async () => {
    const chat = new HttpConversation(app);
    await chat.say('hoi');
    const third = await twoAnswers(chat, await chat.say('aanmelding voorbereiden'));
    const stopped = await chat.say('stop');
    expect(allVisibleText(stopped)).toContain(msg.stoppedKept.aanmelding);
    expect(buttonsOf(stopped)[0]).toBe(msg.resumeLabels.aanmelding);
    const verder = await chat.say('verder');
    expect(allVisibleText(verder)).toContain(aanmeldingMessages.flow.resumed);
    expect(askedField(verder)).toBe(third);
  });

  it('promises nothing when nothing was filled in', async () => {
    const chat = new HttpConversation(app);
    await chat.say('hoi');
    await chat.say('screenen');
    const stopped = allVisibleText(await chat.say('stop'));
    expect(stopped).toContain(msg.stopped);
    expect(stopped).not.toContain('bewaard');
  });
});
