import { COUNTRY_NAMES } from './countries.nl';

/**
 * Capitalised words that are not names: Dutch words that start a sentence, words of this
 * domain, languages, countries, months and days. Lower case; compared case-insensitively.
 */
const FUNCTION_WORDS =
  `de het een hij zij ze wij we ik jij je u deze dit die dat er hier daar zijn haar hun ` +
  `mijn ons onze
  wat wie waar hoe wanneer waarom welke welk als maar en of want dus ook nog wel niet geen al dan toen nu graag is was
  heeft had wil wilde kan kon moet zou gaat ging komt kwam werkt werkte woont spreekt zit staat doet krijgt volgt zoekt
  sinds vanaf tot na voor met zonder door bij in op uit om over onder tussen volgens ja nee misschien verder eerst
  daarna inmiddels momenteel helaas gelukkig goed slecht weinig veel beetje erg heel zeer vooral soms vaak altijd nooit
  nooit iemand niemand alles niets elke iedere beide andere ander enkele samen alleen thuis vorig vorige vroeger eerder
  later straks vandaag morgen gisteren week jaar maand dag uur uren per sommige`;

const DOMAIN_WORDS =
  `cliënt cliënte client klant kandidaat deelnemer jongere jongeman jongedame jongvolwassene ` +
  `meneer mevrouw
  man vrouw jongen meisje dame heer persoon leerling moeder vader werkzoekende gedetineerde betreft naam ` +
  `leeftijd opleiding diploma uitkering situatie taal taalniveau motivatie interesse interesses werk
  werkervaring ervaring begeleiding jobcoach begeleider leerbedrijf leerbaan werkgever stage school praktijkonderwijs
  praktijkverklaring praktijkleren participatiewet bijstand bijstandsuitkering uwv ww wia wga iva wajong mbo vmbo havo
  vwo mavo pro vso entree bbl bol sbb crebo gemeente werkplein statushouder nieuwkomer inburgering re-integratie
  werkfit werkzoekend werkloos gedetineerd detentie schoolverlater verwijzer klantmanager consulent niveau zorg
  techniek logistiek horeca groen bouw welzijn retail ict uren opmerking opmerkingen toelichting contact telefoon
  email e-mail adres woonplaats postcode geboortedatum bsn leerbaarheid schoolbaarheid achtergrond doel wens wensen
  sociale dienst team dji pi`;

const LANGUAGES_AND_PLACES = `nederlands nederland nederlandse engels arabisch turks pools tigrinya somalisch farsi dari
  oekraïens russisch antillen curaçao europa afrika azië ${COUNTRY_NAMES.join(' ')}`;

const CALENDAR = `januari februari maart april mei juni juli augustus september oktober november december
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag`;

/** Short replies typed where a card asks something ("klopt" at a name is a confirmation, not a name). */
const REPLIES = `klopt oke oké ok okay prima akkoord correct juist precies top fijn bedankt dank hoi hallo doei klaar
  volgende yes sure`;

const COMMON_CAPITALISED: ReadonlySet<string> = new Set(
  [FUNCTION_WORDS, DOMAIN_WORDS, LANGUAGES_AND_PLACES, CALENDAR, REPLIES].join(' ').split(/\s+/).filter(Boolean),
);

/**
 * After an ordinary word and a hyphen, a level or track code is no name part ("mbo-2", "vmbo-bk",
 * "VMBO-BK"); written as a name ("Mei-Li") it is one.
 */
const CODE_PART = /^(?:\d+|\p{Ll}{1,2}|\p{Lu}{1,2})$/u;

/**
 * An ordinary word, not (part of) a name, in any case: a listed word ("Klopt", "e-mail"), or a
 * hyphenated word whose first part is ordinary and whose other parts are ordinary or a code
 * ("Wajong-uitkering", "mbo-2", "vmbo-bk"). One name part makes it a name ("Jansen-de", "Al-Hassan").
 * The one check for the name detector, the kandidaat's rules and the aanmelding's name fields.
 */
export function isCommonWord(word: string): boolean {
  if (COMMON_CAPITALISED.has(word.toLowerCase())) return true;
  const [head, ...rest] = word.split('-');
  return (
    rest.length > 0 &&
    COMMON_CAPITALISED.has(head!.toLowerCase()) &&
    rest.every((part) => COMMON_CAPITALISED.has(part.toLowerCase()) || CODE_PART.test(part))
  );
}
