import type { Policy } from './policy';
import type { ActionCode, ReasonCode } from './rules';

/**
 * Plain-Dutch explanations that are part of the `screen` contract (`uitleg`).
 * Written for verwijzers, in the project's own words.
 */
export const REASON_UITLEG: Record<ReasonCode, (policy: Policy) => string> = {
  LEEFTIJD_ONDER_MINIMUM: (p) =>
    `De kandidaat is jonger dan ${p.minimumLeeftijd} jaar, de minimumleeftijd in deze regio. ` +
    'Jongeren vallen vaak nog onder de leerplicht of kwalificatieplicht: kijk samen met school of het RMC naar een passende plek.',
  NOG_LEERLING_PRO_VSO: () =>
    'De kandidaat zit nog op het praktijkonderwijs of het voortgezet speciaal onderwijs. ' +
    'Leren in de praktijk loopt dan via de school, bijvoorbeeld met een stage volgens de Boris-aanpak.',
  INGESCHREVEN_MBO: () =>
    'De kandidaat staat al ingeschreven voor een mbo-opleiding en volgt dus al een route naar een diploma. ' +
    'Praktijkleren met een praktijkverklaring is bedoeld voor mensen die dat niet doen.',
  GEEN_MOTIVATIE: () =>
    'De kandidaat wil zelf niet leren in de praktijk. Meedoen is altijd vrijwillig, dus zonder eigen wil start er geen traject.',
  STARTKWALIFICATIE_BRUIKBAAR: (p) =>
    p.startkwalificatie === 'streng'
      ? 'De kandidaat heeft al een startkwalificatie (mbo niveau 2 of hoger, havo of vwo) die nog bruikbaar is. ' +
        'Volgens het beleid in deze regio is praktijkleren dan niet de bedoeling.'
      : 'De kandidaat heeft al een startkwalificatie die nog bruikbaar is. ' +
        'Deze regio laat daar ruimte voor, maar bespreek met het mbo of praktijkleren echt iets toevoegt.',
  DIPLOMAROUTE_HAALBAAR: () =>
    'De kandidaat kan naar verwachting leren én in een schoolse omgeving meedoen. ' +
    'Dan gaat een opleiding met diploma (ook entree) of een mbo-certificaat voor, bijvoorbeeld in de bbl: zet de kandidaat niet te laag in.',
  STARTKWALIFICATIE_VEROUDERD: () =>
    'De kandidaat heeft een startkwalificatie, maar die is verouderd of het beroep is niet meer uit te oefenen. ' +
    'Een uitzondering is mogelijk; het mbo beslist daarover.',
  STARTKWALIFICATIE_ONBEKEND: () =>
    'De kandidaat heeft een startkwalificatie, maar het is niet bekend of dat diploma nog bruikbaar is. Bespreek dit met het mbo.',
  BUITENLANDS_DIPLOMA: () =>
    'De kandidaat heeft een diploma uit het buitenland. Eerst moet duidelijk worden wat dat diploma in Nederland waard is.',
  LEERBAARHEID_ONBEKEND: () =>
    'Het is nog niet bekend of de kandidaat een mbo-opleiding zou kunnen volgen en afronden. Dat moet eerst duidelijk worden.',
  SCHOOLBAARHEID_ONBEKEND: () =>
    'Het is nog niet bekend of de kandidaat mee kan doen in een klas, met lessen en schoolregels. Dat moet eerst duidelijk worden.',
  MOTIVATIE_TWIJFEL: () =>
    'De kandidaat twijfelt nog of hij of zij wil leren in de praktijk. Praat daar eerst over: meedoen is vrijwillig.',
  NIET_WERKFIT: () =>
    'De kandidaat kan nu nog niet een paar dagen per week werken en afspraken nakomen. ' +
    'Misschien past eerst een andere stap richting werk beter.',
  TAAL_ONVOLDOENDE: () =>
    'De kandidaat begrijpt nog te weinig Nederlands voor instructies op de werkvloer. Combineer het traject met taalondersteuning.',
};

export const ACTION_UITLEG: Record<ActionCode, string> = {
  LEERBEDRIJF_ZOEKEN: 'Zoek een leerbaan bij een leerbedrijf dat door SBB erkend is.',
  ERKENNING_LEERBEDRIJF: 'Het bedrijf is nog geen erkend leerbedrijf: vraag de erkenning aan bij SBB voordat het traject start.',
  INKOMEN_REGELEN: 'Regel hoe de kandidaat tijdens het traject inkomen heeft, bijvoorbeeld loon of een uitkering.',
  BEGELEIDING_REGELEN: 'Regel een jobcoach of begeleider die de kandidaat tijdens het traject steunt.',
};

export const DISCLAIMER =
  'Dit is een indicatief advies, niet bindend. De mbo-instelling beslist in het adviesgesprek ' +
  'en controleert zelf de inschrijving en diploma’s bij DUO.';
