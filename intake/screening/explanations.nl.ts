import type { Policy } from './policy';
import type { ActionCode, ReasonCode } from './rules';

/**
 * Plain-Dutch explanations that are part of the `screen` contract (`uitleg`).
 * Written for verwijzers, in the project's own words. The advice is never binding: these texts
 * say what a rule found and what to discuss, not what someone decides.
 */
export const REASON_UITLEG: Record<ReasonCode, (policy: Policy) => string> = {
  LEEFTIJD_ONDER_MINIMUM: (p) =>
    `De cliënt is jonger dan ${p.minimumLeeftijd} jaar, de minimumleeftijd in deze regio. ` +
    'Jongeren vallen vaak nog onder de leerplicht of kwalificatieplicht: kijk samen met school of het RMC naar ' +
    'een passende plek.',
  NOG_LEERLING_PRO_VSO: () =>
    'De cliënt zit nog op het praktijkonderwijs of het voortgezet speciaal onderwijs. ' +
    'Leren in de praktijk loopt dan via de school, bijvoorbeeld met een stage volgens de Boris-aanpak ' +
    '(de school regelt dan dat de leerling werkprocessen uit een mbo-beroep leert bij een leerbedrijf).',
  INGESCHREVEN_MBO: () =>
    'De cliënt staat al ingeschreven voor een mbo-opleiding en volgt dus al een route naar een diploma. ' +
    'Praktijkleren met een praktijkverklaring is bedoeld voor mensen die dat niet doen.',
  GEEN_MOTIVATIE: () =>
    'De cliënt wil nu zelf niet leren in de praktijk. Meedoen is altijd vrijwillig: zonder eigen wil start ' +
    'er geen traject. ' +
    'Verandert de cliënt van gedachten, kijk dan opnieuw.',
  STARTKWALIFICATIE_BRUIKBAAR: (p) =>
    p.startkwalificatie === 'streng'
      ? 'De cliënt heeft al een startkwalificatie (mbo niveau 2 of hoger, havo of vwo) die nog bruikbaar is. ' +
        'Volgens het beleid in deze regio is praktijkleren dan niet bedoeld voor deze cliënt.'
      : 'De cliënt heeft al een startkwalificatie die nog bruikbaar is. ' +
        'Deze regio laat daar ruimte voor, maar bespreek met het mbo of praktijkleren echt iets toevoegt.',
  DIPLOMAROUTE_HAALBAAR: () =>
    'De cliënt kan naar verwachting een mbo-opleiding volgen én in een schoolse omgeving meedoen. ' +
    'Dan gaat een opleiding met diploma (ook entree) of een mbo-certificaat voor, bijvoorbeeld in de bbl: zet ' +
    'de cliënt niet te laag in.',
  STARTKWALIFICATIE_VEROUDERD: () =>
    'De cliënt heeft een startkwalificatie, maar die is verouderd of het beroep is niet meer uit te oefenen. ' +
    'Een uitzondering is mogelijk; bespreek dat met het mbo, dat het meeweegt in het adviesgesprek.',
  STARTKWALIFICATIE_ONBEKEND: () =>
    'De cliënt heeft een startkwalificatie, maar het is niet bekend of dat diploma nog bruikbaar is. ' +
    'Bespreek dit met het mbo.',
  BUITENLANDS_DIPLOMA: () =>
    'De cliënt heeft een diploma uit het buitenland. Eerst moet duidelijk worden wat dat diploma in ' +
    'Nederland waard is.',
  LEERBAARHEID_ONBEKEND: () =>
    'Het is nog niet bekend of de cliënt een mbo-opleiding zou kunnen volgen en afronden. Dat moet eerst ' +
    'duidelijk worden.',
  SCHOOLBAARHEID_ONBEKEND: () =>
    'Het is nog niet bekend of de cliënt mee kan doen in een klas, met lessen en schoolregels. Dat moet ' +
    'eerst duidelijk worden.',
  MOTIVATIE_TWIJFEL: () =>
    'De cliënt twijfelt nog of hij of zij wil leren in de praktijk. Praat daar eerst over: meedoen is vrijwillig.',
  NIET_WERKFIT: () =>
    'De cliënt kan nu nog niet een paar dagen per week werken en afspraken nakomen. ' +
    'Misschien past eerst een andere stap richting werk beter.',
  TAAL_ONVOLDOENDE: () =>
    'De cliënt begrijpt nog te weinig Nederlands voor instructies op de werkvloer. Combineer het traject met ' +
    'taalondersteuning.',
};

/** The reason in a few plain words, for the intake team's card and the advice line. */
export const REASON_KORT: Record<ReasonCode, string> = {
  LEEFTIJD_ONDER_MINIMUM: 'jonger dan de minimumleeftijd',
  NOG_LEERLING_PRO_VSO: 'zit nog op praktijkonderwijs of vso',
  INGESCHREVEN_MBO: 'staat al ingeschreven bij een mbo-opleiding',
  GEEN_MOTIVATIE: 'wil nu zelf niet meedoen (meedoen is vrijwillig)',
  STARTKWALIFICATIE_BRUIKBAAR: 'heeft al een bruikbare startkwalificatie',
  DIPLOMAROUTE_HAALBAAR: 'een mbo-diploma of -certificaat lijkt haalbaar',
  STARTKWALIFICATIE_VEROUDERD: 'startkwalificatie verouderd of beroep niet meer uit te oefenen',
  STARTKWALIFICATIE_ONBEKEND: 'onbekend of de startkwalificatie nog bruikbaar is',
  BUITENLANDS_DIPLOMA: 'buitenlands diploma: waarde nog onbekend',
  LEERBAARHEID_ONBEKEND: 'nog onbekend of een mbo-opleiding haalbaar is',
  SCHOOLBAARHEID_ONBEKEND: 'nog onbekend of meedoen in een klas lukt',
  MOTIVATIE_TWIJFEL: 'twijfelt nog of hij of zij wil meedoen',
  NIET_WERKFIT: 'kan nu nog niet een paar dagen per week werken',
  TAAL_ONVOLDOENDE: 'begrijpt nog te weinig Nederlands voor de werkvloer',
};

export const ACTION_UITLEG: Record<ActionCode, string> = {
  LEERBEDRIJF_ZOEKEN: 'Zoek een leerbaan bij een leerbedrijf dat door SBB erkend is.',
  ERKENNING_LEERBEDRIJF:
    'Het bedrijf is nog geen erkend leerbedrijf: vraag de erkenning aan bij SBB voordat het traject start.',
  INKOMEN_REGELEN: 'Regel hoe de cliënt tijdens het traject inkomen heeft, bijvoorbeeld loon of een uitkering.',
  BEGELEIDING_REGELEN:
    'Op de werkvloer begeleidt de praktijkopleider van het leerbedrijf. Spreek af wie de cliënt daarnaast ' +
    'steunt als het lastig wordt, ' +
    'bijvoorbeeld een jobcoach. Dat is niet verplicht, maar helpt vaak.',
};

/** What a kansrijk advice rests on: every condition of the policy that was met. */
export const CRITERIA_VOLDAAN = (p: Policy): string[] => [
  `De cliënt is ${p.minimumLeeftijd} jaar of ouder en zit niet meer op praktijkonderwijs of vso.`,
  'De cliënt staat niet ingeschreven bij een mbo-opleiding en heeft geen bruikbare startkwalificatie.',
  'De cliënt kan (nog) niet zowel een mbo-opleiding aan als meedoen in een klas: een mbo-diploma of ' +
    '-certificaat lijkt daarom (nog) niet haalbaar.',
  'De cliënt wil zelf leren in de praktijk.',
  'De cliënt kan een paar dagen per week werken, eventueel met begeleiding, en begrijpt genoeg Nederlands ' +
    'voor de werkvloer.',
];

/** To-dos from answers that do not change the advice but need arranging. */
export const INFO_TODO = {
  taalBeperkt:
    'Het Nederlands is nog beperkt: regel taalondersteuning naast het traject, bijvoorbeeld taalles op de werkvloer.',
  uitkering:
    'Bespreek met de gemeente of het UWV wat het traject betekent voor de uitkering en hoe het inkomen tijdens ' +
    'het traject loopt.',
} as const;

/** Said with every advice: the report's participants wished they had heard it before. */
export const GEEN_BAANGARANTIE = 'Bespreek vooraf met de cliënt: praktijkleren geeft geen baangarantie.';

export const DISCLAIMER =
  'Dit is een indicatief advies, niet bindend. In het adviesgesprek geeft de mbo-instelling een eigen advies, ' +
  'dat ook niet bindend is, en controleert zij zelf de inschrijving en diploma’s bij DUO. De cliënt kiest ' +
  'zelf of hij of zij meedoet.';
