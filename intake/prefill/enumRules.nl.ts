import type { Answers } from '../screening/answers';

/**
 * Dutch phrasings per screening field, on lower-cased text. A rule fires when `match` is
 * found and `unless` is not. `first`: the first firing rule wins (rules are ordered from
 * specific to general). `unique`: the field is set only when all firing rules agree;
 * "gemotiveerd maar twijfelt" sets nothing. Precision over recall: a phrase that can mean
 * two things is left out.
 */
export type EnumRule<V> = { value: V; match: RegExp; unless?: RegExp };
export type FieldRules<V> = { resolve: 'first' | 'unique'; rules: readonly EnumRule<V>[] };

export const SITUATIE_RULES: FieldRules<Answers['situatie']> = {
  resolve: 'first',
  rules: [
    {
      value: 'leerling-pro-vso',
      match:
        /\b(?:zit|is) (?:nu )?(?:nog )?op (?:het |de )?(?:praktijkonderwijs|praktijkschool|pro|vso|voortgezet speciaal onderwijs)\b/,
    },
    { value: 'leerling-pro-vso', match: /\bnog op (?:het |de )?(?:praktijkonderwijs|praktijkschool|pro|vso)\b/ },
    {
      value: 'leerling-pro-vso',
      match: /\bleerling (?:van |op |in )?(?:het |de )?(?:praktijkonderwijs|pro|vso)\b|\b(?:pro|vso)-leerling/,
    },
    {
      value: 'gedetineerd',
      match:
        /(?<!ex-?)\bgedetineerde?\b|\bin detentie\b|\bzit (?:nu |momenteel |op dit moment )?(?:vast|in (?:de |een )?(?:gevangenis|pi|huis van bewaring))\b/,
      unless: /\b(?:was|vroeger|ex-?)\s?gedetineerd/,
    },
    {
      value: 'schoolverlater',
      match: /\bschoolverlater|\b(?:komt )?net van school|\bvan school af\b|\bnet klaar met school/,
    },
    {
      value: 'werkend',
      match:
        /\bheeft (?:nu )?(?:een )?(?:vaste? |tijdelijke? |betaalde )?(?:baan|contract|arbeidscontract|dienstverband)\b|\bwerkt (?:nu |momenteel |al |op dit moment )?(?:\d+ uur|als|bij|parttime|fulltime|in loondienst)\b|\bis werkend\b|\bin loondienst\b|\bwerkt (?:al |nu |sinds )?(?:\d+|een|twee|drie|vier|vijf) (?:jaar|jaren|maanden|maand|weken) (?:bij|als|in|op)\b|\b(?:uitzendkracht|oproepkracht|invalkracht)\b|\bvia (?:een |het )?uitzendbureau\b/,
      unless: /\bvrijwillig|\bwerkt (?:nu |momenteel |op dit moment )?niet\b|\bwerkte\b/,
    },
    {
      value: 'werkzoekend',
      match:
        /\bwerkzoekend|\bwerkloos|\bzonder (?:betaald )?werk\b|\b(?:heeft )?geen (?:betaald )?(?:werk|baan)\b|\bzoekt (?:betaald )?werk\b|\bwerkt (?:al \S+ jaar |nu |momenteel |op dit moment )?niet(?: meer)?\b|\bzit (?:al (?:\S+ )?(?:jaar|jaren|maanden|maand) )?thuis\b/,
    },
  ],
};

export const UITKERING_RULES: FieldRules<Answers['uitkering']> = {
  resolve: 'unique',
  rules: [
    { value: 'participatiewet', match: /(?<!geen )\b(?:participatiewet|bijstand|pw-uitkering|p-wet\b)/ },
    { value: 'ww', match: /(?<!geen )\b(?:ww\b|ww-uitkering|werkloosheidsuitkering|werkloosheidswet)/ },
    { value: 'wia', match: /(?<!geen )\b(?:wia|wga|iva)(?:\b|-uitkering)/ },
    { value: 'wajong', match: /(?<!geen )\bwajong/ },
    { value: 'geen', match: /\b(?:geen|zonder) uitkering|\bniet[- ]uitkeringsgerechtigd|\bnugg?er\b/ },
  ],
};

export const TAAL_RULES: FieldRules<Answers['taal']> = {
  resolve: 'unique',
  rules: [
    {
      value: 'onvoldoende',
      match:
        /\b(?:spreekt|begrijpt|kent) (?:nog )?(?:geen|nauwelijks|bijna geen|amper) (?:woord )?nederlands|\btaal (?:is )?(?:onvoldoende|heel slecht|zeer beperkt)|\bnederlands (?:is )?onvoldoende/,
    },
    {
      value: 'beperkt',
      match:
        /\btaal (?:is |nog |wel )*(?:lastig|moeilijk|beperkt|matig|zwak|een probleem|een uitdaging)|\b(?:spreekt|begrijpt|kent) (?:nog )?(?:beperkt|een beetje|wat|matig|gebrekkig|weinig) nederlands|\bnederlands (?:is |nog |wel )*(?:beperkt|matig|lastig|moeilijk|zwak|gebrekkig|niet zo goed)|\b(?:taal)?niveau a[12]\b|\btaalachterstand|\bmoeite met (?:de )?(?:nederlandse )?(?:taal|nederlands)/,
    },
    {
      value: 'voldoende',
      match:
        /\b(?:spreekt|begrijpt|beheerst) (?:de taal |het nederlands |nederlands )?(?:goed|prima|vloeiend|uitstekend|voldoende)(?: nederlands)?\b|\bnederlands (?:is |gaat )?(?:goed|prima|vloeiend|voldoende|geen probleem)|\btaal (?:is |gaat )?(?:goed|prima|voldoende|geen probleem)|\bnederlands (?:als )?moedertaal|\bmoedertaal (?:is )?nederlands|\b(?:taal)?niveau (?:b1|b2|c1)\b|\bnederlandstalig/,
    },
  ],
};

export const MOTIVATIE_RULES: FieldRules<Answers['motivatie']> = {
  resolve: 'unique',
  rules: [
    {
      value: 'nee',
      match:
        /\b(?:niet|weinig te) gemotiveerd|\bgeen motivatie|\bongemotiveerd|\bwil (?:zelf )?(?:niet|geen) (?:leren|meedoen|traject|opleiding)|\bheeft (?:er )?geen zin\b|\bziet het niet zitten/,
    },
    {
      value: 'twijfel',
      match: /\btwijfel|\bweet (?:nog )?niet (?:zeker )?of\b|\b(?:weinig|matig|wisselend) gemotiveerd/,
    },
    {
      value: 'ja',
      match:
        /(?<!\b(?:niet|weinig|matig|wisselend|minder|nauwelijks) (?:erg |zo |echt |heel )?)\bgemotiveerd|\bwil (?:heel |erg |echt |zelf )?graag (?:leren|aan de slag|een vak leren|een diploma|een praktijkverklaring|iets leren)|\bmotivatie is (?:goed|groot|hoog)|\bgoede motivatie/,
    },
  ],
};

export const WERKFIT_RULES: FieldRules<Answers['werkfit']> = {
  resolve: 'unique',
  rules: [
    {
      value: 'nee',
      match:
        /\b(?:niet|nog niet) werkfit|\bkan (?:nu )?(?:nog )?niet werken|\b(?:nog )?niet belastbaar|\bniet inzetbaar/,
      unless: /\bniet werkfit[^.;]{0,30}\bwel\b/,
    },
    {
      value: 'met-begeleiding',
      match:
        /\bwerkfit met (?:begeleiding|ondersteuning|hulp)|\bmet (?:begeleiding|ondersteuning|een jobcoach) (?:is (?:hij|zij|ze) )?werkfit|\bkan (?:goed )?werken met (?:begeleiding|ondersteuning)|\bbeperkt belastbaar/,
      unless: /\bniet werkfit/,
    },
    {
      value: 'ja',
      match:
        /(?<!\b(?:niet|nog niet) )\bwerkfit\b(?! met)(?!, wel met)|\b(?:goed|volledig) belastbaar|\bkomt (?:zijn |haar )?afspraken (?:goed )?na|\bkan (?:goed )?afspraken nakomen/,
    },
  ],
};

export const LEERBEDRIJF_RULES: FieldRules<Answers['leerbedrijf']> = {
  resolve: 'unique',
  rules: [
    {
      value: 'niet-erkend',
      match:
        /\b(?:nog )?niet[- ]erkend|\bnog niet (?:sbb[- ])?erkend|\b(?:geen|zonder) (?:sbb-)?erkenning|\berkenning (?:loopt|is aangevraagd|wordt aangevraagd|in aanvraag)/,
    },
    {
      value: 'erkend',
      match:
        /(?<!\b(?:niet|geen|nog geen)[- ])\berkend (?:leerbedrijf|bedrijf)|(?<!\bniet )\bsbb[- ]erkend|(?<!\bniet )\berkend door (?:de )?sbb|\bleerbedrijf is erkend/,
    },
    {
      value: 'geen',
      match:
        /\b(?:nog )?geen (?:erkend )?(?:leerbedrijf|leerbaan|leerwerkplek|werkgever)\b|\bzoekt (?:nog )?(?:een )?leerbedrijf|\b(?:leerbedrijf|leerbaan|werkplek) (?:moet|wordt) (?:nog )?gezocht/,
    },
  ],
};

export const BEGELEIDING_RULES: FieldRules<Answers['begeleiding']> = {
  resolve: 'unique',
  rules: [
    {
      value: false,
      match:
        /\bgeen (?:vaste )?(?:jobcoach|begeleider|trajectbegeleider|werkcoach)\b|\bgeen begeleiding (?:vanuit|van|via)\b/,
    },
    {
      value: true,
      match:
        /(?<!\b(?:geen|zonder) (?:vaste )?)\b(?:jobcoach|trajectbegeleider|begeleider|werkcoach)\b(?! (?:nodig|regelen|zoeken|aanvragen|gezocht|moet|wordt nog))|\bbegeleiding (?:vanuit|via|door) (?:de |het |ons |onze |mij\b|mijn )/,
    },
  ],
};

export const INGESCHREVEN_MBO_RULES: FieldRules<Answers['ingeschrevenMbo']> = {
  resolve: 'unique',
  rules: [
    { value: false, match: /\b(?:niet|nergens) (?:meer )?ingeschreven|\bgeen (?:mbo-)?inschrijving/ },
    {
      value: true,
      match:
        /\b(?:staat|is) (?:nu )?ingeschreven (?:bij|op|aan|voor) (?:een |het )?mbo|\bvolgt (?:nu )?(?:een )?mbo-opleiding|\bzit (?:nu )?op (?:het |een )?mbo\b|\bmbo-student/,
      unless: /\bniet (?:meer )?ingeschreven/,
    },
  ],
};
