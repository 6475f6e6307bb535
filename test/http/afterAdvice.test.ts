import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rootMessages } from '../../dialogs/root/messages.nl';
import { screeningMessages as msg } from '../../dialogs/screening/messages.nl';
import { CRITERIA_VOLDAAN } from '../../intake/screening/explanations.nl';
import { DEFAULT_POLICY } from '../../intake/screening/policy';
import { screen } from '../../intake/screening/screen';
import { loadScreeningCases } from '../fixtures/screeningCases';
import { allVisibleText } from '../support/activities';
import type { HttpConversation } from '../support/conversation';
import { answerScreeningByCards, askedField, openedOverHttp } from '../support/screeningOverHttp';
import { startTestApp, type TestApp } from '../support/testApp';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());

/** Case v05: diploma-route, with reasons. Case v01: kansrijk, no reasons against. */
const CASE = loadScreeningCases().find((c) => c.id === 'v05')!;
const KANSRIJK = loadScreeningCases().find((c) => c.id === 'v01')!;

async function screened(app: TestApp, screening = CASE): Promise<HttpConversation> {
  const { chat: conversation, first } = await openedOverHttp(app, 'screenen');
  await answerScreeningByCards(first, screening.input, () => conversation);
  const result = allVisibleText(await conversation.submit({ actie: 'bevestig' }));
  expect(result).toContain(msg.result.advies[screen(screening.input, DEFAULT_POLICY).advies]);
  return conversation;
}

describe('after the advice', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.stop());

  it('"waarom?" explains this advice with its reasons, not a search', async () => {
    const conversation = await screened(app);
    const why = allVisibleText(await conversation.say('waarom?'));
    expect(why).toContain(msg.why.advice(msg.result.advies['diploma-route']));
    for (const reason of screen(CASE.input, DEFAULT_POLICY).redenen) expect(why).toContain(reason.uitleg);
  });

  // Seen in the Playground: "Dit zijn de redenen:" followed by nothing for a kansrijk advice.
  it('"waarom?" after a kansrijk advice names the conditions that were met', async () => {
    const conversation = await screened(app, KANSRIJK);
    const why = allVisibleText(await conversation.say('waarom?'));
    expect(why).toContain(msg.result.advies.kansrijk);
    expect(why).toContain(msg.result.criteriaIntro);
    for (const met of CRITERIA_VOLDAAN(DEFAULT_POLICY)) expect(why).toContain(met);
  });

  it('"wijzig leerbaarheid" asks that answer again, then shows the summary with the others kept', async () => {
    const conversation = await screened(app);
    const asked = await conversation.say('wijzig leerbaarheid');
    expect(askedField(asked)).toBe('leerbaar');
    const summary = allVisibleText(await conversation.say('nee'));
    expect(summary).toContain(msg.summary.title);
  });

  it('"opnieuw" after an advice asks first; "nee" keeps the advice for the next step', async () => {
    const conversation = await screened(app);
    expect(allVisibleText(await conversation.say('opnieuw'))).toContain(rootMessages.restartQuestion);
    expect(allVisibleText(await conversation.say('nee'))).toContain(rootMessages.restartCancelled);
    expect(allVisibleText(await conversation.say('waarom?'))).toContain(msg.result.advies['diploma-route']);
  });
});
