import { describe, expect, it } from 'vitest';
import { offeringMessages } from '../../dialogs/shared/messages.nl';
import { WerkprocessenDialog } from '../../dialogs/werkprocessen';
import { parseIntakeTeams, type IntakeTeam } from '../../intake/delivery/intakeTeams';
import { loadCatalogue } from '../../knowledge/catalogue';
import { createSearchIndex } from '../../knowledge/search/searchIndex';
import { AanmeldingDriver, fillToReview, screeningOf, testDeps, textsOf } from './aanmeldingDriver';
import { DialogTestClient } from 'botbuilder-testing';
import { sendAndCollect } from '../support/dialogReplies';

const WEST: IntakeTeam = { id: 'team-west', naam: 'Intaketeam West', kanaal: 'teams', crebos: ['25250'] };
const OOST: IntakeTeam = { id: 'team-oost', naam: 'Intaketeam Oost', kanaal: 'teams' };
const note = offeringMessages.notOffered(['Intaketeam West']);

describe('issue 15: each intake team may say which crebos it offers in the derde leerweg', () => {
  it('the configuration takes an optional list of crebos and refuses what is no crebo', () => {
    const base = {
      id: 'west',
      naam: 'West',
      webhook: { url: 'https://x.example', secret: `whsec_${'A'.repeat(43)}=` },
    };
    expect(parseIntakeTeams([{ ...base, crebos: ['25250', '25498'] }])[0]?.crebos).toEqual(['25250', '25498']);
    expect(parseIntakeTeams([base])[0]?.crebos).toBeUndefined();
    expect(() => parseIntakeTeams([{ ...base, crebos: ['zorg'] }])).toThrow(/crebos/);
  });

  it('the review card flags a kwalificatie the chosen team does not offer, and keeps it', async () => {
    const driver = new AanmeldingDriver(testDeps({ teams: [WEST, OOST] }), {
      screening: screeningOf('v01'),
      selection: {
        kwalificaties: [{ crebo: '25498', naam: 'Helpende Zorg en Welzijn' }],
        werkprocessen: [],
      },
    });
    const review = await fillToReview(driver, { toestemming: 'true', toestemmingWijze: 'mondeling' });
    expect(textsOf(review).join('\n')).toContain(`Helpende Zorg en Welzijn (crebo 25498): ${note}`);
    expect(JSON.stringify(review)).toContain('25498'); // still chosen, never dropped
    await driver.submit({ actie: 'versturen' });
  });

  it('the werkprocessen suggestions flag what a team does not offer', async () => {
    const catalogue = loadCatalogue();
    const dialog = new WerkprocessenDialog({ catalogue, index: createSearchIndex(catalogue), teams: [WEST] });
    const client = new DialogTestClient('msteams', dialog, { interesses: 'zorg' });
    const replies = await sendAndCollect(client, 'werkprocessen');
    const text = JSON.stringify(replies);
    expect(text).toContain(note);
  });
});

describe('issue 14: the same flag when the verwijzer searches or browses werkprocessen', () => {
  const catalogue = loadCatalogue();
  const deps = { catalogue, index: createSearchIndex(catalogue), teams: [WEST] };
  const helpende = catalogue.kwalificatie('25498')!;
  const werkproces = catalogue.werkprocessen('25498')[0]!;
  const kerntaak = catalogue.kerntaken('25498').find((kt) => kt.werkprocessen.length > 0)!;
  const flagged = (replies: unknown) => JSON.stringify(replies).includes(JSON.stringify(note).slice(1, -1));
  const start = async () => {
    const client = new DialogTestClient('msteams', new WerkprocessenDialog(deps), {});
    await sendAndCollect(client, 'werkprocessen');
    return (value: Record<string, unknown>) => sendAndCollect(client, { type: 'message', value });
  };

  it('a search hit of a kwalificatie or werkproces the team does not offer carries the flag; an offered one not', async () => {
    const submit = await start();
    expect(flagged(await submit({ actie: 'zoek', vraag: helpende.naam }))).toBe(true);
    expect(flagged(await submit({ actie: 'zoek', vraag: werkproces.titel }))).toBe(true);
    const offered = catalogue.kwalificatie('25250')!;
    const offeredHits = await submit({ actie: 'zoek', vraag: offered.naam });
    expect(JSON.stringify(offeredHits)).toContain(offered.naam);
    expect(JSON.stringify(offeredHits)).not.toContain(`${offered.naam} (crebo 25250): `);
  });

  it('browsing flags it in the domain list, on the kwalificatie, its kerntaak and a werkproces explanation', async () => {
    const submit = await start();
    const domein = await submit({ actie: 'domein', domein: helpende.domein });
    expect(JSON.stringify(domein)).toContain(`${helpende.naam} (crebo 25498): `);
    expect(JSON.stringify(domein)).not.toMatch(/\(crebo 25250\): /);
    expect(flagged(await submit({ actie: 'kwalificatie', crebo: '25498' }))).toBe(true);
    expect(flagged(await submit({ actie: 'kerntaak', crebo: '25498', kerntaak: kerntaak.code }))).toBe(true);
    const uitleg = await submit({ actie: 'werkproces', id: `25498:${kerntaak.werkprocessen[0]!.code}` });
    expect(flagged(uitleg)).toBe(true);
    expect(flagged(await submit({ actie: 'kwalificatie', crebo: '25250' }))).toBe(false);
  });
});
