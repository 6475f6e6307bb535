/**
 * BSN detection for free text. The dossier has no BSN field on purpose; a BSN typed into a
 * free-text field must be refused, so this finds numbers that could be one.
 */

// Nine digits, optionally grouped with single spaces, dots or dashes (123 456 782,
// 1234.56.782). The look-arounds stop matches inside longer numbers (phone numbers, IBANs).
const CANDIDATE = /(?<!\d[ .-]?)\d(?:[ .-]?\d){8}(?![ .-]?\d)/g;

/** True when the nine digits pass the BSN "elfproef" (weights 9..2 and -1) and are not all zeros. */
export function passesElfproef(nineDigits: string): boolean {
  if (!/^\d{9}$/.test(nineDigits) || /^0{9}$/.test(nineDigits)) return false;
  const digits = [...nineDigits].map(Number);
  const sum = digits.reduce((acc, d, i) => acc + d * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}

/** True when the text holds a number that looks like a valid BSN. */
export function containsBsn(text: string): boolean {
  for (const match of text.matchAll(CANDIDATE)) {
    if (passesElfproef(match[0].replace(/[ .-]/g, ''))) return true;
  }
  return false;
}
