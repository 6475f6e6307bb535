import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../knowledge/catalogue';
import { createSearchIndex, MAX_QUERY_LENGTH, type SearchHit } from '../../knowledge/search/searchIndex';
import { SYNONYMS } from '../../knowledge/search/synonyms.nl';
import { validateQuery } from '../../knowledge/search/validateQuery';

const catalogue = loadCatalogue();
const index = createSearchIndex(catalogue);
const top = (query: string, n = 3) => index.search(query, { limit: n });
const crebos = (hits: readonly SearchHit[]) => hits.map((h) => h.crebo);

describe('typo tolerance', () => {
  it.each([
    ['magazjin', '25254'],
    ['schoonmakn', '25034'],
    ['kinderopvnag', '25486'],
    ['bosmaijer', '25258'],
    ['fietsemaker', '25231'],
    ['snackbaar', '25178'],
    ['helpnde zorg en welzjin', '25498'],
  ])('"%s" still finds %s in the top 3', (query, crebo) => {
    expect(crebos(top(query))).toContain(crebo);
  });

  it('takes a known word as meant: "planten" does not drift to "plan van aanpak"', () => {
    expect(
      top('planten', 5)
        .map((h) => h.titel)
        .join(' '),
    ).not.toMatch(/plan van aanpak/i);
  });
});

describe('everyday words reach the dossier language', () => {
  it.each([
    ['heftruck', ['25254', '25371']],
    ['orderpicken', ['25254', '25371']],
    ['vorkheftruck', ['25254', '25371']],
    ['afwassen', ['25252']],
    ['snackbar', ['25178']],
    ['kas', ['25431']],
    ['vakkenvullen', ['25257']],
    ['lassen', ['25290']],
    ['fiets', ['25231']],
    ['conciërge', ['25024']],
    ['kinderopvang', ['25486']],
    ['bejaardentehuis', ['25498', '25251', '25491']],
  ])('"%s" → %s', (query, expected) => {
    expect(crebos(top(query)).some((c) => expected.includes(c ?? ''))).toBe(true);
  });

  it('a werkproces is found by what people actually do', () => {
    const [first] = top('helpen met aankleden van ouderen in een verpleeghuis', 5).filter(
      (h) => h.type === 'werkproces',
    );
    expect(first).toMatchObject({
      crebo: '25498',
      werkproces: 'P2-K1-W2',
      titel: 'Ondersteunt bij persoonlijke zorg en ADL',
    });
    expect(top('bier tappen achter de bar').map((h) => h.werkproces)).toContain('B1-K1-W5');
  });

  it('"ouderen" (elderly) is not confused with "ouders" (parents)', () => {
    expect(
      top('zorg voor ouderen', 5)
        .map((h) => h.titel)
        .join(' '),
    ).not.toMatch(/ouders/);
  });

  it('understands a split verb ("hoe meld ik iemand aan")', () => {
    expect(top('hoe meld ik iemand aan').map((h) => h.id)).toContain('aanmelden');
  });

  it.each([
    ['na afloop, wat kan hij dan', 'wat-daarna'],
    ['wie beslist of ze erin mag', 'inclusieve-adviesfunctie'],
    ['gaat de jobcoach iedere week langs bij de werkgever', 'praktijkopleider-en-jobcoach'],
    ['is het zeker dat ze daarna werk heeft', 'geen-baangarantie'],
    ['ze zit nog op school, kan ze al beginnen', 'voor-wie'],
    ['waar begin je als verwijzer', 'aanmelden'],
  ])('puts the topic that answers "%s" first (%s)', (query, id) => {
    expect(top(query)[0]?.id).toBe(id);
  });

  it('the synonym list covers the everyday words of the issue', () => {
    for (const word of [
      'magazijn',
      'orderpicken',
      'heftruck',
      'schoonmaken',
      'keuken',
      'afwassen',
      'snackbar',
      'tuin',
      'groen',
      'bosmaaier',
      'kas',
      'ouderen',
      'verpleeghuis',
      'aankleden',
      'kassa',
      'vakkenvullen',
      'lassen',
      'fiets',
      'concierge',
      'kinderopvang',
    ]) {
      expect(SYNONYMS[word], word).toBeDefined();
    }
  });
});

describe('the SearchHit contract', () => {
  it('returns exactly the contract fields, best first', () => {
    const hits = index.search('magazijn', { limit: 10 });
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits)
      expect(Object.keys(hit).sort()).toEqual(['crebo', 'id', 'kwalificatie', 'score', 'titel', 'type', 'werkproces']);
    for (const query of [
      'magazijn',
      'mbo-3 zorg',
      'Meneer is 45 en heeft jaren in een magazijn gewerkt, hij wil een papiertje halen',
      'kinderen',
    ]) {
      const scores = index.search(query, { limit: 20 }).map((h) => h.score);
      expect(
        [...scores].sort((a, b) => b - a),
        query,
      ).toEqual(scores);
    }
  });

  it('mixes kinds of answers: the work next to the procedure', () => {
    const hits = top('Meneer is 45 en heeft jaren in een magazijn gewerkt, hij wil een papiertje halen');
    expect(hits.map((h) => h.crebo)).toEqual(expect.arrayContaining([expect.stringMatching(/^(25254|25371)$/)]));
    expect(hits.some((h) => h.type === 'onderwerp')).toBe(true);
  });

  it('understands a level ("niveau 2", "mbo-3")', () => {
    expect(top('zorg op niveau 2', 2).map((h) => h.crebo)).toContain('25498');
  });

  it('fills the fields per type', () => {
    const [kwalificatie] = top('assistent logistiek', 1);
    expect(kwalificatie).toMatchObject({
      type: 'kwalificatie',
      id: '25254',
      crebo: '25254',
      kwalificatie: 'Assistent logistiek',
      werkproces: null,
      titel: 'Assistent logistiek',
    });
    const topic = top('wat is de derde leerweg').find((h) => h.type === 'onderwerp');
    expect(topic).toMatchObject({
      type: 'onderwerp',
      id: 'derde-leerweg',
      crebo: null,
      kwalificatie: null,
      werkproces: null,
    });
    const profiel = top('Ondersteunt bij persoonlijke zorg en ADL').find((h) => h.type === 'werkproces');
    expect(profiel).toMatchObject({
      id: '25498:P2-K1-W2',
      crebo: '25498',
      kwalificatie: 'Helpende Zorg en Welzijn',
      werkproces: 'P2-K1-W2',
    });
  });

  it('gives a basisdeel werkproces the dossier crebo, or the only profile when the dossier has none', () => {
    const basis = top('Maakt ruimtes gebruiksklaar').find((h) => h.werkproces === 'B1-K1-W2');
    expect(basis).toMatchObject({ crebo: '23189', kwalificatie: 'Dienstverlening' });
    const bediening = top('werkt met de kassa').find((h) => h.werkproces === 'B1-K1-W10');
    expect(bediening).toMatchObject({ crebo: '25168', kwalificatie: 'Gastheer/-vrouw' });
  });

  it('finds a werkproces by its code and crebo', () => {
    expect(top('25498 P2-K1-W2', 1)[0]).toMatchObject({ crebo: '25498', werkproces: 'P2-K1-W2' });
  });

  it('respects the limit, returns nothing for an empty question and is deterministic', () => {
    expect(index.search('zorg', { limit: 4 })).toHaveLength(4);
    expect(index.search('zorg')).toHaveLength(10);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('de het een')).toEqual([]);
    expect(index.search('kinderen en zorg')).toEqual(createSearchIndex(catalogue).search('kinderen en zorg'));
  });

  it('can restrict hits to some types', () => {
    expect(index.search('zorg', { types: ['werkproces'] }).every((h) => h.type === 'werkproces')).toBe(true);
  });
});

describe('validateQuery', () => {
  it('accepts a question up to the maximum and rejects empty or longer ones', () => {
    expect(validateQuery('  magazijn ')).toEqual({ ok: true, query: 'magazijn' });
    expect(validateQuery('a'.repeat(MAX_QUERY_LENGTH)).ok).toBe(true);
    expect(validateQuery(' \n ')).toEqual({ ok: false, reden: 'leeg', lengte: 0 });
    expect(validateQuery('a'.repeat(MAX_QUERY_LENGTH + 1))).toEqual({ ok: false, reden: 'te-lang', lengte: 501 });
  });
});
