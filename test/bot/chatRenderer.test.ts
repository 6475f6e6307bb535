import { describe, expect, it } from 'vitest';
import { renderActivities } from '../../bot/chatRenderer';
import { welcomeCard } from '../../dialogs/root/cards';

describe('terminal chat renderer', () => {
  it('renders the menu card as text with lettered buttons carrying the submit data', () => {
    const out = renderActivities([
      { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: welcomeCard() }] },
    ]);
    const text = out.lines.join('\n');
    expect(text).toContain('Welkom');
    expect(text).toContain('[a] Cliënt screenen');
    expect(text).not.toContain('**');
    expect(out.buttons[0]).toEqual({ key: 'a', title: 'Cliënt screenen', data: { menu: 'screening' } });
  });

  it('numbers the choices of a choice set and explains how to answer', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [{ type: 'Input.ChoiceSet', id: 'situatie', label: 'Situatie?', choices: [{ title: 'Werkzoekend', value: 'werkzoekend' }, { title: 'Werkend', value: 'werkend' }] }],
      actions: [{ type: 'Action.Submit', title: 'Volgende' }],
    };
    const text = renderActivities([{ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] }]).lines.join('\n');
    expect(text).toContain('1) Werkzoekend');
    expect(text).toContain('2) Werkend');
    expect(text).toContain('typ het nummer');
  });

  it('skips typing activities and shows plain text', () => {
    const out = renderActivities([{ type: 'typing' }, { type: 'message', text: 'Hallo **jij**' }]);
    expect(out.lines).toEqual(['Hallo jij']);
  });
});
