import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aanmeldingMessages as msg, conceptChoiceMessages as keuze } from '../../dialogs/aanmelding/messages.nl';
import { mijnAanmeldingenMessages as mijn } from '../../dialogs/mijnAanmeldingen/messages.nl';
import { loadScreeningCases } from '../fixtures/screeningCases';
import { allVisibleText, buttonTitlesOf as buttonsOf } from '../support/activities';
import { AANMELDING_ANSWERS, fillAanmeldingCards } from '../support/aanmeldingOverHttp';
import { HttpConversation } from '../support/conversation';
import { answerScreeningByCards } from '../support/screeningOverHttp';
import { startTestApp, type TestApp } from '../support/testApp';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());

const SAM = loadScreeningCases().find((c) => c.id === 'v01')!.input;
/** The new client: 49, WW, 32 uur (another screening than Sam's). */
const NIEUW = loadScreeningCases().find((c) => c.id === 'v03')!.input;
/** A third client: yet another screening. */
const SAM_AGAIN = loadScreeningCases().find((c) => c.id === 'v06')!.input;
const AHMED = { ...AANMELDING_ANSWERS, kandidaatNaam: 'Ahmed Benali', kandidaatEmail: 'ahmed@example.nl' };

async function screen(chat: HttpConversation, answers: typeof SAM): Promise<void> {
  await answerScreeningByCards(await chat.say('screenen'), answers, () => chat);
  await chat.submit({ actie: 'bevestig' });
}

/** Sam's aanmelding kept as a concept, then a new client screened in the same chat. */
async function conceptThenNewScreening(app: TestApp): Promise<HttpConversation> {
  const chat = new HttpConversation(app);
  await chat.say('hoi');
  await screen(chat, SAM);
  await fillAanmeldingCards(chat, await chat.submit({ menu: 'aanmelding' }));
  expect(allVisibleText(await chat.submit({ actie: 'concept' }))).toContain(msg.concept.saved);
  await screen(chat, NIEUW);
  return chat;
}

describe('a saved concept and a new screening', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.stop());

  it('asks which client the aanmelding is for instead of resuming the concept', async () => {
    const chat = await conceptThenNewScreening(app);
    const asked = await chat.submit({ menu: 'aanmelding' });
    expect(allVisibleText(asked)).not.toContain(msg.flow.resumed);
    expect(buttonsOf(asked)).toEqual([keuze.verderButton('Sam de Vries'), keuze.nieuwButton]);
  });

  it('"nieuw" starts an empty aanmelding with the new screening; Sam\'s concept comes back after sending', async () => {
    const chat = await conceptThenNewScreening(app);
    await chat.submit({ menu: 'aanmelding' });
    const nieuw = await chat.say('nieuw');
    expect(allVisibleText(nieuw)).toContain(keuze.parked('Sam de Vries'));
    expect(allVisibleText(nieuw)).not.toContain('Sam de Vries, ');
    const review = allVisibleText(await fillAanmeldingCards(chat, nieuw, AHMED));
    expect(review).toContain('Ahmed Benali');
    expect(review).not.toContain('Sam de Vries');
    expect(review).toContain(`${msg.review.facts.uren} ${NIEUW.urenPerWeek}`);
    expect(allVisibleText(await chat.submit({ actie: 'versturen' }))).toContain('Je aanmelding is verstuurd');
    // Sam's concept was kept aside, not deleted: the next aanmelding resumes it.
    const again = allVisibleText(await chat.say('aanmelding'));
    expect(again).toContain(msg.flow.resumed);
    expect(again).toContain('Sam de Vries');
  });

  it('"Mijn aanmeldingen" lists the concept set aside, with its state, beside the current concept', async () => {
    const chat = await conceptThenNewScreening(app);
    await chat.submit({ menu: 'aanmelding' });
    await fillAanmeldingCards(chat, await chat.say('nieuw'), AHMED);
    await chat.submit({ actie: 'concept' }); // Ahmed kept as a concept, Sam aside
    const list = allVisibleText(await chat.say('mijn aanmeldingen'));
    const current = list.slice(list.indexOf(mijn.concept.heading)).split('\n').slice(0, 3).join('\n');
    expect(current).toContain('Ahmed Benali');
    const aside = list.slice(list.indexOf(mijn.concept.setAsideHeading)).split('\n').slice(0, 3).join('\n');
    expect(aside).toContain('Sam de Vries');
    expect(aside).toContain(mijn.concept.setAsideState);
    // Only the current concept can be continued; the one set aside comes back by itself.
    expect(list.split(mijn.concept.continueButton)).toHaveLength(2);
  });

  it("a second new client sets Ahmed's concept aside too: neither concept is lost", async () => {
    const chat = await conceptThenNewScreening(app);
    await chat.submit({ menu: 'aanmelding' });
    await fillAanmeldingCards(chat, await chat.say('nieuw'), AHMED);
    await chat.submit({ actie: 'concept' }); // Ahmed kept as a concept, Sam aside
    await screen(chat, SAM_AGAIN);
    const asked = await chat.submit({ menu: 'aanmelding' });
    expect(buttonsOf(asked)[0]).toBe(keuze.verderButton('Ahmed Benali'));
    const third = { ...AANMELDING_ANSWERS, kandidaatNaam: 'Quinty Bos', kandidaatEmail: 'q@example.nl' };
    await fillAanmeldingCards(chat, await chat.say('nieuw'), third);
    expect(allVisibleText(await chat.submit({ actie: 'versturen' }))).toContain('Je aanmelding is verstuurd');
    const ahmed = allVisibleText(await chat.say('aanmelding'));
    expect(ahmed).toContain('Ahmed Benali');
    await chat.submit({ actie: 'versturen' });
    const sam = allVisibleText(await chat.say('aanmelding'));
    expect(sam).toContain(msg.flow.resumed);
    expect(sam).toContain('Sam de Vries');
  });

  it('after "wijzig screening" inside the aanmelding, the concept resumes with its new screening, no choice asked', async () => {
    const chat = new HttpConversation(app);
    await chat.say('hoi');
    await screen(chat, SAM);
    await fillAanmeldingCards(chat, await chat.submit({ menu: 'aanmelding' }));
    await chat.say('wijzig screening');
    await chat.submit({ actie: 'wijzig', wijzig: 'urenPerWeek' });
    await chat.submit({ urenPerWeek: '30' });
    expect(allVisibleText(await chat.submit({ actie: 'bevestig' }))).toContain(`${msg.review.facts.uren} 30`);
    expect(allVisibleText(await chat.submit({ actie: 'concept' }))).toContain(msg.concept.saved);
    const again = await chat.submit({ menu: 'aanmelding' });
    expect(buttonsOf(again)).not.toContain(keuze.nieuwButton);
    expect(allVisibleText(again)).toContain(msg.flow.resumed);
    expect(allVisibleText(again)).toContain(`${msg.review.facts.uren} 30`);
  });

  it('"verder" resumes Sam\'s concept with Sam\'s own screening', async () => {
    const chat = await conceptThenNewScreening(app);
    await chat.say('aanmelding voorbereiden');
    const resumed = allVisibleText(await chat.submit({ concept: 'verder' }));
    expect(resumed).toContain(msg.flow.resumed);
    expect(resumed).toContain('Sam de Vries');
    expect(resumed).toContain(`${msg.review.facts.uren} ${SAM.urenPerWeek}`);
  });
});
