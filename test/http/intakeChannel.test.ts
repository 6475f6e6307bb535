import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allVisibleText, cardsOf, messageActivity, visibleText } from '../support/activities';
import { startTestApp, type TestApp } from '../support/testApp';
import { sampleDossier } from '../intake-delivery/helpers';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';
import type { PreIntakeDossier } from '../../intake/dossier/dossier';
import {
  activityFrom,
  executeOn,
  ELSEWHERE,
  VERWIJZER_CONV,
  WEST_CHANNEL,
  WEST_TEAM,
  type Place,
  withChannelApp,
} from '../support/intakeChannelFixture';

describe('intake channel bound to its Teams team', () => {
  let app: TestApp;
  const { sent, say } = withChannelApp((started) => (app = started));
  /** A Universal Action (Action.Execute) as Teams sends it: an invoke answered in the HTTP body. */
  const execute = (place: Place, verb: string, data: Record<string, unknown>) =>
    executeOn(app, place, verb, data, { replyToId: 'card-1' });

  async function delivered(): Promise<PreIntakeDossier> {
    const dossier = sampleDossier({
      intakeTeam: 'west',
      statusHistory: [{ status: 'concept', op: '2026-03-02T09:00:00.000Z' }],
    });
    const from = activityFrom('personal', { from: { id: dossier.verwijzer.teamsId, name: dossier.verwijzer.naam } });
    await app.intake.submit(dossier, from);
    await expect
      .poll(async () => (await app.intake.store.get(dossier.id))?.statusHistory.at(-1)?.status, { timeout: 5_000 })
      .toBe('afgeleverd');
    const notice = msg.notify.afgeleverd(dossier.id);
    await expect
      .poll(() => sent.some((s) => s.conversation === VERWIJZER_CONV && s.activity.text?.startsWith(notice)), {
        timeout: 5_000,
      })
      .toBe(true);
    return dossier;
  }

  const statusOf = async (id: string) => (await app.intake.store.get(id))?.statusHistory.at(-1)?.status;

  it.each<[Place, string]>([
    ['personal', msg.registration.notInChannel],
    ['groupChat', msg.registration.notInChannel],
    ['noType', msg.registration.notInChannel],
    ['foreignTeam', msg.registration.notThisTeam],
    ['foreignTenant', msg.registration.notThisTeam],
  ])('refuses "koppel intake west" from %s, links nothing and names no team', async (place, expected) => {
    const text = allVisibleText(await say(place, { text: '<at>Bot</at> koppel intake west' }));
    expect(text).toBe(expected);
    for (const secret of [WEST_TEAM, 'Intaketeam ROC West', 'oost']) expect(text).not.toContain(secret);
    expect(await app.intake.registrations.get('west')).toBeUndefined();
  });

  it('answers an unknown team exactly like a team bound elsewhere (no way to probe team ids)', async () => {
    expect(allVisibleText(await say('foreignTeam', { text: 'koppel intake bestaat-niet' }))).toBe(
      msg.registration.notThisTeam,
    );
  });

  it('"koppel intake" in a channel shows that channel\'s own tenant and team id, ready to copy', async () => {
    const foreign = allVisibleText(await say('foreignTeam', { text: 'koppel intake' }));
    expect(foreign).toContain(msg.registration.channelInfo.notBound);
    expect(foreign).toContain('tenantId: "72f988bf-0000-0000-0000-000000000000"');
    expect(foreign).toContain('teamId: "19:foreign-team@thread.tacv2"');
    expect(foreign).not.toContain(WEST_TEAM);
    const west = allVisibleText(await say('west', { text: 'koppel intake' }));
    expect(west).toContain(msg.registration.channelInfo.command('west'));
  });

  it("links the bound team's channel; forged actions from anywhere else change nothing and show nothing", async () => {
    expect(allVisibleText(await say('west', { text: '<at>Bot</at> koppel intake west' }))).toBe(
      msg.registration.done('Intaketeam ROC West'),
    );
    const dossier = await delivered();
    const card = sent.find(
      (s) => s.conversation === WEST_CHANNEL && visibleText(s.activity).includes(dossier.id),
    )!.activity;
    const cardJson = cardsOf([card])[0]!;
    expect(JSON.stringify(cardJson)).toContain('"type":"Action.Execute"');
    expect(cardJson.refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'verversen', data: { intakeActie: 'verversen', dossierId: dossier.id } },
    });

    const before = sent.length;
    for (const place of ELSEWHERE) {
      const submit = await say(place, { value: { intakeActie: 'in-behandeling', dossierId: dossier.id } });
      expect(allVisibleText(submit)).toBe(msg.teamAction.notHere);
      expect(cardsOf(submit)).toEqual([]);
      const invoke = await execute(place, 'in-behandeling', { intakeActie: 'in-behandeling', dossierId: dossier.id });
      expect(invoke).toEqual({
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: msg.teamAction.notHere,
      });
      const refresh = await execute(place, 'verversen', { intakeActie: 'verversen', dossierId: dossier.id });
      expect(JSON.stringify(refresh)).not.toContain(dossier.kandidaat.naam);
      expect(JSON.stringify(refresh)).toContain(msg.teamAction.elsewhere);
    }
    expect(sent.slice(before)).toEqual([]); // no card posted back, no update, nothing to the verwijzer
    expect(await statusOf(dossier.id)).toBe('afgeleverd');
  });

  it('the linked channel acts with Universal Actions: the answer is the updated card, the verwijzer hears it', async () => {
    const dossier = await delivered();
    const res = await execute('west', 'in-behandeling', { intakeActie: 'in-behandeling', dossierId: dossier.id });
    expect(res.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(
      visibleText({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: res.value }] }),
    ).toContain('In behandeling');
    expect(await statusOf(dossier.id)).toBe('in-behandeling');
    const stored = await app.intake.store.get(dossier.id);
    expect(stored!.statusHistory.at(-1)!.door).toBe('intaketeam'); // a role, not Ilse's name
    expect(JSON.stringify(stored)).not.toContain('Ilse');
    await expect
      .poll(() =>
        sent.some(
          (s) =>
            s.conversation.startsWith(WEST_CHANNEL) &&
            s.activity.text === msg.teamAction.done('In behandeling', 'Ilse Intake'),
        ),
      )
      .toBe(true);
    await expect
      .poll(() =>
        sent.some((s) => s.conversation === VERWIJZER_CONV && s.activity.text?.includes('in behandeling genomen')),
      )
      .toBe(true);

    // Again: the lifecycle refuses, nothing is written.
    expect(
      (await execute('west', 'in-behandeling', { intakeActie: 'in-behandeling', dossierId: dossier.id })).value,
    ).toBe(msg.teamAction.notNow('In behandeling'));
    // Refresh: every member's client gets the current card.
    expect(
      JSON.stringify((await execute('west', 'verversen', { intakeActie: 'verversen', dossierId: dossier.id })).value),
    ).toContain(dossier.kandidaat.naam);
  });

  it("refuses a BSN in the team's question; the dossier stays readable and delivery goes on", async () => {
    const dossier = await delivered();
    const withBsn = await execute('west', 'info-nodig', {
      intakeActie: 'info-nodig',
      dossierId: dossier.id,
      vraag: 'Klopt BSN 111222333?',
    });
    expect(withBsn.value).toBe(msg.teamAction.questionHasBsn);
    const submitted = await say('west', {
      value: { intakeActie: 'info-nodig', dossierId: dossier.id, vraag: 'BSN 111 222 333' },
    });
    // A message submit is stopped by the bot-wide BSN guard before the dialogs: its general refusal.
    expect(allVisibleText(submitted)).toMatch(/burgerservicenummer \(BSN\)/);
    expect(allVisibleText(submitted)).not.toMatch(/111\D?222\D?333/);
    expect(await statusOf(dossier.id)).toBe('afgeleverd');
    const longName = await say('west', {
      from: { id: '29:x', name: 'N'.repeat(1_000) },
      value: { intakeActie: 'info-nodig', dossierId: dossier.id, vraag: 'Graag het rooster' },
    });
    expect(allVisibleText(longName)).toContain(`${'N'.repeat(100)} heeft de status gewijzigd`);
    expect(await statusOf(dossier.id)).toBe('info-nodig');
    expect(await delivered()).toBeDefined(); // the next dossier still arrives
  });

  it("refuses a health detail in the team's question, as button or older submit; nothing is stored or sent", async () => {
    const dossier = await delivered();
    const before = sent.length;
    const vraag = 'Welke medicatie gebruikt hij voor zijn depressie?';
    const refused = await execute('west', 'info-nodig', { intakeActie: 'info-nodig', dossierId: dossier.id, vraag });
    expect(refused.value).toBe(msg.teamAction.questionHasHealthDetail);
    expect(refused.value).toContain('medisch gegeven');
    expect(refused.value).toContain('Vraag liever wat de cliënt op de werkplek nodig heeft');
    const submitted = await say('west', { value: { intakeActie: 'info-nodig', dossierId: dossier.id, vraag } });
    expect(allVisibleText(submitted)).toBe(msg.teamAction.questionHasHealthDetail);
    expect(await statusOf(dossier.id)).toBe('afgeleverd');
    expect(JSON.stringify(await app.intake.store.get(dossier.id))).not.toContain('depressie');
    expect(sent.slice(before)).toEqual([]);
    // A BSN is named first.
    const both = await execute('west', 'info-nodig', {
      intakeActie: 'info-nodig',
      dossierId: dossier.id,
      vraag: 'Diagnose en BSN 111222333?',
    });
    expect(both.value).toBe(msg.teamAction.questionHasBsn);
  });

  it('refuses a health detail in the besluit toelichting, which the verwijzer reads; nothing is stored or sent', async () => {
    const dossier = await delivered();
    const before = sent.length;
    const besluit = { intakeActie: 'besluit', dossierId: dossier.id, besluit: 'niet-gestart', reden: 'diploma-route' };
    const toelichting = 'Door zijn epilepsie kan hij niet in de keuken werken.';
    const refused = await execute('west', 'besluit', { ...besluit, toelichting });
    expect(refused.value).toBe(msg.teamAction.reasonHasHealthDetail);
    expect(refused.value).toContain('medisch gegeven');
    const submitted = await say('west', { value: { ...besluit, toelichting } });
    expect(allVisibleText(submitted)).toBe(msg.teamAction.reasonHasHealthDetail);
    expect(await statusOf(dossier.id)).toBe('afgeleverd');
    expect(JSON.stringify(await app.intake.store.get(dossier.id))).not.toContain('epilepsie');
    expect(sent.slice(before)).toEqual([]);
    // Without the health detail the same besluit goes through, toelichting and all.
    await execute('west', 'besluit', { ...besluit, toelichting: 'Een BBL-opleiding past beter.' });
    expect(await statusOf(dossier.id)).toBe('niet-gestart');
  });

  it.each([
    [{ intakeActie: 'info-nodig', vraag: '' }, msg.teamAction.missingQuestion],
    [{ intakeActie: 'adviesgesprek-gepland', datum: 'morgen' }, msg.teamAction.missingDate],
    [{ intakeActie: 'wissen' }, msg.teamAction.invalid],
  ])('answers a tampered action in the linked channel clearly: %o', async (value, expected) => {
    const dossier = await delivered();
    expect(allVisibleText(await say('west', { value: { ...value, dossierId: dossier.id } }))).toBe(expected);
  });

  it('an unknown dossier reads as unknown in the linked channel', async () => {
    expect(
      allVisibleText(await say('west', { value: { intakeActie: 'in-behandeling', dossierId: 'PI-2026-ABCDEFGH' } })),
    ).toBe(msg.teamAction.unknownDossier);
  });
});

describe('welcome when members are added', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.stop());

  const added = (conversationType: string, ids: string[]) =>
    app.post(
      messageActivity(`w-${conversationType}-${ids.join()}`, {
        type: 'conversationUpdate',
        membersAdded: ids.map((id) => ({ id })),
        conversation: { id: `w-${conversationType}`, conversationType },
      } as never),
    );
  const texts = async (res: Promise<{ json: unknown }>) =>
    allVisibleText(
      ((await res).json as { activities: { type: string }[] }).activities.filter((a) => a.type === 'message'),
    );

  it('gives the intake instructions when the bot is added to a team channel, and stays quiet when colleagues join', async () => {
    expect(await texts(added('channel', ['bot-1']))).toBe(msg.registration.channelWelcome);
    expect(await texts(added('channel', ['29:new-colleague']))).toBe('');
  });

  it('welcomes the verwijzer in a personal chat', async () => {
    expect(await texts(added('personal', ['bot-1']))).toContain('Welkom');
  });
});
