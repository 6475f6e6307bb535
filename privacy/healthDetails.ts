/**
 * Health details in free text: a diagnosis, an illness or medication. The intake team does not
 * need them (they are special personal data, AVG art. 9) and the aanmelding asks for none; what
 * helps is what the client needs at work ("heeft baat bij vaste structuur"). Words only, on
 * purpose narrow: "zorg", "beperking" or "lvb" are not health details in this sense.
 */
const HEALTH_WORDS = [
  'diagnose',
  'gediagnosticeerd',
  'epilepsie',
  'epileptisch',
  'medicatie',
  'medicijn',
  'medicijnen',
  'antidepressiva',
  'autisme',
  'autistisch',
  'adhd',
  'depressie',
  'depressief',
  'psychose',
  'psychotisch',
  'schizofrenie',
  'schizofreen',
  'bipolair',
  'borderline',
  'ptss',
  'diabetes',
  'suikerziekte',
  'hiv',
  'kanker',
  'chemo',
  'verslaving',
  'verslaafd',
  'hartaandoening',
  'hernia',
];

const FOLD = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The first health word in the text (to name it back to the verwijzer), or undefined. */
export function healthDetailIn(text: string): string | undefined {
  const words = new Set(FOLD(text).split(/[^\p{L}]+/u));
  return HEALTH_WORDS.find((word) => words.has(word));
}
