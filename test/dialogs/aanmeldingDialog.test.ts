import { describe, expect, it } from 'vitest';
import { aanmeldingMessages as msg, groupMessages } from '../../dialogs/aanmelding/messages.nl';
import { screeningMessages } from '../../dialogs/screening/messages.nl';
import { PreIntakeDossier } from '../../intake/dossier/dossier';
import { DEFAULT_POLICY } from '../../intake/screening/policy';
import { screen } from '../../intake/screening/screen';
import {
  AanmeldingDriver,
  factsOf,
  FROM,
  inputIds,
  inputsOf,
  isReview,
  KANDIDAAT,
  lastCard,
  LEERBEDRIJF,
  recordingSubmit,
  screeningOf,
  SELECTION,
  testDeps,
  TEAMS,
  textOf,
  textsOf,
  VERWIJZER,
  type Seen,
  START,
} from './aanmeldingDriver';
import { answerByCards, isResult, isSummary, type ScreeningDriver } from './screeningDriver';
import { loadScreeningCases } from '../fixtures/screeningCases';

const CONSENT = { toestemming: 'true', toestemmingWijze: 'mondeling' };

describe('aanmelding: from a given screening to a sent dossier with cards', () => {
  it('asks only what is missing, group by group, shows everything for review and sends on Versturen', async () => {
    const recorder = recordingSubmit();
    const driver = new AanmeldingDriver(testDeps({ submit: recorder.submit }), {
      screening: screeningOf('v01'),
      selection: SELECTION,
    });

    const first = await driver.start();
    expect(textOf(first)).toContain(msg.flow.intro);
    const kandidaat = lastCard(first);
    expect(kandidaat).toMatchObject({ version: '1.5', $schema: expect.stringContaining('adaptive-card') });
    expect(inputIds(kandidaat)).toEqual(Object.keys(KANDIDAAT));
    expect(inputsOf(kandidaat).find((e) => e.id === 'kandidaatGeboortedatum')?.type).toBe('Input.Date');

    // The verwijzer's name comes from Teams, so only organisation and phone are asked.
    expect(inputIds(lastCard(await driver.submit(KANDIDAAT)))).toEqual(['verwijzerOrganisatie', 'verwijzerTelefoon']);
    expect(inputIds(lastCard(await driver.submit(VERWIJZER)))).toEqual([
      'leerbedrijfNaam',
      'leerbedrijfPlaats',
      'praktijkopleider',
    ]);
    expect(inputIds(lastCard(await driver.submit(LEERBEDRIJF)))).toEqual(['gewensteStart']);
    expect(inputIds(lastCard(await driver.submit(START)))).toEqual(['opmerkingen']);
    const team = lastCard(await driver.submit({ opmerkingen: 'Bereikbaar in de ochtend.' }));
    const teamInput = inputsOf(team)[0]!;
    expect(teamInput).toMatchObject({ id: 'intakeTeam', type: 'Input.ChoiceSet' });
    expect(teamInput.choices).toEqual(TEAMS.map((t) => ({ title: t.naam, value: t.id })));

    const consent = lastCard(await driver.submit({ intakeTeam: 'team-oost' }));
    expect(inputsOf(consent).find((e) => e.id === 'toestemming')).toMatchObject({
      type: 'Input.Toggle',
      valueOn: 'true',
      valueOff: 'false',
    });
    expect(inputsOf(consent).find((e) => e.id === 'toestemmingWijze')).toMatchObject({ type: 'Input.ChoiceSet' });
    expect(textsOf(consent)).toEqual(expect.arrayContaining(groupMessages.toestemming.intro));

    const review = lastCard(await driver.submit(CONSENT));
    expect(isReview(review)).toBe(true);
    const facts = factsOf(review).join('\n');
    for (const expected of [
      'Sam de Vries',
      '17 mei 1990',
      'Voorbeeldstad',
      '06-12345678',
      'sam@example.nl',
      'Fleur Bakker',
      'Gemeente Voorbeeldstad',
      '010-1234567',
      screeningMessages.result.advies.kansrijk,
      'Helpende zorg en welzijn (crebo 25250)',
      'Ondersteunt bij de dagelijkse verzorging (B1-K1-W2, crebo 25250)',
      'Zorgcentrum De Linde, Voorbeeldstad (erkend leerbedrijf)',
      'Bereikbaar in de ochtend.',
      'Intaketeam Oost',
      'Ja, mondeling (in een gesprek), op 2 maart 2026',
    ]) {
      expect(facts).toContain(expected);
    }
    expect(review.actions.map((a) => a.title)).toEqual([
      msg.review.sendButton,
      msg.review.conceptButton,
      msg.review.changeButton,
    ]);
    expect(recorder.calls).toHaveLength(0); // nothing leaves before Versturen

    const sent = await driver.submit({ actie: 'versturen' });
    expect(recorder.calls).toHaveLength(1);
    const dossier = PreIntakeDossier.parse(recorder.calls[0]);
    expect(dossier).toMatchObject({
      verwijzer: {
        naam: 'Fleur Bakker',
        teamsId: FROM.aadObjectId,
        organisatie: 'Gemeente Voorbeeldstad',
        telefoon: '010-1234567',
      },
      kandidaat: { naam: 'Sam de Vries', geboortedatum: '1990-05-17', email: 'sam@example.nl' },
      toestemming: { gegeven: true, wijze: 'mondeling', datum: '2026-03-02' },
      wensen: {
        kwalificaties: ['25250'],
        werkprocessen: [{ crebo: '25250', code: 'B1-K1-W2' }],
        urenPerWeek: screeningOf('v01').answers.urenPerWeek,
      },
      intakeTeam: 'team-oost',
      screening: { advies: 'kansrijk' },
    });
    const card = lastCard(sent);
    expect(textsOf(card)[0]).toBe(msg.send.sent(dossier.id));
    expect(textsOf(card)[0]).toMatch(/^Je aanmelding is verstuurd\. Dossiernummer: PI-2026-[0-9A-Z]{8}$/);
    expect(card.actions.map((a) => a.data)).toEqual([{ menu: 'mijnAanmeldingen' }, { menu: 'menu' }]);
    expect(driver.status).toBe('complete');
    expect(driver.outcome).toMatchObject({ dossierId: dossier.id, draft: { kandidaat: { naam: 'Sam de Vries' } } });
  });

  it('runs the screening first when there is none, then takes its answers over', async () => {
    const recorder = recordingSubmit();
    const driver = new AanmeldingDriver(testDeps({ submit: recorder.submit, teams: [TEAMS[0]!] }));
    const input = loadScreeningCases().find((c) => c.id === 'v02')!.input;
    // The screening driver's helper answers the embedded screening's question cards.
    let firstTurn: Seen[] = [];
    const asScreening = {
      start: async () => (firstTurn = await driver.start()),
      submit: (value: unknown) => driver.submit(value),
    } as unknown as ScreeningDriver;
    const { seen } = await answerByCards(asScreening, input);
    expect(textOf(firstTurn)).toContain(msg.flow.screeningFirst);
    expect(isSummary(lastCard(seen))).toBe(true);

    const after = await driver.submit({ actie: 'bevestig' });
    const cards = after.filter((s) => s.card).map((s) => s.card!);
    expect(isResult(cards[0]!)).toBe(true); // the screening's own result card
    expect(inputIds(cards[1]!)).toEqual(Object.keys(KANDIDAAT));

    await driver.submit(KANDIDAAT);
    // v02 has a leerbedrijf that is not yet erkend: its name and place are asked.
    expect(inputIds(lastCard(await driver.submit(VERWIJZER)))).toEqual([
      'leerbedrijfNaam',
      'leerbedrijfPlaats',
      'praktijkopleider',
    ]);
    await driver.submit(LEERBEDRIJF);
    await driver.submit(START);
    const consent = lastCard(await driver.submit({ opmerkingen: '' })); // one team: not asked
    expect(inputIds(consent)).toEqual(['toestemming', 'toestemmingWijze']);
    await driver.submit(CONSENT);
    await driver.submit({ actie: 'versturen' });

    const dossier = recorder.calls[0]!;
    expect(dossier.screening?.answers).toEqual(input);
    expect(dossier.screening?.advies).toBe(screen(input, DEFAULT_POLICY).advies);
    expect(dossier).toMatchObject({
      intakeTeam: 'team-west',
      opmerkingen: '',
      wensen: { leerbedrijf: { erkend: 'niet-erkend' } },
    });
  });
});

describe('aanmelding: typed answers', () => {
  it('asks one field at a time once the verwijzer types, and understands "geen" and Dutch dates', async () => {
    const recorder = recordingSubmit();
    const deps = testDeps({ submit: recorder.submit, teams: [TEAMS[1]!] });
    const driver = new AanmeldingDriver(deps, { screening: screeningOf('v01') });
    await driver.start();

    const oneByOne = await driver.say('liever typen');
    expect(textOf(oneByOne)).toContain(msg.flow.oneByOne);
    expect(inputIds(lastCard(oneByOne))).toEqual(['kandidaatNaam']);
    const answers: [string, string][] = [
      ['Sam de Vries', 'kandidaatGeboortedatum'],
      ['17-05-1990', 'kandidaatWoonplaats'],
      ['Voorbeeldstad', 'kandidaatTelefoon'],
      ['06 1234 5678', 'kandidaatEmail'],
      ['geen', 'verwijzerOrganisatie'],
      ['Gemeente Voorbeeldstad', 'verwijzerTelefoon'],
      ['010-1234567', 'leerbedrijfNaam'],
      ['Zorgcentrum De Linde', 'leerbedrijfPlaats'],
      ['Voorbeeldstad', 'praktijkopleider'],
      ['weet ik nog niet', 'gewensteStart'],
      ['1 februari 2027', 'opmerkingen'],
      ['nee', 'toestemming'],
    ];
    for (const [typed, nextField] of answers) {
      expect(inputIds(lastCard(await driver.say(typed)))).toEqual([nextField]);
    }
    const review = lastCard(await driver.say('ja, schriftelijk'));
    expect(isReview(review)).toBe(true);
    expect(factsOf(review).join('\n')).toContain(msg.review.noEmail);

    await driver.say('versturen');
    expect(recorder.calls).toHaveLength(1);
    expect(recorder.calls[0]).toMatchObject({
      kandidaat: { geboortedatum: '1990-05-17', telefoon: '06 1234 5678', email: null },
      opmerkingen: '',
      toestemming: { gegeven: true, wijze: 'schriftelijk' },
      intakeTeam: 'team-oost',
    });
  });

  it('explains "waarom?" at a question and asks it again', async () => {
    const driver = new AanmeldingDriver(testDeps(), { screening: screeningOf('v01') });
    await driver.start();
    const seen = await driver.say('waarom?');
    expect(textOf(seen)).toContain(groupMessages.kandidaat.why);
    expect(inputIds(lastCard(seen))).toEqual(Object.keys(KANDIDAAT));
  });
});
