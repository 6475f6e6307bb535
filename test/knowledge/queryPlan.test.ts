import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../knowledge/search/decompound';
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

  it('a loose particle that makes a separable verb adds it, and the verb does not stick to the word', () => {
    const planner = new QueryPlanner(lexicon, new SynonymTable({}));
    expect(terms(planner, 'hoe meld ik hem', 'meld')).not.toContain('aanmeld');
    expect(terms(planner, 'hoe meld ik hem aan', 'meld')).toContain('aanmeld');
    expect(terms(planner, 'hoe meld ik hem', 'meld')).not.toContain('aanmeld');
  });
});
