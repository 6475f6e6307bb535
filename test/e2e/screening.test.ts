import { describe, expect } from 'vitest';
import { rootMessages } from '../../dialogs/root/messages.nl';
import { fieldMessages, screeningMessages as msg } from '../../dialogs/screening/messages.nl';
import { test } from './support/fixtures';
import { answerOnCard, answerQuestions, expectResultForCandidate, TYPED } from './support/screening';
import { visible } from './support/text';
import { menuTextMessages } from '../../dialogs/menuText/messages.nl';
import { werkprocessenMessages } from '../../dialogs/werkprocessen/messages.nl';

describe('personal chat: Cliënt screenen', () => {
  test('a complete screening by clicking the cards: summary, then advice with reasons and disclaimer', async ({
    chat,
  }) => {
    await chat.clickButton(rootMessages.flowLabels.screening);
    const asked = await answerQuestions(chat, (field) => answerOnCard(chat, field));
    expect(asked).not.toContain('startkwalificatieBruikbaar'); // vmbo is no startkwalificatie
    const summary = await chat.waitForBotMessage(msg.summary.title);
    expect(summary.text).toContain('35 jaar');
    expect(summary.text).toContain(fieldMessages.motivatie.choices!.twijfel!);
    expect(summary.buttons).toEqual([msg.summary.confirmButton, msg.summary.changeButton]);
    await chat.clickButton(msg.summary.confirmButton);
    expectResultForCandidate(await chat.waitForBotMessage(msg.result.advies.bespreken));
  });

  test('the same screening by typing only', async ({ chat }) => {
    await chat.send('screenen');
    await answerQuestions(chat, async (field) => {
      const typed = TYPED[field];
      if (typed === undefined) throw new Error(`No typed answer for ${field}`);
      await chat.send(typed);
    });
    await chat.send('klopt');
    expectResultForCandidate(await chat.waitForBotMessage(msg.result.advies.bespreken));
  });

  test('an answer that fits no choice is explained and the question asked again', async ({ chat }) => {
    await chat.send('screenen');
    await chat.waitForBotMessage(fieldMessages.leeftijd.question);
    await chat.send('35');
    await chat.waitForBotMessage(fieldMessages.situatie.question);
    await chat.send('paars');
    const reply = await chat.waitForBotMessage('Dat antwoord herken ik niet');
    for (const label of Object.values(fieldMessages.situatie.choices!)) expect(reply.text).toContain(label);
    await chat.waitForBotMessage(fieldMessages.situatie.question);
  });

  test('"Bekijk dit beroep" under an answer mid-screening shows the beroep and keeps the place', async ({ chat }) => {
    await chat.send('screenen');
    await chat.waitForBotMessage(fieldMessages.leeftijd.question);
    await chat.send('35');
    await chat.waitForBotMessage(fieldMessages.situatie.question);
    await chat.send('wat doet een assistent logistiek?');
    await chat.waitForBotMessage(werkprocessenMessages.kwalificatie.openen);
    await chat.clickButton(werkprocessenMessages.kwalificatie.openen);
    const shown = await chat.waitForBotMessage('orderpicken');
    expect(shown.buttons).toEqual([menuTextMessages.verderMet.screening]);
    await chat.waitForBotMessage(fieldMessages.situatie.question);
    await chat.send('werkzoekend');
    await chat.waitForBotMessage(fieldMessages.ingeschrevenMbo.question);
  });

  test('"help" during a question explains how to go on; "stop" returns to the menu', async ({ chat }) => {
    await chat.clickButton(rootMessages.flowLabels.screening);
    await chat.waitForBotMessage(fieldMessages.leeftijd.question);
    await chat.send('help');
    await chat.waitForBotMessage(visible(rootMessages.helpInFlow(rootMessages.flowLabels.screening)));
    await chat.send('stop');
    await chat.waitForBotMessage(rootMessages.stopped);
    await chat.waitForBotMessage(rootMessages.menuTitle);
  });
});
