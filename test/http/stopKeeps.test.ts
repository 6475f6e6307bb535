import { describe, expect, it } from 'vitest';
import { aanmeldingMessages } from '../../dialogs/aanmelding/messages.nl';
import { rootMessages as msg } from '../../dialogs/root/messages.nl';
import { screeningMessages } from '../../dialogs/screening/messages.nl';
import { allVisibleText, buttonTitlesOf as buttonsOf } from '../support/activities';
import type { HttpConversation } from '../support/conversation';
import { askedField, openedOverHttp } from '../support/screeningOverHttp';
import { withTestApp, type TestApp } from '../support/testApp';

type Replies = Awaited<ReturnType<HttpConversation['say']>>;

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
  withTestApp((started) => (app = started));

  /** Opens the flow, answers two questions, says "stop": kept, with a button to resume that flow. */
  async function stoppedAfterTwoAnswers(opening: string, flow: 'screening' | 'aanmelding') {
    const { chat, first } = await openedOverHttp(app, opening);
    const third = await twoAnswers(chat, first);
    const stopped = await chat.say('stop');
    expect(allVisibleText(stopped)).toContain(msg.stoppedKept[flow]);
    expect(buttonsOf(stopped)[0]).toBe(msg.resumeLabels[flow]);
    return { chat, third };
  }

  it('a stopped screening goes on at the next open question with "screenen" or "verder"; "opnieuw" asks', async () => {
    const { chat, third } = await stoppedAfterTwoAnswers('screenen', 'screening');

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
    const { chat, third } = await stoppedAfterTwoAnswers('aanmelding voorbereiden', 'aanmelding');
    const verder = await chat.say('verder');
    expect(allVisibleText(verder)).toContain(aanmeldingMessages.flow.resumed);
    expect(askedField(verder)).toBe(third);
  });

  it('promises nothing when nothing was filled in', async () => {
    const { chat } = await openedOverHttp(app, 'screenen');
    const stopped = allVisibleText(await chat.say('stop'));
    expect(stopped).toContain(msg.stopped);
    expect(stopped).not.toContain('bewaard');
  });
});
