import { describe, expect, it } from 'vitest';
import { dossierCard } from '../../dialogs/intakeTeam/cards';
import { visibleText } from '../support/activities';
import { sampleDossier } from '../intake-delivery/helpers';

/** Seen in the Playground: the card read "Vraag aan de verwijzer:: Heeft Sanne een rijbewijs B?". */
describe("the dossier card shows the team's question and the verwijzer's answer as plain label: value lines", () => {
  const dossier = sampleDossier({
    statusHistory: [
      { status: 'concept', op: '2026-03-02T09:00:00.000Z' },
      { status: 'verzonden', op: '2026-03-02T09:01:00.000Z' },
      { status: 'afgeleverd', op: '2026-03-02T09:02:00.000Z' },
      {
        status: 'info-nodig',
        op: '2026-03-03T09:00:00.000Z',
        door: 'intaketeam',
        toelichting: 'Heeft Sanne een rijbewijs B?',
      },
      { status: 'aangevuld', op: '2026-03-03T10:00:00.000Z', door: 'verwijzer', toelichting: 'Ja, sinds 2015.' },
    ],
  });
  // TextRuns of one line come out as separate lines here: read them as one.
  const text = visibleText({
    attachments: [
      { contentType: 'application/vnd.microsoft.card.adaptive', content: dossierCard(dossier, 'Intaketeam West') },
    ],
  }).replace(/\s+/g, ' ');

  it('one colon after each label', () => {
    expect(text).toContain('Vraag aan de verwijzer: Heeft Sanne een rijbewijs B?');
    expect(text).toContain('Antwoord van de verwijzer: Ja, sinds 2015.');
    expect(text).not.toContain('::');
  });
});
