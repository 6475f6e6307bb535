import { describe, expect } from 'vitest';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';
import { PLAYGROUND_TEAM } from '../../bot/intake/intakeTeamsConfig';
import { CONVERSATION } from './playground';
import { test } from './support/fixtures';
import { visible } from './support/text';

/** The embedded default has one intake team, bound to the Playground's test team ("My Team"). */
const TEAM = { id: 'intake', naam: 'Intaketeam mbo' };

describe('intake team channel', () => {
  test(
    'in the General channel "koppel intake" shows this team\'s ids and the command, then links the channel',
    { timeout: 120_000 },
    async ({ chat }) => {
      await chat.openConversation(CONVERSATION.general);
      await chat.post('Intakekanaal instellen', { mentionBot: false }); // see post(): replies go in the thread
      await chat.send('koppel intake onbekend-team');
      const unknown = await chat.waitForBotMessage(visible(msg.registration.notThisTeam).slice(0, 40));
      expect(unknown.text).toBe(visible(msg.registration.notThisTeam));
      await chat.send('koppel intake');
      const info = await chat.waitForBotMessage(msg.registration.channelInfo.title);
      expect(info.text).toContain(msg.registration.channelInfo.command(TEAM.id));
      expect(info.text).toContain(`teamId: "${PLAYGROUND_TEAM.teamId}"`);
      await chat.send(`koppel intake ${TEAM.id}`);
      await chat.waitForBotMessage(msg.registration.done(TEAM.naam));
    },
  );

  // Regression: "<team-id>" in a text message was read as an HTML tag by the client and disappeared.
  test('in the personal chat "koppel intake" explains that it works in a team channel only', async ({ chat }) => {
    await chat.send(`koppel intake ${TEAM.id}`);
    const reply = await chat.waitForBotMessage(visible(msg.registration.notInChannel).slice(0, 40));
    expect(reply.text).toBe(visible(msg.registration.notInChannel));
  });
});
