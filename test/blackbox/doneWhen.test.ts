import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';
import { mijnAanmeldingenMessages as listMessages } from '../../dialogs/mijnAanmeldingen/messages.nl';
import { allVisibleText, cardsOf, visibleText } from '../support/activities';
import { AANMELDING_ANSWERS } from '../support/aanmeldingOverHttp';
import { sendAanmelding, startBlackboxBot, verwijzerOf, type BlackboxBot } from '../support/blackboxBot';
import { PLACES, VERWIJZER_CONV, WEST_CHANNEL, WEST_TEAM, type Place } from '../support/intakeChannelFixture';

/**
 * Issue 13's "Done when", black-box and in one pass: the real bot as a child process (the
 * production build, local mode), an intake-teams file with team `west` bound to its Teams team
 * and tenant plus a webhook team `oost`, a fake Bot Connector and a webhook receiver as real
 * HTTP servers (test/support/blackboxBot.ts). Every step is an HTTP request, as Teams or an
 * attacker would send it. The webhook team and the guards against hostile requests are in
 * doneWhenGuards.test.ts (a bot of its own, so two workers share the work).
 */

describe('issue 13 "Done when", black-box against the real bot (child process, local mode)', () => {
  let bot: BlackboxBot;
  let westDossier: string;

  beforeAll(async () => {
    bot = await startBlackboxBot();
  }, 70_000);
  afterAll(() => bot?.stop());

  const say = (place: Place, fields: Partial<Activity>) => bot.say(place, fields);
  const execute = (place: Place, verb: string, dossierId: string) => bot.execute(place, verb, dossierId);

  const verwijzer = {
    say: (text: string) => verwijzerOf(bot).say(text),
  };

  const postedTo = (conversation: string) => bot.posted.filter((p) => p.conversation.startsWith(conversation));
  /** The dossier's "Status: …" line in Mijn aanmeldingen (the first one after its number). */
  const statusLine = async (id: string) => {
    const list = allVisibleText(await verwijzer.say('mijn aanmeldingen'));
    const lines = list.slice(list.indexOf(id)).split('\n');
    return lines.find((line) => line.startsWith(`${listMessages.statusLabel}:`)) ?? '';
  };

  it("a group chat and a foreign team's channel cannot link west; the bound channel can", async () => {
    for (const place of ['groupChat', 'foreignTeam'] as const) {
      const text = allVisibleText(await say(place, { text: '<at>Bot</at> koppel intake west' }));
      expect(text).toBe(place === 'groupChat' ? msg.registration.notInChannel : msg.registration.notThisTeam);
      expect(text).not.toContain(WEST_TEAM);
    }
    expect(allVisibleText(await say('west', { text: '<at>Bot</at> koppel intake west' }))).toBe(
      msg.registration.done('Intaketeam ROC West'),
    );
  });

  it('the bound channel receives the dossier card; the group chat and the foreign channel receive nothing', async () => {
    const started = Date.now();
    westDossier = await sendAanmelding(bot, 'west');
    await expect
      .poll(() => postedTo(WEST_CHANNEL).some((p) => visibleText(p.activity).includes(westDossier)), {
        timeout: 10_000,
      })
      .toBe(true);
    console.info(`dossier ${westDossier}: card in the bound channel ${Date.now() - started} ms after the first turn`);
    await expect.poll(() => statusLine(westDossier), { timeout: 5_000 }).toContain('Aangekomen bij het intaketeam');
    // The verwijzer's message comes after the status write: wait for it, so it is not taken for a later post.
    await expect
      .poll(() => postedTo(VERWIJZER_CONV).some((p) => String(p.activity.text).includes('is aangekomen')), {
        timeout: 5_000,
      })
      .toBe(true);
    for (const place of ['groupChat', 'foreignTeam'] as const)
      expect(postedTo(PLACES[place].conversation.id)).toEqual([]);
  });

  it("forged actions from the verwijzer's chat, a group chat and a foreign channel change nothing (submit and invoke)", async () => {
    const before = bot.posted.length;
    for (const place of ['personal', 'groupChat', 'foreignTeam'] as const) {
      const submit = await say(place, { value: { intakeActie: 'in-behandeling', dossierId: westDossier } });
      expect(allVisibleText(submit)).toBe(msg.teamAction.notHere);
      expect(cardsOf(submit)).toEqual([]);
      const invoke = await execute(place, 'in-behandeling', westDossier);
      expect(invoke).toEqual({
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: msg.teamAction.notHere,
      });
      const refresh = JSON.stringify(await execute(place, 'verversen', westDossier));
      expect(refresh).not.toContain(AANMELDING_ANSWERS.kandidaatNaam);
    }
    expect(bot.posted.slice(before)).toEqual([]); // nothing posted anywhere, nothing to the verwijzer
    expect(await statusLine(westDossier)).toContain('Aangekomen bij het intaketeam');
  });

  it('the bound channel takes the dossier in behandeling; the verwijzer sees it', async () => {
    const res = await execute('west', 'in-behandeling', westDossier);
    expect(res.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(res.value)).toContain('In behandeling');
    expect(await statusLine(westDossier)).toContain('In behandeling bij het intaketeam');
    await expect
      .poll(() => postedTo(VERWIJZER_CONV).some((p) => String(p.activity.text).includes('in behandeling genomen')))
      .toBe(true);
  });
});
