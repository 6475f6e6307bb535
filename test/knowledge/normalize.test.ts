import { describe, expect, it } from 'vitest';
import { Lexicon, splitCompound } from '../../knowledge/search/decompound';
import {
  contentTokens,
  documentText,
  foldAccents,
  queryTokens,
  stem,
  titleVerbRoots,
  tokenize,
} from '../../knowledge/search/normalize';

describe('normalize', () => {
  it('lowercases and folds accents', () => {
    expect(foldAccents('Cliënt in het Café, Conciërge')).toBe('client in het cafe, concierge');
  });

  it('tokenizes words and keeps werkproces codes whole', () => {
    expect(tokenize("P2-K1-W3 en b1-k1: auto's (25498)")).toEqual(['p2-k1-w3', 'b1-k1', 'en', 'auto', 's', '25498']);
  });

  it('stems Dutch words with the Snowball stemmer', () => {
    expect(stem('magazijnen')).toBe(stem('magazijn'));
    expect(stem('schoonmaken')).toBe(stem('schoonmaak'));
    expect(stem('verzorging')).toBe(stem('verzorgen'));
    expect(stem('ziekenhuizen')).toBe(stem('ziekenhuis'));
    expect(stem('p2-k1-w2')).toBe('p2-k1-w2');
  });

  it('keeps "ouderen" apart from "ouders"', () => {
    expect(stem('ouderen')).not.toBe(stem('ouders'));
  });

  it('drops function words, question fillers and the client from a question', () => {
    expect(queryTokens('Mijn cliënt wil graag iets met planten doen')).toEqual(['planten']);
    expect(queryTokens('Wat doet een assistent logistiek?')).toEqual(['assistent', 'logistiek']);
  });

  it('reads chat shorthand and drops softeners: "ff", "zn", "gewoon", "alleen"', () => {
    expect(queryTokens('ff vragen: krijgt mn klant zn loon gewoon door?')).toEqual(['loon']);
    expect(queryTokens('liever een wep met alleen pw')).toEqual(['liever', 'werkervaringsplek', 'participatiewet']);
  });

  it('drops the "mee" of "er ... mee", keeps it on its own ("mag ik mee")', () => {
    expect(queryTokens('hoeveel tijd is hij er mee kwijt')).toEqual(['hoeveel', 'tijd', 'kwijt']);
    expect(queryTokens('mag ik mee naar het gesprek')).toEqual(['mee', 'gesprek']);
  });
});

describe('everyday phrases in a question', () => {
  it('reads "heeft ... er ... aan" as "eraan" (what it brings), not other split "er ... aan"', () => {
    expect(queryTokens('wat heeft ze er nou aan')).toEqual(['eraan']);
    expect(queryTokens('hebben ze daar iets aan')).toEqual(['daaraan']);
    expect(queryTokens('zitten er kosten aan')).toEqual(['zitten', 'kosten']);
  });

  // The wish before the age is now looked for behind a matched age: a lookbehind in front of the
  // pattern was tried at every position and scanned back to the start (quadratic: ~90 ms for a
  // 4,000-character menu text). No timing is asserted; the readings on either side are.
  it('leaves out an age said beside a wish for work, before or after it, however far apart', () => {
    expect(queryTokens('ze is 52 en wil in het groen')).toEqual(['groen']);
    expect(queryTokens('werkt in de afwas, hij is 45')).toEqual(['afwas']);
    expect(queryTokens(`werkt in de afwas,${' '.repeat(3000)}hij is 45`)).toEqual(['afwas']);
    expect(queryTokens(`ze is 52 en${' nog'.repeat(800)} wil in het groen`)).toEqual(['groen']);
    expect(queryTokens('hij is 60')).toEqual(['60', 'leeftijd', 'voorwaarden']);
  });

  it('drops a figure of speech: "in dit verhaal" is no story of a participant', () => {
    expect(queryTokens('wie betaalt wat in dit hele verhaal')).toEqual(['wie', 'betaalt']);
    expect(queryTokens('verhalen van deelnemers')).toEqual(['verhalen', 'deelnemers']);
  });

  it("reads age, fit, a diploma the client has and others' experiences as what is asked", () => {
    expect(queryTokens('is hij met 60 niet te oud')).toEqual(['60', 'leeftijd', 'voorwaarden']);
    expect(queryTokens('is dit dan iets voor mijn klant')).toEqual(['doelgroep']);
    expect(queryTokens('hij heeft al een havo diploma')).toEqual(['startkwalificatie', 'diploma']);
    expect(queryTokens('zijn er mensen die het al gedaan hebben')).toEqual(['ervaringen']);
    expect(queryTokens('en hoe ging het?')).toEqual(['ervaringen']);
  });

  it('reads getting started, who decides and still being at school as what is asked', () => {
    expect(queryTokens('waar begin ik')).toEqual(['aanmelden', 'stappen']);
    expect(queryTokens('wie beslist of hij mag')).toEqual(['beslissen']);
    expect(queryTokens('wie kiest de werkprocessen')).toEqual(['wie', 'kiest', 'werkprocessen']);
    expect(queryTokens('ze zit nog op het vso')).toEqual(['zit', 'vso', 'doelgroep']);
  });

  it('reads the paper at the end, fit without a person, years at home and whether it works as what is asked', () => {
    expect(queryTokens('wat heeft hij dan zwart op wit')).toEqual(['papiertje', 'bewijs']);
    // "wat heeft ze uiteindelijk" and "in handen" both ask for the paper at the end
    expect(queryTokens('wat heeft ze uiteindelijk in handen')).toEqual(['papiertje', 'bewijs', 'papiertje', 'bewijs']);
    expect(queryTokens('zou dat wel wat zijn?')).toEqual(['doelgroep']);
    expect(queryTokens('kan hij toch meedoen')).toEqual(['doelgroep']);
    expect(queryTokens('zit al een paar jaar thuis')).toEqual(['werkloos']);
    expect(queryTokens('helpt dit eigenlijk wel?')).toEqual(['effect']);
    expect(queryTokens('hoe werkt dat?')).toEqual(['procedure', 'stappen']);
    expect(queryTokens('wat krijgt ze mee')).toEqual([]);
    expect(queryTokens('is al heel lang werkloos')).toEqual(['werkloos']);
    expect(queryTokens('iets in de zorgsector of de bouwbranche')).toEqual(['zorgsector', 'bouwbranche']);
    expect(queryTokens('iets in de groene sector')).toEqual(['groene']);
    // "werkt het" inside a longer question keeps its words
    expect(queryTokens('werkt het ook in de bouw')).toEqual(['bouw']);
  });

  it('leaves out a name with a capitalised article inside a sentence, not an article that opens one', () => {
    expect(queryTokens('naaiatelier van Werkbedrijf Het Baken')).toEqual(['naaiatelier', 'werkbedrijf']);
    expect(queryTokens('ze werkt bij De Hoop in de keuken')).toEqual(['keuken']);
    expect(queryTokens('De klant wil in de zorg')).toEqual(['zorg']);
  });

  it('reads two fields at once as combining, another route as the difference, and keeping a benefit as income', () => {
    expect(queryTokens('groen en de techniek samen')).toEqual(['groen', 'techniek', 'combineren']);
    expect(queryTokens('een deel bouw en een deel schoonmaak')).toEqual(['combineren', 'bouw', 'schoonmaak']);
    expect(queryTokens('waarom niet liever een proefplaatsing')).toEqual(['verschil', 'proefplaatsing']);
    expect(queryTokens('is dit een soort leerwerkplek')).toEqual(['verschil', 'leerwerkplek']);
    expect(queryTokens('verliest ze haar wia')).toEqual(['verliest', 'wia', 'inkomen']);
    expect(queryTokens('past het op zijn leeftijd nog')).toEqual(['leeftijd', 'doelgroep']);
  });

  it("reads the school as the client's lessons or as the mbo, not as a place to work", () => {
    expect(queryTokens('moet ze naar school')).toEqual(['lessen']);
    expect(queryTokens('wat doet het roc')).toEqual(['rollen', 'mbo', 'instelling']);
    expect(queryTokens('concierge op een school')).toEqual(['concierge', 'school']);
  });
});

describe('compound splitting', () => {
  const lexicon = new Lexicon();
  for (const word of [
    'heftruck',
    'magazijn',
    'medewerker',
    'kinderopvang',
    'bedrijf',
    'restaurant',
    'schoonmaak',
    'schoonmaakwerk',
    'zorgboerderij',
    'zorg',
    'boerderij',
    'doelgroepregistratie',
    'doel',
    'registratie',
    'werk',
  ])
    lexicon.add(word);

  it('splits an unknown compound into its known parts', () => {
    expect(splitCompound('vorkheftruck', lexicon)).toEqual(['heftruck']);
    expect(splitCompound('magazijnmedewerkster', lexicon)).toEqual(['magazijn']);
    expect(splitCompound('bedrijfsrestaurant', lexicon).map(stem)).toEqual([stem('bedrijf'), stem('restaurant')]);
  });

  it('also splits a long known word, but leaves short known words and unknown parts alone', () => {
    expect(splitCompound('schoonmaakwerk', lexicon)).toEqual(['schoonmaak', 'werk']);
    expect(splitCompound('kinderopvang', lexicon)).toEqual([]);
    expect(splitCompound('heftruck', lexicon)).toEqual([]);
    expect(splitCompound('heftruk', lexicon)).toEqual([]);
  });

  it('splits a known word only where two known parts meet', () => {
    expect(splitCompound('zorgboerderij', lexicon)).toEqual(['zorg', 'boerderij']);
    // "doel" + "groep" + "registratie" with "groep" unknown: the parts do not meet, so no "doel" on its own
    expect(splitCompound('doelgroepregistratie', lexicon)).toEqual([]);
  });
});

describe('"zorgen voor / dat" in the documents', () => {
  it('is the verb "sees to it", not the care sector: left out of titles and texts, the rest stays', () => {
    expect(titleVerbRoots('Zorgt voor een veilig pedagogisch klimaat')).toEqual([]);
    expect(contentTokens(documentText('Draagt zorg voor huishoudelijke werkzaamheden'))).toEqual([
      'huishoudelijke',
      'werkzaamheden',
    ]);
    expect(contentTokens(documentText('Ze zorgt ervoor dat alles klaarstaat'))).not.toContain('zorgt');
    // the noun stays: "persoonlijke zorg", "de zorg voor ouderen"
    expect(contentTokens(documentText('Ondersteunt bij persoonlijke zorg en ADL'))).toContain('zorg');
    expect(contentTokens(documentText('de zorg voor ouderen'))).toContain('zorg');
  });
});
