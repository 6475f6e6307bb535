import { describe, expect, it } from 'vitest';
import { withChatSpellings } from '../../dialogs/shared/meaning';
import { foldText } from '../../dialogs/shared/typedAnswer';
import { loadCatalogue } from '../../knowledge/catalogue';
import { queryTokens } from '../../knowledge/search/normalize';
import { createSearchIndex } from '../../knowledge/search/searchIndex';

/** Shorthand as a busy verwijzer types it, and the same sentence written out. */
const SPELLED: [string, string][] = [
  ['ff kijken wt een wep kost', 'even kijken wat een werkervaringsplek kost'],
  ['houdt hij zn pw als hij meedoet', 'houdt hij zijn participatiewet als hij meedoet'],
  ['effe vragen: krijgt mn klant loon?', 'even vragen: krijgt mijn klant loon?'],
  ['denk t niet, mss later', 'denk het niet, misschien later'],
  ['nope', 'nee'],
  ['wrs niet', 'waarschijnlijk niet'],
  ['hvl uur moet ie per week', 'hoeveel uur moet hij per week'],
  ['een jc vanuit de gemeente', 'een jobcoach vanuit de gemeente'],
];

describe('chat shorthand: one list for typed answers and search questions', () => {
  it.each(SPELLED)('a typed answer reads "%s" as "%s"', (short, spelled) => {
    expect(withChatSpellings(foldText(short))).toBe(foldText(spelled));
  });

  it.each(SPELLED)('a search question reads "%s" as "%s"', (short, spelled) => {
    expect(queryTokens(short)).toEqual(queryTokens(spelled));
  });

  it('a hedge ("wrs", "idd") is no search word: "wrs niet" finds nothing, as "misschien niet" does', () => {
    const index = createSearchIndex(loadCatalogue());
    expect(queryTokens('wrs niet')).toEqual([]);
    expect(queryTokens('idd, wss wel een wep')).toEqual(['werkervaringsplek']);
    expect(index.search('wrs niet', { limit: 3 })).toEqual([]);
  });

  it('"jc" is searched as "jobcoach", as typed answers read it', () => {
    const index = createSearchIndex(loadCatalogue());
    const top = (q: string) => index.search(q, { limit: 1 })[0]?.id;
    expect(top('een jc vanuit de gemeente')).toBe('praktijkopleider-en-jobcoach');
    expect(top('een jc vanuit de gemeente')).toBe(top('een jobcoach vanuit de gemeente'));
  });

  it('a word that is no shorthand stays as it is, whatever its name', () => {
    expect(withChatSpellings('constructor tostring')).toBe('constructor tostring');
    expect(queryTokens('constructor')).toEqual(['constructor']);
  });
});
