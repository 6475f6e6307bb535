import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../knowledge/catalogue';
import { createSearchIndex } from '../../knowledge/search/searchIndex';
import { suggestWerkprocessen } from '../../knowledge/search/suggest';

const catalogue = loadCatalogue();
const index = createSearchIndex(catalogue);
const keys = (s: ReturnType<typeof suggestWerkprocessen>) =>
  s.werkprocessen.map((x) => `${x.werkproces.crebo}:${x.werkproces.code}`);

describe('suggestWerkprocessen', () => {
  it('suggests care werkprocessen for a client who wants to care for elderly people', () => {
    const s = suggestWerkprocessen(catalogue, index, 'zorg voor ouderen, helpen met eten en aankleden');
    expect(keys(s).slice(0, 3)).toContain('25498:P2-K1-W2');
    expect(s.werkprocessen.length).toBeLessThanOrEqual(8);
    for (const x of s.werkprocessen) expect(x.werkproces.uitleg).not.toBeNull();
  });

  it('ranks by score within one interest', () => {
    const scores = suggestWerkprocessen(catalogue, index, 'zorg voor ouderen').werkprocessen.map((x) => x.score);
    expect(scores.length).toBeGreaterThan(1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('uses the workplace and moves a basisdeel werkproces to a fitting profile', () => {
    const s = suggestWerkprocessen(catalogue, index, 'koffie zetten en broodjes smeren', {
      werkplek: 'kantine van een kantoor',
      limit: 5,
    });
    const voeding = s.werkprocessen.find((x) => x.werkproces.code === 'B1-K1-W8');
    expect(voeding?.werkproces.dossier.naam).toBe('Dienstverlening');
    expect(['23189', '25499', '25498', '25500']).toContain(voeding?.werkproces.crebo);
  });

  it('names fitting kwalificaties without loaded werkprocessen instead of inventing codes', () => {
    const s = suggestWerkprocessen(catalogue, index, 'magazijn en orderpicken');
    expect(s.zonderWerkprocessen.map((k) => k.crebo)).toContain('25254');
    expect(
      s.werkprocessen.every((x) => catalogue.werkproces(x.werkproces.crebo, x.werkproces.code) !== undefined),
    ).toBe(true);
  });

  it('keeps to the kwalificaties on offer, homing basisdeel werkprocessen under an allowed profile', () => {
    const s = suggestWerkprocessen(catalogue, index, 'schoonmaken en ruimtes klaarzetten', { crebos: ['25499'] });
    expect(s.werkprocessen.length).toBeGreaterThan(0);
    expect(s.werkprocessen.every((x) => x.werkproces.crebo === '25499')).toBe(true);
    expect(keys(s)).toContain('25499:B1-K1-W2');
  });

  it('adds the werkprocessen of a fitting kwalificatie', () => {
    const s = suggestWerkprocessen(catalogue, index, 'kinderopvang', { limit: 20 });
    expect(s.werkprocessen.some((x) => x.via === 'kwalificatie' && x.werkproces.crebo === '25486')).toBe(true);
  });

  it('suggests nothing for empty interests', () => {
    expect(suggestWerkprocessen(catalogue, index, '  ')).toEqual({
      werkprocessen: [],
      kwalificaties: [],
      zonderWerkprocessen: [],
      nietGevonden: [],
      hogerNiveau: 0,
      beroepenEerst: false,
    });
  });
});
