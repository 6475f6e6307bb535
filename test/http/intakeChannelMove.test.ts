import { beforeEach, describe, expect, it } from 'vitest';
import nock from 'nock';
import { allVisibleText, cardsOf, visibleText } from '../support/activities';
import { type TestApp } from '../support/testApp';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';
import {
  CONNECTOR,
  recordConnector,
  WEST_CHANNEL,
  WEST_OTHER_CHANNEL,
  type Place,
  withChannelApp,
} from '../support/intakeChannelFixture';

const move = msg.registration.move;
const WEST = 'Intaketeam ROC West';
const CONFIRM = 'koppel intake west bevestig';
/** A dossier button from a channel: the linked channel hears "unknown", any other "not here". */
const BUTTON = { value: { intakeActie: 'in-behandeling', dossierId: 'PI-2026-ABCDEFGH' } };

/**
 * Security finding: any member typing "koppel intake west" in any channel of the intake team's
 * Teams team moved the intake channel at once, without a word to the old channel. Now a move
 * is asked, confirmed in the asking channel within ten minutes, and told to the old channel.
 */
describe('moving the intake channel to another channel of the team', () => {
  let app: TestApp;
  let now = new Date('2026-12-03T09:00:00.000Z');
  const { sent, say } = withChannelApp((started) => (app = started), { overrides: { channelClock: () => now } });
  const linkedId = async () =>
    ((await app.intake.registrations.get('west'))?.conversation as { id: string } | undefined)?.id;
  const toOldChannel = () => sent.filter((s) => s.conversation.startsWith(WEST_CHANNEL));

  beforeEach(async () => {
    // Start each test from west linked to its General channel, linked the first time, as before.
    await app.intake.registrations.delete('west');
    const pending = await app.intake.pendingMoves.get('west');
    if (pending) await app.intake.pendingMoves.claim('west', pending);
    expect(allVisibleText(await say('west', { text: '<at>Bot</at> koppel intake west' }))).toBe(
      msg.registration.done(WEST),
    );
    sent.length = 0;
    now = new Date('2026-12-03T09:00:00.000Z');
  });

  it('re-linking the linked channel (from a thread in it) works at once, as before', async () => {
    expect(allVisibleText(await say('west', { text: 'koppel intake west' }))).toBe(msg.registration.done(WEST));
    expect(await linkedId()).toBe(WEST_CHANNEL);
    expect(await app.intake.pendingMoves.get('west')).toBeUndefined();
  });

  it('asked from another channel of the team, moves nothing: it explains, asks to confirm, names no channel', async () => {
    const reply = await say('westOtherChannel', { text: '<at>Bot</at> koppel intake west' });
    const text = allVisibleText(reply);
    expect(text).toContain(move.ask(WEST, 10));
    expect(text).toContain('een ander kanaal van dit team');
    expect(text).toContain('werken de kaarten van de aanmeldingen en hun knoppen alleen nog in dit kanaal');
    for (const leak of [WEST_CHANNEL, 'west-general', 'General', 'Ilse']) expect(text).not.toContain(leak);
    expect(text).not.toContain(msg.registration.done(WEST));
    const actions = JSON.stringify(cardsOf(reply)[0]!.actions);
    expect(actions).toContain('"type":"Action.Submit"');
    expect(actions).toContain(`"typ":"${CONFIRM}"`);

    expect(await linkedId()).toBe(WEST_CHANNEL);
    expect(sent).toEqual([]); // nothing to the old channel yet
    // The linked channel's buttons still act; the asking channel's do not.
    expect(allVisibleText(await say('west', BUTTON))).toBe(msg.teamAction.unknownDossier);
    expect(allVisibleText(await say('westOtherChannel', BUTTON))).toBe(msg.teamAction.notHere);
  });

  it.each<[Place, string]>([
    ['westThirdChannel', move.nothingToConfirm('west')],
    ['westOtherChannelForeignTenant', msg.registration.notThisTeam],
    ['westOtherChannelForeignTeam', msg.registration.notThisTeam],
    ['foreignTeam', msg.registration.notThisTeam],
    ['personal', msg.registration.notInChannel],
    ['groupChat', msg.registration.notInChannel],
  ])('a confirmation forged from %s changes nothing, typed or as the button', async (place, expected) => {
    await say('westOtherChannel', { text: 'koppel intake west' });
    expect(allVisibleText(await say(place, { text: CONFIRM }))).toBe(expected);
    expect(allVisibleText(await say(place, { value: { typ: CONFIRM } }))).toBe(expected);
    expect(await linkedId()).toBe(WEST_CHANNEL);
    expect(sent).toEqual([]);
    // The request was not used up: the asking channel may still confirm it.
    expect(allVisibleText(await say('westOtherChannel', { text: CONFIRM }))).toContain(move.done(WEST));
  });

  it('a confirmation with nothing asked, even from the channel itself, moves nothing', async () => {
    expect(allVisibleText(await say('westOtherChannel', { text: CONFIRM }))).toBe(move.nothingToConfirm('west'));
    expect(await linkedId()).toBe(WEST_CHANNEL);
  });

  it('the button in the asking channel moves it: the old channel is told, only the new channel acts, the audit log names no one', async () => {
    await say('westOtherChannel', { text: 'koppel intake west' });
    now = new Date(now.getTime() + 9 * 60_000);
    const logsBefore = app.logs.lines.length;
    const reply = allVisibleText(
      await say('westOtherChannel', { from: { id: '29:bas', name: 'Bas Beheer' }, value: { typ: CONFIRM } }),
    );
    expect(reply).toBe(`${move.done(WEST)} ${move.oldTold}`);
    expect(await linkedId()).toBe(WEST_OTHER_CHANNEL);
    await expect.poll(() => toOldChannel().length).toBe(1);
    const notice = toOldChannel()[0]!;
    expect(notice.method).toBe('POST');
    expect(visibleText(notice.activity)).toBe(
      `Het intakekanaal van ${WEST} is verplaatst naar een ander kanaal door Bas Beheer. Nieuwe aanmeldingen ` +
        'komen daar binnen, en de knoppen op de kaarten werken vanaf nu alleen in dat kanaal.',
    );
    expect(notice.activity.textFormat).toBe('plain');

    expect(allVisibleText(await say('west', BUTTON))).toBe(msg.teamAction.notHere);
    expect(allVisibleText(await say('westOtherChannel', BUTTON))).toBe(msg.teamAction.unknownDossier);
    const audit = app.logs.lines.slice(logsBefore).filter((line) => line.includes('"intake.channel_moved"'));
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!)).toMatchObject({ teamId: 'west', oldChannelTold: true });
    for (const personal of ['Bas', '29:bas', WEST_OTHER_CHANNEL, WEST_CHANNEL])
      expect(audit[0]).not.toContain(personal);
    // Used up: pressing the button again links nothing again and tells no one.
    const relinks = () => app.logs.lines.filter((line) => line.includes('"intake.channel_registered"')).length;
    const relinksBefore = relinks();
    expect(allVisibleText(await say('westOtherChannel', { value: { typ: CONFIRM } }))).toBe(move.alreadyHere(WEST));
    expect(allVisibleText(await say('westOtherChannel', { text: CONFIRM }))).toBe(move.alreadyHere(WEST));
    expect(relinks()).toBe(relinksBefore);
    expect(await linkedId()).toBe(WEST_OTHER_CHANNEL);
    expect(toOldChannel()).toHaveLength(1);
    expect(app.logs.lines.slice(logsBefore).filter((line) => line.includes('"intake.channel_moved"'))).toHaveLength(1);
  });

  it('the confirm button pressed twice at once moves the channel once', async () => {
    await say('westOtherChannel', { text: 'koppel intake west' });
    const movedBefore = app.logs.lines.filter((line) => line.includes('"intake.channel_moved"')).length;
    const replies = await Promise.all([
      say('westOtherChannel', { value: { typ: CONFIRM } }),
      say('westOtherChannel', { value: { typ: CONFIRM } }),
    ]);
    expect(replies.map(allVisibleText).sort()).toEqual(
      [`${move.done(WEST)} ${move.oldTold}`, move.alreadyHere(WEST)].sort(),
    );
    await expect.poll(() => toOldChannel().length).toBe(1);
    expect(app.logs.lines.filter((line) => line.includes('"intake.channel_moved"'))).toHaveLength(movedBefore + 1);
  });

  it('an expired confirmation (after 10 minutes) is refused, moves nothing and is used up', async () => {
    await say('westOtherChannel', { text: 'koppel intake west' });
    now = new Date(now.getTime() + 10 * 60_000);
    expect(allVisibleText(await say('westOtherChannel', { text: `<at>Bot</at> ${CONFIRM}` }))).toBe(
      move.expired('west', 10),
    );
    expect(await linkedId()).toBe(WEST_CHANNEL);
    expect(allVisibleText(await say('westOtherChannel', { value: { typ: CONFIRM } }))).toBe(
      move.nothingToConfirm('west'),
    );
    expect(sent).toEqual([]);
  });

  it('a notice the old channel did not get is not reported as sent; the move stands', async () => {
    nock.cleanAll();
    nock(CONNECTOR)
      .post((uri) => decodeURIComponent(uri).includes(`/conversations/${WEST_CHANNEL}/activities`))
      .reply(502, { error: { code: 'ServiceError', message: 'down' } });
    recordConnector(sent);
    await say('westOtherChannel', { text: 'koppel intake west' });
    const reply = allVisibleText(await say('westOtherChannel', { text: CONFIRM }));
    expect(reply).toBe(`${move.done(WEST)} ${move.oldNotTold}`);
    expect(reply).not.toContain(move.oldTold);
    expect(await linkedId()).toBe(WEST_OTHER_CHANNEL);
    expect(app.logs.lines.some((line) => line.includes('"intake.move_notice_failed"'))).toBe(true);
    expect(app.logs.lines.filter((l) => l.includes('"intake.channel_moved"')).at(-1)).toContain(
      '"oldChannelTold":false',
    );
  });
});
