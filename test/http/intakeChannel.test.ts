import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { allVisibleText, messageActivity, visibleText } from '../support/activities';
import { startTestApp, type TestApp } from '../support/testApp';
import { sampleDossier } from '../intake-delivery/helpers';
import { intakeTeamMessages } from '../../dialogs/intakeTeam/messages.nl';

const CONNECTOR = 'https://smba.example.test';
const SERVICE_URL = `${CONNECTOR}/teams/`;
const CHANNEL_ID = '19:intake-general@thread.tacv2';
const VERWIJZER_CONV = 'a:personal-verwijzer';

interface Sent {
  conversation: string;
  activity: Partial<Activity>;
  method: string;
  activityId?: string;
}

describe('intake channel: registration, dossier card, team actions, notifications', () => {
  let app: TestApp;
  const sent: Sent[] = [];
  let cardActivityId = 'card-1';

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    nock(CONNECTOR)
      .persist()
      .post(/\/teams\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/)
      .reply(200, function (uri, body) {
        const conversation = decodeURIComponent(uri.split('/conversations/')[1]!.split('/')[0]!);
        sent.push({ conversation, activity: body as Partial<Activity>, method: 'POST' });
        return { id: conversation === CHANNEL_ID ? cardActivityId : `msg-${sent.length}` };
      })
      .put(/\/teams\/v3\/conversations\/[^/]+\/activities\/[^/]+$/)
      .reply(200, function (uri, body) {
        const [conversation, , activityId] = uri.split('/conversations/')[1]!.split('/');
        sent.push({ conversation: decodeURIComponent(conversation!), activity: body as Partial<Activity>, method: 'PUT', activityId });
        return { id: activityId };
      });
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  const channelTurn = (fields: Partial<Activity>) =>
    app.post(
      messageActivity(`${CHANNEL_ID};messageid=123`, {
        channelId: 'msteams',
        serviceUrl: SERVICE_URL,
        from: { id: '29:intake-medewerker', name: 'Ilse Intake' },
        conversation: { id: `${CHANNEL_ID};messageid=123`, conversationType: 'channel', isGroup: true } as never,
        ...fields,
      }),
    );

  it('refuses "koppel intake" in a personal chat and for an unknown team', async () => {
    const personal = await app.post(messageActivity('p-1', { text: 'koppel intake intake', conversation: { id: 'p-1', conversationType: 'personal' } as never }));
    expect(allVisibleText((personal.json as { activities: [] }).activities)).toBe(intakeTeamMessages.registration.notInChannel);
    const unknown = await channelTurn({ text: '<at>Bot</at> koppel intake onbekend' });
    expect(allVisibleText((unknown.json as { activities: [] }).activities)).toContain('Ik ken geen intaketeam "onbekend"');
  });

  it('registers the channel with "@bot koppel intake <team-id>"', async () => {
    const res = await channelTurn({
      text: '<at>Bot</at> koppel intake intake',
      entities: [{ type: 'mention', text: '<at>Bot</at>', mentioned: { id: 'bot-1', name: 'Bot' } }],
    });
    expect(allVisibleText((res.json as { activities: [] }).activities)).toContain('gekoppeld als intakekanaal voor **Intaketeam mbo**');
  });

  it('delivers a submitted dossier as a card in the channel and tells the verwijzer', async () => {
    const dossier = sampleDossier({ intakeTeam: 'intake', statusHistory: [{ status: 'concept', op: '2026-03-02T09:00:00.000Z' }] });
    const verwijzerActivity = messageActivity(VERWIJZER_CONV, {
      serviceUrl: SERVICE_URL,
      channelId: 'msteams',
      conversation: { id: VERWIJZER_CONV, conversationType: 'personal' } as never,
      from: { id: dossier.verwijzer.teamsId, name: dossier.verwijzer.naam },
    });
    await app.intake.submit(dossier, verwijzerActivity as Partial<Activity>);
    await expect.poll(() => sent.filter((s) => s.conversation === CHANNEL_ID).length, { timeout: 5_000 }).toBe(1);
    const card = sent.find((s) => s.conversation === CHANNEL_ID)!.activity;
    const text = visibleText(card);
    expect(text).toContain(dossier.id);
    expect(text).toContain(dossier.kandidaat.naam);
    expect(text).toContain('In behandeling nemen');
    expect(text).toContain('Aanvullende informatie nodig');
    expect(text).toContain('Adviesgesprek gepland');
    expect(text).toContain('Aangekomen bij het intaketeam'); // it arrives delivered, not "verzonden"
    expect(text).toContain('Kansrijk:'); // labels, not codes
    expect(text).toContain('17 mei 1990');
    expect(text).toContain('Assistent bouwen, wonen en onderhoud (crebo 25250)'); // names from the knowledge base
    expect(text).toContain('B1-K1-W2, crebo 25250'); // an unknown code stays a code, never an invented name
    await expect.poll(() => sent.some((s) => s.conversation === VERWIJZER_CONV && s.activity.text?.includes('aangekomen')), { timeout: 5_000 }).toBe(true);
    expect((await app.intake.store.get(dossier.id))!.statusHistory.at(-1)!.status).toBe('afgeleverd');

    // The team takes it in behandeling: the card is updated in place, the verwijzer hears it.
    const res = await channelTurn({ value: { intakeActie: 'in-behandeling', dossierId: dossier.id }, replyToId: cardActivityId });
    expect(allVisibleText((res.json as { activities: [] }).activities)).toContain('Ilse Intake heeft de status gewijzigd: In behandeling');
    const update = sent.find((s) => s.method === 'PUT')!;
    expect(update.activityId).toBe(cardActivityId);
    expect(visibleText(update.activity)).toContain('In behandeling');
    await expect.poll(() => sent.some((s) => s.conversation === VERWIJZER_CONV && s.activity.text?.includes('in behandeling genomen'))).toBe(true);

    // More information needed, with the question; then an adviesgesprek with a date.
    await channelTurn({ value: { intakeActie: 'info-nodig', dossierId: dossier.id, vraag: 'Graag het rooster', datum: '' }, replyToId: cardActivityId });
    await expect.poll(() => sent.some((s) => s.conversation === VERWIJZER_CONV && s.activity.text?.includes('"Graag het rooster"'))).toBe(true);
    await channelTurn({ value: { intakeActie: 'adviesgesprek-gepland', dossierId: dossier.id, datum: '2026-12-10', vraag: '' }, replyToId: cardActivityId });
    await expect.poll(() => sent.some((s) => s.conversation === VERWIJZER_CONV && s.activity.text?.includes('2026-12-10'))).toBe(true);
    const statuses = (await app.intake.store.get(dossier.id))!.statusHistory.map((s) => s.status);
    expect(statuses.slice(-3)).toEqual(['in-behandeling', 'info-nodig', 'adviesgesprek-gepland']);
  });

  it.each([
    [{ intakeActie: 'info-nodig', dossierId: 'PI-2026-ABCDEFGH', vraag: '' }, intakeTeamMessages.teamAction.missingQuestion],
    [{ intakeActie: 'adviesgesprek-gepland', dossierId: 'PI-2026-ABCDEFGH', datum: 'morgen' }, intakeTeamMessages.teamAction.missingDate],
    [{ intakeActie: 'wissen', dossierId: 'PI-2026-ABCDEFGH' }, intakeTeamMessages.teamAction.invalid],
    [{ intakeActie: 'in-behandeling', dossierId: 'PI-2026-ABCDEFGH' }, intakeTeamMessages.teamAction.unknownDossier],
  ])('answers a tampered or stale team action clearly: %o', async (value, expected) => {
    const res = await channelTurn({ value });
    expect(allVisibleText((res.json as { activities: [] }).activities)).toBe(expected);
  });
});

describe('welcome when members are added', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.stop());

  const added = (conversationType: string, ids: string[]) =>
    app.post(messageActivity(`w-${conversationType}-${ids.join()}`, { type: 'conversationUpdate', membersAdded: ids.map((id) => ({ id })), conversation: { id: `w-${conversationType}`, conversationType } } as never));
  const texts = async (res: Promise<{ json: unknown }>) => allVisibleText(((await res).json as { activities: { type: string }[] }).activities.filter((a) => a.type === 'message'));

  it('gives the intake instructions when the bot is added to a team channel, and stays quiet when colleagues join', async () => {
    expect(await texts(added('channel', ['bot-1']))).toBe(intakeTeamMessages.registration.channelWelcome);
    expect(await texts(added('channel', ['29:new-colleague']))).toBe('');
  });

  it('welcomes the verwijzer in a personal chat', async () => {
    expect(await texts(added('personal', ['bot-1']))).toContain('Welkom');
  });
});
