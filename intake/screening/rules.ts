import { z } from 'zod';
import type { AnswerField, Answers } from './answers';
import type { Policy } from './policy';

/** The four advices, and the order in which they win when several rules fire. */
export const Advies = z.enum(['kansrijk', 'bespreken', 'diploma-route', 'niet-toelaatbaar']);
export type Advies = z.infer<typeof Advies>;
export const ADVIES_PRIORITY: readonly Advies[] = ['niet-toelaatbaar', 'diploma-route', 'bespreken', 'kansrijk'];

export const ReasonCode = z.enum([
  'LEEFTIJD_ONDER_MINIMUM',
  'NOG_LEERLING_PRO_VSO',
  'INGESCHREVEN_MBO',
  'GEEN_MOTIVATIE',
  'STARTKWALIFICATIE_BRUIKBAAR',
  'DIPLOMAROUTE_HAALBAAR',
  'STARTKWALIFICATIE_VEROUDERD',
  'STARTKWALIFICATIE_ONBEKEND',
  'BUITENLANDS_DIPLOMA',
  'LEERBAARHEID_ONBEKEND',
  'SCHOOLBAARHEID_ONBEKEND',
  'MOTIVATIE_TWIJFEL',
  'NIET_WERKFIT',
  'TAAL_ONVOLDOENDE',
]);
export type ReasonCode = z.infer<typeof ReasonCode>;

export const ActionCode = z.enum([
  'LEERBEDRIJF_ZOEKEN',
  'ERKENNING_LEERBEDRIJF',
  'INKOMEN_REGELEN',
  'BEGELEIDING_REGELEN',
]);
export type ActionCode = z.infer<typeof ActionCode>;

export interface Rule {
  code: ReasonCode;
  /** The only answers `fires` reads: lets the dialog evaluate a rule before all answers are in. */
  fields: readonly AnswerField[];
  fires(answers: Answers, policy: Policy): boolean;
  outcome(policy: Policy): Outcome;
}

export interface Action {
  code: ActionCode;
  fields: readonly AnswerField[];
  applies(answers: Answers): boolean;
}

/** mbo2plus and havo-vwo are a startkwalificatie; buitenlands is not (its value is checked separately). */
export function isStartkwalificatie(opleiding: Answers['opleiding']): boolean {
  return opleiding === 'mbo2plus' || opleiding === 'havo-vwo';
}

type Outcome = Exclude<Advies, 'kansrijk'>;

function rule(
  code: ReasonCode,
  fields: readonly AnswerField[],
  fires: Rule['fires'],
  outcome: Outcome | ((policy: Policy) => Outcome),
): Rule {
  return { code, fields, fires, outcome: typeof outcome === 'function' ? outcome : () => outcome };
}

const SK = ['opleiding', 'startkwalificatieBruikbaar'] as const;
const skBruikbaar = (a: Answers, value: boolean | null) =>
  isStartkwalificatie(a.opleiding) && a.startkwalificatieBruikbaar === value;
const NT = 'niet-toelaatbaar';

/** The rule table of screening-policy.md, in table order (= order of `redenen`). */
export const RULES: readonly Rule[] = [
  rule('LEEFTIJD_ONDER_MINIMUM', ['leeftijd'], (a, p) => a.leeftijd < p.minimumLeeftijd, NT),
  rule('NOG_LEERLING_PRO_VSO', ['situatie'], (a) => a.situatie === 'leerling-pro-vso', NT),
  rule('INGESCHREVEN_MBO', ['ingeschrevenMbo'], (a) => a.ingeschrevenMbo, NT),
  rule('GEEN_MOTIVATIE', ['motivatie'], (a) => a.motivatie === 'nee', NT),
  rule(
    'STARTKWALIFICATIE_BRUIKBAAR',
    SK,
    (a) => skBruikbaar(a, true),
    (p) => (p.startkwalificatie === 'streng' ? NT : 'bespreken'),
  ),
  rule(
    'DIPLOMAROUTE_HAALBAAR',
    ['leerbaar', 'schoolbaar'],
    (a) => a.leerbaar === 'ja' && a.schoolbaar === 'ja',
    'diploma-route',
  ),
  rule('STARTKWALIFICATIE_VEROUDERD', SK, (a) => skBruikbaar(a, false), 'bespreken'),
  rule('STARTKWALIFICATIE_ONBEKEND', SK, (a) => skBruikbaar(a, null), 'bespreken'),
  rule('BUITENLANDS_DIPLOMA', ['opleiding'], (a) => a.opleiding === 'buitenlands', 'bespreken'),
  rule('LEERBAARHEID_ONBEKEND', ['leerbaar'], (a) => a.leerbaar === 'onbekend', 'bespreken'),
  rule('SCHOOLBAARHEID_ONBEKEND', ['schoolbaar'], (a) => a.schoolbaar === 'onbekend', 'bespreken'),
  rule('MOTIVATIE_TWIJFEL', ['motivatie'], (a) => a.motivatie === 'twijfel', 'bespreken'),
  rule('NIET_WERKFIT', ['werkfit'], (a) => a.werkfit === 'nee', 'bespreken'),
  rule('TAAL_ONVOLDOENDE', ['taal'], (a) => a.taal === 'onvoldoende', 'bespreken'),
];

/** Practical to-dos for the verwijzer; they never change the advice. */
export const ACTIONS: readonly Action[] = [
  { code: 'LEERBEDRIJF_ZOEKEN', fields: ['leerbedrijf'], applies: (a) => a.leerbedrijf === 'geen' },
  { code: 'ERKENNING_LEERBEDRIJF', fields: ['leerbedrijf'], applies: (a) => a.leerbedrijf === 'niet-erkend' },
  { code: 'INKOMEN_REGELEN', fields: ['inkomen'], applies: (a) => a.inkomen === 'onbekend' },
  { code: 'BEGELEIDING_REGELEN', fields: ['begeleiding'], applies: (a) => !a.begeleiding },
];
