import { describe, expect } from 'vitest';
import { rootMessages as msg } from '../../dialogs/root/messages.nl';
import { CONVERSATION } from './playground';
import { test } from './support/fixtures';
import { visible } from './support/text';

describe('group chat', () => {
  test('"@Test Bot help" in the group chat gets the help text and the menu', async ({ chat }) => {
    await chat.openConversation(CONVERSATION.group);
    await chat.send('help'); // send() @mentions the bot first, as Teams requires in a group chat
    const help = await chat.waitForBotMessage('Zo werk ik:');
    for (const paragraph of msg.helpMenu.split('\n\n')) expect(help.text).toContain(visible(paragraph));
    await chat.waitForBotMessage(msg.menuTitle);
  });
});
