/**
 * Age and hours per week from lower-cased Dutch text. Only phrasings that clearly state an
 * age ("34 jaar", "van 34", "34-jarige", "leeftijd 34", "cliënt (34)") or weekly hours
 * ("20 uur", "32 uur per week") count; durations ("al 3 jaar"), clock times ("om 7 uur") and
 * ranges ("16-20 uur", "20 of 24 uur") do not. Two different values mean the text is unclear: no value.
 */
const PERSON =
  '(?:cliënte?|client|klant|kandidaat|deelnemer|man|vrouw|jongen|meisje|jongeman|jongedame|jongere|dame|meneer|' +
  'mevrouw|persoon|statushouder|nieuwkomer|werkzoekende|gedetineerde|leerling|schoolverlater|hij|zij|ze)';

const AGE_PATTERNS: readonly RegExp[] = [
  /(?<!\d)(\d{2})-jarige?\b/g,
  /(?<!\d)(\d{2}) jaar oud\b/g,
  /\bleeftijd:?\s*(\d{2})\b/g,
  new RegExp(
    `(?<![\\p{L}])${PERSON} (?:is (?:nu )?|van )(\\d{2})\\b(?! ?(?:uur|%|procent|euro|dagen|weken|maanden))`,
    'gu',
  ),
  new RegExp(`(?<![\\p{L}])${PERSON}\\s*[,(]\\s*(\\d{2})\\b(?! ?(?:uur|%|procent|euro|dagen|weken|maanden))`, 'gu'),
  new RegExp(`(?<![\\p{L}])${PERSON} (\\d{2}) jaar\\b`, 'gu'),
  /\bis (\d{2}) jaar\b(?! (?:werkloos|thuis|in|bij|geleden|ervaring|gewerkt|niet|al))/g,
  /(?:^|[,(.;]\s*)(\d{2}) (?:jaar|jr\.?)(?: oud)?(?=\s*(?:[,.;)]|$))/gm,
  /(?:^|[.;]\s*)(?:is|nu) (\d{2})(?=\s*(?:[.,;)]|$))/gm,
  // A name first, then the age: "quinty (22) werkt…", "selina 27 jr, …", "meneer haddou, 45, …"
  /^(?:(?:meneer|mevrouw|mw|dhr)\.? )?\p{L}+(?: \p{L}+)?\s*(?:,\s*|\(\s*|\s)(\d{2})(?:\s*\)| (?:jaar|jr\.?))?(?=\s*(?:[,.;)]|$))/gu,
  // "quinty 22 jaar werkt bij …", but not "werkt 20 jaar in de bouw" (a duration)
  /^(?:(?:meneer|mevrouw|mw|dhr)\.? )?\p{L}+(?: \p{L}+)? (\d{2}) (?:jaar|jr\.?)(?! (?:werkloos|thuis|in|bij|geleden|ervaring|gewerkt|niet|al|lang|op|aan|uit|zonder|met|ouder|jonger)\b)/gu,
];

const HOURS_PATTERNS: readonly RegExp[] = [
  /(?<!\b(?:om|vanaf|tot|voor|na|rond|tegen|half) )(?<!\d\s?[-–/]\s?)(?<!\d (?:en|of|à|a) )(?<!\d)(\d{1,2}) ?(?:uur|u\b)(?! ?(?:per dag|'s|s ochtends|s avonds|s middags|lang|reizen))(?![^.,;]{0,30}vrijwillig)/g,
  /\buren(?: per week)?:?\s*(\d{1,2})\b/g,
];

function uniqueNumber(text: string, patterns: readonly RegExp[], min: number, max: number): number | undefined {
  const values = new Set<number>();
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const n = Number(m[1]);
      if (Number.isInteger(n) && n >= min && n <= max) values.add(n);
    }
  }
  return values.size === 1 ? [...values][0] : undefined;
}

export function extractLeeftijd(lower: string): number | undefined {
  return uniqueNumber(lower, AGE_PATTERNS, 14, 80);
}

export function extractUrenPerWeek(lower: string): number | undefined {
  return uniqueNumber(lower, HOURS_PATTERNS, 1, 60);
}
