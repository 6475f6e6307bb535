/**
 * The verwijzer's own details in one typed line: "Ik ben Marieke Jansen, klantmanager gemeente
 * Tilburg, 013-5421234". Read by rules, without a model: the phone number by its shape, the name
 * with the name detector (two or more words that are not ordinary words, or after "ik ben"), the
 * organisation as what is left of the other part once the role ("klantmanager bij") is dropped.
 * Only suggestions: the dialog shows them to confirm and checks each value when it is used. Pure.
 */
import { findNames } from './nameDetector';
import { PII_PATTERNS } from './piiPatterns';

export type VerwijzerFields = Partial<{ naam: string; organisatie: string; telefoon: string }>;

const PHONE = PII_PATTERNS.find((p) => p.kind === 'telefoon')!.regex;
const ROLE =
  /\b(?:ik\s+ben|ik\s+werk|werkzaam|werk|als|de|het|een|klantmanager|jobcoach|werkconsulent|consulent|casemanager|trajectbegeleider|begeleider|re-integratieconsulent|coach|verwijzer|bij|van|voor|namens|vanuit)\b/giu;

export function extractVerwijzer(text: string): VerwijzerFields {
  const found: VerwijzerFields = {};
  const phone = new RegExp(PHONE.source, PHONE.flags.replace('g', '')).exec(text)?.[0];
  if (phone) found.telefoon = phone.trim();
  const rest = phone ? text.replace(phone, ' ') : text;
  const name = findNames(rest).find((span) => /\s/.test(rest.slice(span.start, span.end).trim()));
  if (name) found.naam = rest.slice(name.start, name.end).trim();
  const others = (name ? rest.slice(0, name.start) + ',' + rest.slice(name.end) : rest).split(/[,;\n]+/);
  const organisatie = others.map(withoutRole).find((part) => /\p{Lu}/u.test(part) || /\bgemeente\b/i.test(part));
  if (organisatie) found.organisatie = organisatie;
  return found;
}

function withoutRole(part: string): string {
  return part.replace(ROLE, ' ').replace(/[:.]/g, ' ').replace(/\s+/g, ' ').trim();
}
