import { describe, expect, it } from 'vitest';
import { dossierCard } from '../../dialogs/intakeTeam/cards';
import { intakeTeamMessages } from '../../dialogs/intakeTeam/messages.nl';
import { fieldMessages, screeningMessages } from '../../dialogs/screening/messages.nl';
import { REASON_KORT } from '../../intake/screening/explanations.nl';
import { DEFAULT_POLICY } from '../../intake/screening/policy';
import { ReasonCode } from '../../intake/screening/rules';
import { screen } from '../../intake/screening/screen';
import { loadScreeningCases } from '../fixtures/screeningCases';
import { sampleDossier } from '../intake-delivery/helpers';

type Element = Record<string, unknown> & { facts?: { title: string; value: string }[] };
const allFacts = (card: { body: Element[] }) => card.body.flatMap((e) => e.facts ?? []);
const cardText = (card: unknown) => JSON.stringify(card);

describe('the intake team sees the screening in plain Dutch', () => {
  const c = loadScreeningCases().find((x) => x.id === 'v04')!;
  const input = { ...c.input, taal: 'onvoldoende' as const, werkfit: 'nee' as const };
  const advice = screen(input, DEFAULT_POLICY);
  const screening = {
    answers: input,
    advies: advice.advies,
    redenen: advice.redenen.map((r) => r.code),
    acties: advice.acties.map((a) => a.code),
  };
  const card = JSON.parse(JSON.stringify(dossierCard(sampleDossier({ screening }), 'Intaketeam West'))) as {
    body: Element[];
  };

  it('names the reasons in words, never as codes', () => {
    expect(screening.redenen).toEqual(['LEERBAARHEID_ONBEKEND', 'NIET_WERKFIT', 'TAAL_ONVOLDOENDE']);
    for (const code of ReasonCode.options) expect(cardText(card)).not.toContain(code);
    const redenen = allFacts(card).find((f) => f.title === intakeTeamMessages.card.redenen)?.value ?? '';
    expect(redenen.toLowerCase()).toContain(REASON_KORT.TAAL_ONVOLDOENDE.toLowerCase());
    expect(redenen.toLowerCase()).toContain(REASON_KORT.NIET_WERKFIT.toLowerCase());
  });

  it("shows the advice as advice and the verwijzer's answers", () => {
    const facts = allFacts(card);
    expect(facts).toContainEqual({
      title: intakeTeamMessages.card.advies,
      value: screeningMessages.result.advies.bespreken,
    });
    expect(facts).toContainEqual({ title: fieldMessages.taal.label, value: fieldMessages.taal.choices!.onvoldoende! });
    expect(facts).toContainEqual({ title: fieldMessages.werkfit.label, value: fieldMessages.werkfit.choices!.nee! });
    expect(facts.map((f) => f.title)).not.toContain(fieldMessages.startkwalificatieBruikbaar.label); // vmbo: not asked
  });
});
