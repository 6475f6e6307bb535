import { describe, expect } from 'vitest';
import { FLOW } from '../../dialogs/flows';
import { rootMessages as msg } from '../../dialogs/root/messages.nl';
import { test } from './support/fixtures';
import { visible } from './support/text';

/** The three jobs on the menu card, in order, plus Help. */
const MENU_BUTTONS = [msg.flowLabels.screening, msg.flowLabels.werkprocessen, msg.flowLabels.aanmelding, msg.helpLabel];

describe('personal chat: welcome, menu and the commands that work everywhere', () => {
  test('opening the chat shows the welcome card with the privacy rule and the three jobs', async ({ chat }) => {
    const [welcome] = await chat.allBotMessages(); // sent when the Playground adds the user
    expect(welcome?.text).toContain(msg.welcomeTitle);
    expect(welcome?.text).toContain(msg.welcomePrivacy);
    for (const flow of [FLOW.screening, FLOW.werkprocessen, FLOW.aanmelding] as const) {
      expect(welcome?.text).toContain(`${msg.flowLabels[flow]}: ${msg.flowDescriptions[flow]}`);
    }
    expect(welcome?.buttons).toEqual(MENU_BUTTONS);
  });

  test('clicking "Help" shows how the bot works, then the menu', async ({ chat }) => {
    await chat.clickButton(msg.helpLabel);
    const help = await chat.waitForBotMessage('Zo werk ik:');
    for (const paragraph of msg.helpMenu.split('\n\n')) expect(help.text).toContain(visible(paragraph));
    const menu = await chat.waitForBotMessage(msg.menuTitle);
    expect(menu.buttons).toEqual(MENU_BUTTONS);
  });

  test('typing "help" shows the same help', async ({ chat }) => {
    await chat.send('help');
    const help = await chat.waitForBotMessage('Zo werk ik:');
    expect(help.text).toContain(visible(msg.helpMenu.split('\n\n').at(-1)!));
    await chat.waitForBotMessage(msg.menuTitle);
  });

  test('"opnieuw" says everything is wiped and shows the welcome again', async ({ chat }) => {
    await chat.send('help');
    await chat.waitForBotMessage('Zo werk ik:');
    await chat.send('opnieuw');
    await chat.waitForBotMessage(msg.restarted);
    const welcome = await chat.waitForBotMessage(msg.welcomeTitle);
    expect(welcome.buttons).toEqual(MENU_BUTTONS);
  });

  test('"opnieuw" in the middle of a screening asks first; "Nee, ga verder" keeps the answers', async ({ chat }) => {
    await chat.send('screenen');
    await chat.waitForBotMessage('Vraag 1 van');
    await chat.send('34');
    await chat.waitForBotMessage('Vraag 2 van');
    await chat.send('opnieuw');
    const asked = await chat.waitForBotMessage(msg.restartQuestion);
    expect(asked.buttons).toEqual([msg.restartYes, msg.restartNo]);
    await chat.clickButton(msg.restartNo);
    await chat.waitForBotMessage(msg.restartCancelled);
    await chat.waitForBotMessage('Vraag 2 van');
  });

  test('an unknown input at the menu gets "Dat begrijp ik niet helemaal" and the menu', async ({ chat }) => {
    await chat.send('qwerty zxcv');
    const reply = await chat.waitForBotMessage('Dat begrijp ik niet helemaal');
    expect(reply.text).toBe(visible(msg.unknownAtMenu));
    const menu = await chat.waitForBotMessage(msg.menuTitle);
    expect(menu.buttons).toEqual(MENU_BUTTONS);
  });
});
