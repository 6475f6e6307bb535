/**
 * Chat shorthand a busy verwijzer types, read as the words it stands for before anything else:
 * "denk t niet" is "denk het niet", "jep" is "ja", "ff" is "even", "wep" is "werkervaringsplek".
 * The one list for typed answers (dialogs/shared/meaning.ts) and search questions
 * (normalize.ts); it lives here because dialogs may import knowledge, not the other way round.
 * Keys are single folded words (lower case, no accents); a value may be more than one word.
 */
const CHAT_SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['t', 'het'],
  ['k', 'ik'],
  ['kweet', 'ik weet'],
  ['tis', 'het is'],
  ['idd', 'inderdaad'],
  ['jep', 'ja'],
  ['jup', 'ja'],
  ['jip', 'ja'],
  ['yep', 'ja'],
  ['yup', 'ja'],
  ['jah', 'ja'],
  ['jazekers', 'jazeker'],
  ['zekers', 'zeker'],
  ['nope', 'nee'],
  ['nah', 'nee'],
  ['neuh', 'nee'],
  ['nop', 'nee'],
  // the Flemish and older written form
  ['neen', 'nee'],
  ['idk', 'weet ik niet'],
  ['dunno', 'weet ik niet'],
  ['maybe', 'misschien'],
  ['nie', 'niet'],
  ['ni', 'niet'],
  ['mss', 'misschien'],
  // "kan dit ook binnen de PI"
  ['pi', 'detentie'],
  ['misch', 'misschien'],
  ['wss', 'waarschijnlijk'],
  ['wrs', 'waarschijnlijk'],
  ['ff', 'even'],
  ['gwn', 'gewoon'],
  // spelling slips: "geen ideej", "nog niet erkent" (d/t), "werke", "tegniek"
  ['ideej', 'idee'],
  ['erkent', 'erkend'],
  ['werke', 'werken'],
  ['lnag', 'lang'],
  ['lagn', 'lang'],
  ['tegniek', 'techniek'],
  ['tegnisch', 'technisch'],
  ['effe', 'even'],
  ['jc', 'jobcoach'],
  ['zn', 'zijn'],
  ['mn', 'mijn'],
  ['wt', 'wat'],
  // vowels left out: "hoe mld ik hem aan"
  ['mld', 'meld'],
  // a file's abbreviations: "bijst.", "uitk."
  ['bijst', 'bijstand'],
  ['pwet', 'participatiewet'],
  ['uitk', 'uitkering'],
  // "k weet het niet" run together
  ['kweenie', 'ik weet het niet'],
  ['kwenie', 'ik weet het niet'],
  ['kweetnie', 'ik weet het niet'],
  // regional spellings (Gronings, Twents) of everyday words: "gain idee", "wait nait", "bie ons", "veur"
  ['gain', 'geen'],
  ['nait', 'niet'],
  ['wait', 'weet'],
  ['hai', 'hij'],
  ['haald', 'gehaald'],
  ['waark', 'werk'],
  ['bie', 'bij'],
  ['veur', 'voor'],
  ['mot', 'moet'],
  // Limburgs: "wil neet", "jao", "gein uitkering"
  ['neet', 'niet'],
  ['jao', 'ja'],
  ['gein', 'geen'],
  // Frysk, as a klantmanager in Friesland mixes it in: "gjin wurk", "hy wol graach", "yn de soarch", "ja hear"
  ['gjin', 'geen'],
  ['hy', 'hij'],
  ['wol', 'wil'],
  ['graach', 'graag'],
  ['wurk', 'werk'],
  ['thus', 'thuis'],
  ['bystan', 'bijstand'],
  ['twifelet', 'twijfelt'],
  ['bytsje', 'beetje'],
  ['plak', 'plek'],
  ['begelieder', 'begeleider'],
  ['soarch', 'zorg'],
  ['yn', 'in'],
  ['ek', 'ook'],
  ['kin', 'kan'],
  ['witte', 'weet'],
  ['hear', 'hoor'],
  ['frysk', 'fries'],
  ['hvl', 'hoeveel'],
  ['hoevl', 'hoeveel'],
  ['ie', 'hij'],
  ['evt', 'eventueel'],
  ['ipv', 'in plaats van'],
  ['wep', 'werkervaringsplek'],
  ['pw', 'participatiewet'],
  // the paper itself, short: "wat is een pv", "twee pv's"
  ['pv', 'praktijkverklaring'],
  ['pvs', 'praktijkverklaringen'],
  // the trade's abbreviations: loonkostensubsidie, Perspectief op Werk, beroepspraktijkvorming, voortijdig
  // schoolverlaten ("vsv'er"), erkenning van verworven competenties, maanden ("nah" is "nee" above; the
  // search reads "met nah" as hersenletsel in questionPhrases.nl.ts)
  ['lks', 'loonkostensubsidie'],
  ['pow', 'perspectief op werk'],
  ['bpv', 'beroepspraktijkvorming'],
  ['vsv', 'voortijdig schoolverlater'],
  ['vsvers', 'voortijdig schoolverlaters'],
  ['evc', 'evc-traject'],
  ['mnd', 'maanden'],
  ['mnden', 'maanden'],
]);

/** What one folded word of chat shorthand stands for ("kweet" → "ik weet"); any other word as it is. */
export function spelledOut(word: string): string {
  return CHAT_SHORTHAND.get(word) ?? word;
}
