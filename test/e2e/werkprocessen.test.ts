import { describe, expect } from 'vitest';
import { menuTextMessages } from '../../dialogs/menuText/messages.nl';
import { rootMessages } from '../../dialogs/root/messages.nl';
import { answerFromSearch } from '../../dialogs/werkprocessen/answerFromSearch';
import { werkprocessenMessages as msg } from '../../dialogs/werkprocessen/messages.nl';
import { resolveHits, searchContent, type ResolvedHit } from '../../dialogs/werkprocessen/viewContent';
import { test } from './support/fixtures';
import { expectHitShown, expectSelectionLines, expectWerkprocesShown, knowledge, tickTitle } from './support/knowledge';

const { catalogue } = knowledge;

/** The browse path: a kwalificatie with loaded werkprocessen, and its own (profile) kerntaak. */
const DOMEIN = 'Zorg en welzijn';
const KWALIFICATIE = 'Helpende Zorg en Welzijn';

const titleOf = (hit: ResolvedHit) =>
  hit.type === 'onderwerp'
    ? hit.onderwerp.titel
    : hit.type === 'kwalificatie'
      ? hit.kwalificatie.naam
      : hit.werkproces.titel;

function browsePath() {
  const domeinen = catalogue.domeinen();
  const kwalificaties = catalogue.kwalificatiesInDomein(DOMEIN);
  const kwalificatie = kwalificaties.find((k) => k.naam === KWALIFICATIE);
  if (!kwalificatie?.heeftWerkprocessen)
    throw new Error(`${KWALIFICATIE} with werkprocessen is not in the knowledge base`);
  const kerntaken = catalogue.kerntaken(kwalificatie.crebo);
  const kerntaak = kerntaken.find((kt) => kt.deel === 'profiel' && kt.werkprocessen.length >= 3);
  const [wp1, wp2, wp3] = kerntaak?.werkprocessen ?? [];
  if (!kerntaak || !wp1 || !wp2 || !wp3)
    throw new Error(`${KWALIFICATIE} has no profile kerntaak with three werkprocessen`);
  const number = <T>(list: readonly T[], item: T) => list.indexOf(item) + 1;
  return {
    domeinTitle: `${number(domeinen, DOMEIN)}. ${DOMEIN} (${msg.bladeren.domeinAantal(kwalificaties.length)})`,
    kwalificatie,
    kwalificatieTitle: `${number(kwalificaties, kwalificatie)}. ${kwalificatie.naam} (niveau ${kwalificatie.niveau}, crebo ${kwalificatie.crebo})`,
    werkprocesCount: catalogue.werkprocessen(kwalificatie.crebo).length,
    kerntaak,
    kerntaakTitle: `${number(kerntaken, kerntaak)}. ${kerntaak.code} ${kerntaak.titel} (${msg.bladeren.aantalWerkprocessen(kerntaak.werkprocessen.length)})`,
    werkprocessen: [wp1, wp2, wp3] as const,
  };
}

describe('personal chat: Werkprocessen verkennen', () => {
  test('a free question at the menu (short answer, "meer"), then "magazijn" in the flow: kwalificaties and werkprocessen', async ({
    chat,
  }) => {
    const question = 'wat doet een assistent logistiek?';
    await chat.send(question);
    const [first, ...others] = resolveHits(answerFromSearch(catalogue, knowledge.index, question).hits, catalogue);
    if (first?.type !== 'kwalificatie') throw new Error(`"${question}" should find a kwalificatie first`);
    const answer = await chat.waitForBotMessage(first.kwalificatie.naam);
    expectHitShown(answer, first);
    expect(answer.text).not.toContain(msg.menuAntwoord.gevonden);
    expect(answer.buttons.slice(-2)).toEqual([menuTextMessages.volgendeStap.werkprocessen, menuTextMessages.meerKnop]);

    await chat.clickButton(menuTextMessages.meerKnop);
    if (!others[0]) throw new Error(`"${question}" should find more than one entry`);
    const more = await chat.waitForBotMessage(titleOf(others[0]));
    for (const hit of others) expectHitShown(more, hit);

    await chat.clickButton(msg.menuAntwoord.verkennen);
    const start = await chat.waitForBotMessage(msg.intro);
    expect(start.text).toContain(msg.start.geenInteresses); // "opnieuw" wiped the screening's interests
    await chat.send('magazijn');
    const found = await chat.waitForBotMessage(msg.zoek.kop('magazijn'));
    const inFlow = searchContent('magazijn', knowledge);
    expect(inFlow.some((hit) => hit.type === 'werkproces')).toBe(true);
    for (const hit of inFlow) expectHitShown(found, hit);
    expect(found.text).toContain(msg.kies.label); // werkproces hits can be ticked
    expect(found.buttons).toContain(msg.kies.knop);
  });

  test('browsing domain → kwalificatie → kerntaak, choosing werkprocessen, "Mijn selectie", Klaar', async ({
    chat,
  }) => {
    const path = browsePath();
    const [wp1, wp2, wp3] = path.werkprocessen;
    await chat.clickButton(rootMessages.flowLabels.werkprocessen);
    await chat.waitForBotMessage(msg.intro);
    await chat.clickButton(msg.bladeren.knop);
    const domeinen = await chat.waitForBotMessage(msg.bladeren.domeinenIntro);
    expect(domeinen.text).toContain(path.domeinTitle);
    await chat.choose(path.domeinTitle);
    await chat.clickButton(msg.bladeren.bekijk);
    await chat.waitForBotMessage(msg.bladeren.domein(DOMEIN));
    await chat.choose(path.kwalificatieTitle);
    await chat.clickButton(msg.bladeren.bekijk);
    const kwalificatie = await chat.waitForBotMessage(msg.bladeren.kerntakenKop);
    const k = path.kwalificatie;
    expect(kwalificatie.text).toContain(msg.kwalificatie.meta(k.crebo, k.niveau, k.domein));
    expect(kwalificatie.text).toContain(msg.kwalificatie.geladen(path.werkprocesCount));
    await chat.choose(path.kerntaakTitle);
    await chat.clickButton(msg.bladeren.bekijk);
    const kerntaak = await chat.waitForBotMessage(msg.bladeren.kerntaak(path.kerntaak.code, path.kerntaak.titel));
    for (const wp of path.kerntaak.werkprocessen) expectWerkprocesShown(kerntaak, wp);
    expect(kerntaak.buttons).toContain(msg.selectie.knop(0));

    // A number that is not on the card is explained, nothing is chosen.
    await chat.send('kies 9');
    await chat.waitForBotMessage(msg.typed.nummerOnbekend(path.kerntaak.werkprocessen.length));

    await chat.tick(tickTitle(wp1, 1));
    await chat.tick(tickTitle(wp2, 2));
    await chat.clickButton(msg.kies.knop);
    await chat.waitForBotMessage(msg.kies.toegevoegd([wp1, wp2].map((wp) => `${wp.code} ${wp.titel}`)));
    const selection = await chat.waitForBotMessage(msg.selectie.verwijderHint);
    expectSelectionLines(selection, [wp1, wp2]);

    await chat.clickButton(msg.nav.terug);
    const back = await chat.waitForBotMessage(msg.bladeren.kerntaak(path.kerntaak.code, path.kerntaak.titel));
    expect(back.text).toContain(`${wp1.titel} (${msg.kies.gekozen})`);
    expect(back.buttons).toContain(msg.selectie.knop(2));
    await chat.clickButton(msg.selectie.knop(2));
    const mine = await chat.waitForBotMessage(msg.selectie.verwijderHint);
    expectSelectionLines(mine, [wp1, wp2]);

    await chat.clickButton(msg.nav.klaar);
    const done = await chat.waitForBotMessage(msg.klaar.titel);
    expectSelectionLines(done, [wp1, wp2]);
    expect(done.text).not.toContain(wp3.titel);
    expect(done.text).toContain(msg.klaar.volgende);
    expect(done.buttons).toEqual([msg.klaar.aanmelding, msg.klaar.verder, msg.klaar.menu]);
  });
});
