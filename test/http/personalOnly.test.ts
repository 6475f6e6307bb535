import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { allVisibleText } from '../support/activities';
import { HttpConversation } from '../support/conversation';
import { withTestApp, type TestApp } from '../support/testApp';
import { askedField } from '../support/screeningOverHttp';
import { PLAYGROUND_TEAM } from '../../bot/intake/intakeTeamsConfig';

const PERSONAL_ONLY = /doe je in een persoonlijke chat met mij/;

/** A conversation of the given Teams type, turn by turn over HTTP. */
class TypedConversation extends HttpConversation {
  constructor(
    app: TestApp,
    private readonly conversationType: string,
    private readonly isGroup = conversationType !== 'personal',
  ) {
    super(app);
  }
  override send(fields: Partial<Activity>) {
    const isGroup = this.isGroup;
    return super.send({
      conversation: { id: this.id, conversationType: this.conversationType, isGroup } as never,
      ...fields,
    });
  }
}

describe('screening and aanmelding run in personal chats only', () => {
  let app: TestApp;
  withTestApp((started) => (app = started));

  describe.each(['groupChat', 'channel'] as const)('in a %s', (type) => {
    it.each([
      ['typing "screenen"', { text: 'screenen' }, 'Cliënt screenen'],
      ['typing "1"', { text: '1' }, 'Cliënt screenen'],
      ['typing "aanmelding"', { text: 'aanmelding' }, 'Aanmelding voorbereiden'],
      ['typing "mijn aanmeldingen"', { text: 'mijn aanmeldingen' }, 'Mijn aanmeldingen'],
      ['the menu button', { value: { menu: 'aanmelding' } }, 'Aanmelding voorbereiden'],
      [
        'a client description',
        { text: 'Mijn cliënt is 24, heeft een bijstandsuitkering en wil in de zorg werken' },
        '',
      ],
    ])('explains that %s belongs in a personal chat and asks nothing about a client', async (_name, fields, label) => {
      const conversation = new TypedConversation(app, type);
      await conversation.say('hallo');
      const replies = await conversation.send(fields);
      const text = allVisibleText(replies);
      expect(text).toMatch(PERSONAL_ONLY);
      expect(text).toContain(label);
      expect(askedField(replies)).toBeUndefined();
      // The next message is not taken as an answer to a client question either.
      const next = allVisibleText(await conversation.say('25'));
      expect(next).not.toMatch(/leeftijd|uitkering|Vraag \d/i);
    });

    it('still gives help and answers knowledge questions', async () => {
      const conversation = new TypedConversation(app, type);
      expect(allVisibleText(await conversation.say('help'))).toContain('Zo werk ik:');
      const answer = allVisibleText(await conversation.say('wat is een praktijkverklaring?'));
      expect(answer).not.toMatch(PERSONAL_ONLY);
      expect(answer).toMatch(/praktijkverklaring/i);
    });
  });

  // Only a chat that says it is personal (or says nothing, as the Emulator) is personal: a type
  // Teams may add later, or a forged mix of "personal" and "group", is treated as shared.
  it.each([
    ['an unknown conversation type', 'meeting', false],
    ['"personal" that also says it is a group', 'personal', true],
  ])('refuses a screening in %s', async (_name, type, isGroup) => {
    const conversation = new TypedConversation(app, type, isGroup);
    await conversation.say('hallo');
    const replies = await conversation.say('screenen');
    expect(allVisibleText(replies)).toMatch(PERSONAL_ONLY);
    expect(askedField(replies)).toBeUndefined();
  });

  it('keeps "koppel intake" working in a channel', async () => {
    const channel = new TypedConversation(app, 'channel');
    // A channel of the team the default intake team is bound to (the Playground's test team).
    const { tenantId, teamId } = PLAYGROUND_TEAM;
    const replies = await channel.send({
      text: 'koppel intake intake',
      channelData: { tenant: { id: tenantId }, team: { id: teamId } },
    });
    expect(allVisibleText(replies)).not.toMatch(PERSONAL_ONLY);
    expect((await app.intake.registrations.list()).map((r) => r.teamId)).toContain('intake');
  });

  it('starts the screening as before in a personal chat', async () => {
    const conversation = new TypedConversation(app, 'personal');
    await conversation.say('hallo');
    const replies = await conversation.say('screenen');
    expect(allVisibleText(replies)).not.toMatch(PERSONAL_ONLY);
    expect(askedField(replies)).toBeDefined();
  });
});
