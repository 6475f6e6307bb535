import { describe, expect } from 'vitest';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';
import { CONVERSATION } from './playground';
import { test } from './support/fixtures';
import { visible } from './support/text';

/** The embedded default has one intake team, reached through a Teams channel. */
const TEAM = { id: 'intake', naam: 'Intaketeam mbo' };

describe('intake team channel', () => {
  test('in the General channel "koppel intake" names the known teams, then links the channel', async ({ chat }) => {
    await chat.openConversation(CONVERSATION.general);
    await chat.post('Intakekanaal instellen', { mentionBot: false }); // see post(): replies go in the thread
    await chat.send('koppel intake onbekend-team');
    const unknown = await chat.waitForBotMessage('Ik ken geen intaketeam');
    expect(unknown.text).toContain(visible(msg.registration.unknownTeam('onbekend-team', TEAM.id)));
    await chat.send(`koppel intake ${TEAM.id}`);
    await chat.waitForBotMessage(msg.registration.done(TEAM.naam));
  });

  // Regression: "<team-id>" in a text message was read as an HTML tag by the client and disappeared.
  test('in the personal chat "koppel intake" explains that it works in a team channel only', async ({ chat }) => {
    await chat.send(`koppel intake ${TEAM.id}`);
    const reply = await chat.waitForBotMessage('Koppel een intakekanaal vanuit het Teams-kanaal');
    expect(reply.text).toBe(visible(msg.registration.notInChannel));
  });
});
