import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';
import { mijnAanmeldingenMessages as listMessages } from '../../dialogs/mijnAanmeldingen/messages.nl';
import { loopMessages as loop } from '../../dialogs/verwijzerLoop/messages.nl';
import { allVisibleText, cardsOf, visibleText } from '../support/activities';
import { sendAanmelding, startBlackboxBot, VERWIJZER, verwijzerOf, type BlackboxBot } from '../support/blackboxBot';
import { executeFrom, VERWIJZER_CONV, WEST_CHANNEL, type Place } from '../support/intakeChannelFixture';

/**
 * Issue 16's "Done when", black-box: the real bot as a child process (production build, local
 * mode) with the bound channel of issue 13's check. The team asks for more information on the
 * card, the verwijzer answers from the notification, the answer reaches the channel, the team
 * decides and closes the dossier on the card, and Mijn aanmeldingen shows the outcome.
 */
describe('issue 16 "Done when", black-box through a bound channel', () => {
  let bot: BlackboxBot;
  let dossierId: string;
  let cardId: string;

  beforeAll(async () => {
    bot = await startBlackboxBot();
  }, 70_000);
  afterAll(() => bot?.stop());

  /** An Action.Execute from `place` (as Teams sends it): the card that replaces the clicked one. */
  async function execute(place: Place, data: Record<string, unknown>, fields: Partial<Activity> = {}) {
    const verb = String(data.intakeActie ?? data.verwijzerActie);
    const res = await bot.post(executeFrom(place, verb, data, { serviceUrl: bot.serviceUrl, ...fields }));
    expect(res.status).toBe(200);
    const body = res.json as { statusCode: number; value: unknown };
    expect(body.statusCode).toBe(200);
    return body.value;
  }
  const team = (verb: string, data: Record<string, unknown> = {}) =>
    execute('west', { intakeActie: verb, dossierId, ...data }, { replyToId: cardId });
  const cardText = (card: unknown) =>
    visibleText({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] });

  /** Waits until the bot posted to `conversation` (after `from`) something that shows `contains`. */
  async function postedWith(conversation: string, from: number, contains: string): Promise<Partial<Activity>> {
    let found: Partial<Activity> | undefined;
    await expect
      .poll(
        () =>
          (found = bot.posted
            .slice(from)
            .find((p) => p.conversation === conversation && visibleText(p.activity).includes(contains))?.activity),
        { timeout: 10_000 },
      )
      .toBeDefined();
    return found!;
  }

  it('the bound channel links and receives the dossier card', async () => {
    expect(allVisibleText(await bot.say('west', { text: '<at>Bot</at> koppel intake west' }))).toBe(
      msg.registration.done('Intaketeam ROC West'),
    );
    dossierId = await sendAanmelding(bot, 'west');
    await postedWith(WEST_CHANNEL, 0, dossierId);
    // the fake connector answers the n-th post with id msg-n
    cardId = `msg-${bot.posted.findIndex((p) => p.conversation === WEST_CHANNEL && visibleText(p.activity).includes(dossierId)) + 1}`;
  });

  it('the team asks on the card; the verwijzer answers from the notification; the answer reaches the channel', async () => {
    const before = bot.posted.length;
    const question = 'Kan de cliënt ook op vrijdag?';
    expect(cardText(await team('info-nodig', { vraag: question }))).toContain(question);

    const notification = await postedWith(VERWIJZER_CONV, before, loop.toVerwijzer.question.title);
    expect(visibleText(notification)).toContain(question);
    const answerField = `antwoord-${dossierId}`;
    expect(JSON.stringify(cardsOf([notification])[0])).toContain(`"id":"${answerField}"`);

    const answer = 'Ja, vrijdag kan ook.';
    const answered = await execute(
      'personal',
      { verwijzerActie: 'antwoord', dossierId, [answerField]: answer },
      { from: VERWIJZER },
    );
    expect(cardText(answered)).toContain(answer);
    await postedWith(WEST_CHANNEL, before, answer);
    const list = allVisibleText(await verwijzerOf(bot).say('mijn aanmeldingen'));
    expect(list).toContain(`${listMessages.statusLabel}: ${listMessages.status.aangevuld()}`);
  });

  it('the team decides and closes on the card; Mijn aanmeldingen shows the outcome', async () => {
    await team('in-behandeling');
    const started = await team('besluit', { besluit: 'gestart' });
    expect(cardText(started)).toContain(msg.actions.afronden);
    // the werkprocessen to tick are the dossier's own, offered on the card (this aanmelding chose none)
    const werkprocessen = [...JSON.stringify(started).matchAll(/"value":"(\d{5}:[A-Z0-9-]+)"/g)].map((m) => m[1]);
    const before = bot.posted.length;
    const closed = await team('afgerond', { werkprocessen: werkprocessen.join(','), praktijkverklaring: 'ja' });
    expect(cardText(closed)).toContain('Traject afgerond');
    await postedWith(VERWIJZER_CONV, before, 'heeft de praktijkverklaring behaald');

    const list = allVisibleText(await verwijzerOf(bot).say('mijn aanmeldingen'));
    const mine = list.slice(list.indexOf(dossierId));
    expect(mine).toContain(`${listMessages.statusLabel}: ${listMessages.status.afgerond()}`);
    expect(mine).toContain(listMessages.praktijkverklaring(true));
  });
});
