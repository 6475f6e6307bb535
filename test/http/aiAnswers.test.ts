import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { allVisibleText, cardsOf, messageActivity, visibleText } from '../support/activities';
import { HttpConversation } from '../support/conversation';
import { answerScreeningByCards } from '../support/screeningOverHttp';
import { startTestApp, type TestApp } from '../support/testApp';
import { loadScreeningCases } from '../fixtures/screeningCases';
import { startOpenAiServer, type FakeOpenAiServer } from '../llm/openaiServer';
import { ANSWER_NAME } from '../../knowledge/answer/answerPrompt.nl';

/**
 * Issue 17, black-box: the bot over HTTP (restify + CloudAdapter) with a local
 * OpenAI-compatible endpoint as OPENAI_BASE_URL.
 */
const ANSWER = {
  antwoord:
    'Met een praktijkverklaring laat je cliënt zien welke werkprocessen hij op de werkvloer beheerst [1]. Het mbo geeft hem af [2].',
  bronnen: ['1', '2'],
};
const CONNECTOR = 'https://smba.ai-test.example';

type Entity = {
  type: string;
  additionalType?: string[];
  citation?: { '@type': string; position: number; appearance: Record<string, string> }[];
};
const entitiesOf = (a: Partial<Activity>) => (a.entities ?? []) as Entity[];
const aiLabelled = (a: Partial<Activity>) =>
  entitiesOf(a).some((e) => e.additionalType?.includes('AIGeneratedContent'));

let model: FakeOpenAiServer;
let app: TestApp;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  model = await startOpenAiServer({ [ANSWER_NAME]: ANSWER });
  app = await startTestApp({
    OPENAI_API_KEY: 'sk-local',
    OPENAI_BASE_URL: model.baseURL,
    REGIONAL_CONTACT: 'het Servicepunt Praktijkleren (085 000 00 00)',
  });
});
afterEach(() => Object.assign(model.mode, { fail: false, delayMs: 0 }));
afterAll(async () => {
  await app.stop();
  await model.close();
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('disclosure at first contact', () => {
  it('tells a new member that an automated (AI) assistant answers, what the model does and who to call', async () => {
    const res = await app.post({
      ...messageActivity('conv-new-member', { type: 'conversationUpdate', text: undefined }),
      membersAdded: [{ id: 'user-1' }, { id: 'bot-1' }],
      conversation: { id: 'conv-new-member', conversationType: 'personal' },
    });
    const text = allVisibleText((res.json as { activities: Partial<Activity>[] }).activities);
    expect(text).toContain('geautomatiseerde assistent (een AI-systeem)');
    expect(text).toContain('vaste, openbare regels, niet uit een taalmodel');
    expect(text).toContain('Een taalmodel helpt alleen bij');
    expect(text).toContain('het Servicepunt Praktijkleren (085 000 00 00)');
  });

  it('says the same in help and gives the short account with "privacy"', async () => {
    const conversation = new HttpConversation(app);
    expect(allVisibleText(await conversation.say('help'))).toContain('geautomatiseerde assistent');
    const privacy = allVisibleText(await conversation.say('privacy'));
    expect(privacy).toContain('Privacy en verantwoording');
    expect(privacy).toContain('docs/verantwoording.md');
    expect(privacy).toContain('90 dagen');
  });
});

describe('a model-written answer', () => {
  it('carries one AIGeneratedContent message entity with citations, [n] markers and feedback buttons', async () => {
    const replies = await new HttpConversation(app).say('Wat is een praktijkverklaring?');
    const generated = replies.find(aiLabelled);
    expect(generated?.text).toContain('[1]');
    expect(generated?.text).toContain('[2]');
    const roots = entitiesOf(generated!).filter((e) => e.type === 'https://schema.org/Message');
    expect(roots).toHaveLength(1);
    const citations = roots[0]!.citation!;
    expect(citations.map((c) => c.position)).toEqual([1, 2]);
    for (const c of citations) {
      expect(c['@type']).toBe('Claim');
      expect(c.appearance['@type']).toBe('DigitalDocument');
      expect(c.appearance.name!.length).toBeLessThanOrEqual(80);
      expect(c.appearance.abstract!.length).toBeGreaterThan(10);
      expect(c.appearance.abstract!.length).toBeLessThanOrEqual(160);
    }
    expect(generated!.channelData).toMatchObject({ feedbackLoop: { type: 'default' } });
    // the buttons after it are rule-based and not labelled
    const after = replies.slice(replies.indexOf(generated!) + 1);
    expect(allVisibleText(after)).toContain('Cliënt screenen');
    expect(after.some(aiLabelled)).toBe(false);
  });

  it('"meer" after a generated answer shows the entries it was written from, without AI label', async () => {
    const conversation = new HttpConversation(app);
    await conversation.say('Wat is een praktijkverklaring?');
    const more = await conversation.say('meer');
    expect(allVisibleText(more)).toContain('Bron:');
    expect(more.some(aiLabelled)).toBe(false);
  });

  it('answers the feedback invoke with 200 and counts it in /metrics', async () => {
    const feedback = (reaction: string) =>
      app.post({
        ...messageActivity('conv-feedback', { type: 'invoke', text: undefined }),
        deliveryMode: undefined,
        name: 'message/submitAction',
        replyToId: 'answer-1',
        value: {
          actionName: 'feedback',
          actionValue: { reaction, feedback: '{"feedbackText":"Jan de Vries belde 06-12345678"}' },
        },
      });
    expect(await feedback('like')).toMatchObject({ status: 200, json: {} });
    expect((await feedback('dislike')).status).toBe(200);
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/pvbot_ai_feedback_total\{reaction="like"\} 1/);
    expect(metrics).toMatch(/pvbot_ai_feedback_total\{reaction="dislike"\} 1/);
    expect(app.logs.lines.join('\n')).not.toContain('Jan de Vries');
  });

  it('falls back to the search answer, without AI label, when the model is down', async () => {
    model.mode.fail = true;
    const replies = await new HttpConversation(app).say('Wat is een praktijkverklaring?');
    expect(replies.some(aiLabelled)).toBe(false);
    expect(allVisibleText(replies)).toContain('Bron:');
  });

  it('never labels the advice card of a screening as AI-generated', async () => {
    const conversation = new HttpConversation(app);
    const screening = loadScreeningCases().find((c) => c.id === 'v01')!;
    await answerScreeningByCards(await conversation.say('screenen'), screening.input, () => conversation);
    const advice = await conversation.say('klopt');
    expect(allVisibleText(advice)).toContain('Kansrijk');
    expect(advice.some(aiLabelled)).toBe(false);
    expect(advice.every((a) => (a.entities ?? []).length === 0)).toBe(true);
  });
});

describe('no silence while the model writes', () => {
  const sent: Partial<Activity>[] = [];
  beforeAll(() => {
    nock(CONNECTOR)
      .persist()
      .post(/\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/)
      .reply(200, (_uri, body) => {
        const activity = body as Partial<Activity>;
        sent.push(activity);
        // Teams answers the first streaming activity with the stream's id
        const startsStream = (activity.entities ?? []).some((e) => e.type === 'streaminfo' && !('streamId' in e));
        return { id: startsStream ? 'stream-1' : `msg-${sent.length}` };
      });
  });
  afterEach(() => (sent.length = 0));

  const turn = (conversationType: string) =>
    app.post(
      messageActivity(`conv-${conversationType}-${Math.random()}`, {
        text: 'Wat is een praktijkverklaring?',
        channelId: 'msteams',
        serviceUrl: CONNECTOR,
        deliveryMode: undefined,
        conversation: { id: `conv-${conversationType}`, conversationType } as never,
      }),
    );
  const streamInfo = (a: Partial<Activity>) =>
    (a.entities ?? []).find((e) => e.type === 'streaminfo') as Record<string, unknown> | undefined;

  it('streams in a personal chat: an informative update, the growing text, then the labelled final message', async () => {
    expect((await turn('personal')).status).toBe(200);
    const stream = sent.filter((a) => streamInfo(a));
    expect(stream[0]).toMatchObject({ type: 'typing' });
    expect(streamInfo(stream[0]!)).toEqual({ type: 'streaminfo', streamType: 'informative', streamSequence: 1 });
    const updates = stream.filter((a) => streamInfo(a)!.streamType === 'streaming');
    for (const u of updates) expect(streamInfo(u)).toMatchObject({ streamId: 'stream-1' });
    const final = stream.at(-1)!;
    expect(final.type).toBe('message');
    expect(streamInfo(final)).toEqual({ type: 'streaminfo', streamId: 'stream-1', streamType: 'final' });
    expect(aiLabelled(final)).toBe(true);
    for (const u of updates) expect(final.text!.startsWith(u.text!)).toBe(true);
    expect(visibleText(sent.at(-1)!)).toContain('Cliënt screenen'); // the next-step buttons follow
  }, 15_000);

  it('ends the stream with the search answer when the model is down', async () => {
    model.mode.fail = true;
    await turn('personal');
    const final = sent.find((a) => streamInfo(a)?.streamType === 'final')!;
    expect(aiLabelled(final)).toBe(false);
    expect(cardsOf([final])).toHaveLength(1);
    expect(visibleText(final)).toContain('Bron:');
  }, 15_000);

  it('shows typing and then the final message in a group chat (Teams streams only in personal chats)', async () => {
    await turn('groupChat');
    expect(sent[0]).toMatchObject({ type: 'typing' });
    expect(sent.some((a) => streamInfo(a))).toBe(false);
    expect(sent.some(aiLabelled)).toBe(true);
  }, 15_000);
});
