import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../knowledge/search/decompound';
import { stem } from '../../knowledge/search/normalize';
import { QueryPlanner, SynonymTable } from '../../knowledge/search/queryPlan';

describe('query planner', () => {
  const lexicon = new Lexicon();
  for (const word of ['aanmelden', 'magazijn', 'heftruck']) lexicon.add(word);
  const terms = (planner: QueryPlanner, query: string, word: string) =>
    planner
      .plan(query)
      .find((c) => c.word === word)
      ?.alternatives.map((a) => a.term);

  it('works a word out once and reuses it in later questions, with or without loose particles', () => {
    const planner = new QueryPlanner(lexicon, new SynonymTable({ heftruck: ['magazijn'] }));
    const first = planner.plan('vorkheftruck rijden')[0]!;
    expect(first.alternatives.map((a) => a.term)).toEqual(['vorkheftruck', 'heftruck', 'magazijn']);
    expect(planner.plan('in een vorkheftruck')[0]).toBe(first);
  });

  it('reads "<field>werk" or "<field>baan" as the field, unless the whole word names an entry itself', () => {
    const words = new Lexicon();
    for (const name of ['bakkerij', 'afspraken', 'afsprakenbaan']) words.add(name, true);
    for (const word of ['bakkerijwerk', 'werk', 'baan']) words.add(word);
    const planner = new QueryPlanner(words, new SynonymTable({ bakkerij: ['brood'] }));
    const alternatives = planner.plan('bakkerijwerk')[0]!.alternatives;
    // the field at the full weight of a word, and its synonyms: "bakkerijwerk" is "bakkerij"
    expect(alternatives.find((a) => a.term === 'bakkerij')?.weight).toBe(1);
    expect(alternatives.map((a) => a.term)).toContain(stem('brood'));
    expect(terms(planner, 'bakkerijbaantje', 'bakkerijbaantje')).toContain('bakkerij');
    // "afsprakenbaan" is a thing of its own, not "afspraken"
    const own = planner.plan('afsprakenbaan')[0]!.alternatives;
    expect(own.find((a) => a.term === stem('afspraken'))?.weight ?? 0).toBeLessThan(1);
  });

  it('a loose particle that makes a separable verb adds it, and the verb does not stick to the word', () => {
    const planner = new QueryPlanner(lexicon, new SynonymTable({}));
    expect(terms(planner, 'hoe meld ik hem', 'meld')).not.toContain('aanmeld');
    expect(terms(planner, 'hoe meld ik hem aan', 'meld')).toContain('aanmeld');
    expect(terms(planner, 'hoe meld ik hem', 'meld')).not.toContain('aanmeld');
  });
});
