import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../knowledge/catalogue';
import { lazySearchIndex } from '../../knowledge/search/lazySearchIndex';
import { createSearchIndex } from '../../knowledge/search/searchIndex';

const catalogue = loadCatalogue();

describe('lazySearchIndex (start-up does not build the search index, issue 18)', () => {
  it('builds nothing until the first search, then builds once for every later search', () => {
    let builds = 0;
    const index = lazySearchIndex(() => {
      builds++;
      return createSearchIndex(catalogue);
    });
    expect(builds).toBe(0);
    index.search('magazijn');
    index.searchWeighed('zorg voor kinderen', { limit: 3 });
    expect(index.documentCount).toBeGreaterThan(0);
    expect(builds).toBe(1);
  });

  it('warm() builds it ahead of the first search, once', () => {
    let builds = 0;
    const index = lazySearchIndex(() => {
      builds++;
      return createSearchIndex(catalogue);
    });
    index.warm();
    expect(builds).toBe(1);
    index.warm();
    index.search('magazijn');
    expect(builds).toBe(1);
  });

  it('answers the first search like the index built at once: the same hits, scores and coverage', () => {
    const eager = createSearchIndex(catalogue);
    for (const question of ['helpnde zorg en welzjin', 'statushouder zonder diploma in de keuken', 'magazijn']) {
      expect(lazySearchIndex(() => createSearchIndex(catalogue)).search(question)).toEqual(eager.search(question));
      expect(lazySearchIndex(() => createSearchIndex(catalogue)).searchWeighed(question, { limit: 5 })).toEqual(
        eager.searchWeighed(question, { limit: 5 }),
      );
    }
    expect(lazySearchIndex(() => createSearchIndex(catalogue)).documentCount).toBe(eager.documentCount);
  });
});
