/**
 * A `bron` line as a verwijzer reads it on a card. The data keeps full provenance for the people
 * who check it (report line numbers, footnotes, dossier codes, export files, repositories); a
 * klantmanager needs only where a text comes from and whether a code is still unconfirmed.
 */

/** Parts of a bron line that are notes for checkers, not for readers. */
const INTERNAL_PARTS = [
  /^opleidingsdomein afgeleid/i,
  /^Entree valt officieel/i,
  /^het rapport (deelt|noemt)/i,
  /^in het rapport genoemd als/i,
  /^Codes? afgeleid uit de hoofdstuknummers/i,
  /^Cohort\b/i,
  /^structuur en werkprocessen uit/i,
  /^dossier Entree \(groen\), crebo/i,
  /^dossiercrebo\b/i,
  /voetnoot/i,
];
/** When every part was a note: say at least where the codes come from. */
const FALLBACK = 'kwalificatiedossier van SBB';

const REWRITES: readonly [RegExp, string][] = [
  // line numbers in the report: "(L4634-4640, L4784-4790)", "L6061"
  [/officiële SBB XML-export van kwalificatiedossier/g, 'officieel SBB-kwalificatiedossier'],
  [/^Let op: codes [A-Z0-9/-]+ zijn afgeleid uit de volgorde en niet bevestigd/, 'Let op: codes nog niet bevestigd'],
  [/\s*\((?:L\d+(?:-\d+)?(?:,\s*)?)+\)/g, ''],
  [/,?\s*\bL\d+(?:-\d+)?\b/g, ''],
  [/\s*\((?:dossiercrebo|crebo) \d+[^)]*\)/gi, ''],
  [/\s*\(kwalificaties van de behaalde praktijkverklaringen\)/g, ''],
  [/,? in de regel '[^']*'/g, ''],
  [/,?\s*(?:officiële )?XML-export(?: '[^']*')?(?: uit github:\S+)?/g, ''],
  [/\s*@ [0-9a-f]{7,}/g, ''],
  [/github:\S+ \S+\.js/g, 'een openbare beroepen-app'],
  [/beroepen-app \(jobs\.js[^)]*\)/g, 'een openbare beroepen-app'],
  [/code afgeleid uit de volgorde in die bron en niet bevestigd/g, 'code nog niet bevestigd'],
  [/ \(dossier Bediening, profiel Gastheer\/-vrouw\)/g, ''],
  [/\s{2,}/g, ' '],
];

export function readableSource(bron: string): string {
  const parts = bron
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !INTERNAL_PARTS.some((re) => re.test(part)))
    .map((part) => REWRITES.reduce((text, [re, to]) => text.replace(re, to), part).trim());
  return parts.join('; ') || FALLBACK;
}
