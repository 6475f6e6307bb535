import { describe, expect, it } from 'vitest';
import { buttonFor, renderActivities } from '../../bot/chatRenderer';
import { welcomeCard } from '../../dialogs/root/cards';
import { literalFact } from '../../dialogs/shared/literalText';

describe('terminal chat renderer', () => {
  it('renders the menu card as text with numbered buttons carrying the submit data', () => {
    const out = renderActivities([
      {
        type: 'message',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: welcomeCard() }],
      },
    ]);
    const text = out.lines.join('\n');
    expect(text).toContain('Welkom');
    expect(text).toContain('[1] Cliënt screenen');
    expect(text).not.toMatch(/\[[a-z]\]/); // one scheme: no letters
    expect(text).not.toContain('**');
    expect(out.buttons[0]).toEqual({ key: '1', title: 'Cliënt screenen', data: { menu: 'screening' } });
  });

  it('shows literal text (a RichTextBlock of runs, as names and dossier ids are sent) on one line', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [literalFact('PI-2026-ZE1E2WCG', 'Sam de Vries', ' · ', {})],
    };
    const text = renderActivities([
      { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] },
    ]).lines.join('\n');
    expect(text).toContain('PI-2026-ZE1E2WCG · Sam de Vries');
  });

  it('numbers the choices of a choice set and explains how to answer', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [
        {
          type: 'Input.ChoiceSet',
          id: 'situatie',
          label: 'Situatie?',
          choices: [
            { title: 'Werkzoekend', value: 'werkzoekend' },
            { title: 'Werkend', value: 'werkend' },
          ],
        },
      ],
      actions: [{ type: 'Action.Submit', title: 'Volgende' }],
    };
    const text = renderActivities([
      { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] },
    ]).lines.join('\n');
    expect(text).toContain('[1] Werkzoekend');
    expect(text).toContain('[2] Werkend');
    expect(text).toContain('[3] Volgende'); // buttons go on after the choices: a number never means two things
    expect(text).toContain('typ het nummer');
  });

  it("finds the button by its number or its typed title, and sends the card's values along", () => {
    const card = {
      type: 'AdaptiveCard',
      body: [{ type: 'Input.Text', id: 'interesses', value: 'koken' }],
      actions: [
        { type: 'Action.Submit', title: 'Toon suggesties', data: { actie: 'suggesties' } },
        { type: 'Action.Submit', title: 'Klaar', data: { actie: 'klaar' }, associatedInputs: 'none' },
      ],
    };
    const { buttons } = renderActivities([
      { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] },
    ]);
    expect(buttonFor('1', buttons)?.data).toEqual({ interesses: 'koken', actie: 'suggesties' });
    expect(buttonFor('klaar', buttons)?.data).toEqual({ actie: 'klaar' });
    expect(buttonFor('a', buttons)).toBeUndefined();
    expect(buttonFor('magazijn', buttons)).toBeUndefined(); // typed text goes to the bot as text
  });

  it('skips typing activities and shows plain text', () => {
    const out = renderActivities([{ type: 'typing' }, { type: 'message', text: 'Hallo **jij**' }]);
    expect(out.lines).toEqual(['Hallo jij']);
  });
});
