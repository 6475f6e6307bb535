import { z } from 'zod';
import { containsBsn } from '../../privacy/bsn';
import { healthDetailIn } from '../../privacy/healthDetails';
import { dutchIsoDate } from './clock';

/** Issue messages are stable codes, so callers can map them to Dutch text. */
export const CONTAINS_BSN = 'CONTAINS_BSN';
export const INVALID_PHONE = 'INVALID_PHONE';
export const CONTAINS_HEALTH_DETAIL = 'CONTAINS_HEALTH_DETAIL';

/** Free text that never holds something that looks like a BSN. */
export function freeText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((text) => !containsBsn(text), { message: CONTAINS_BSN });
}

export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((text) => !containsBsn(text), { message: CONTAINS_BSN });
}

/**
 * A message between the intake team and the verwijzer about the client (the team's question, the
 * verwijzer's answer): required, no BSN, and no health details, as in the aanmelding's
 * opmerkingen. A BSN is named first (its issue comes first).
 */
export function clientMessageText(max: number) {
  return requiredText(max).refine((text) => !healthDetailIn(text), { message: CONTAINS_HEALTH_DETAIL });
}

/** A real calendar date written YYYY-MM-DD (2023-02-29 fails, 2024-02-29 passes). */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

export const Crebo = z.string().regex(/^\d{5}$/);
export const WerkprocesCode = z.string().regex(/^[BP]\d{1,2}-K\d{1,2}-W\d{1,2}$/);

const PHONE_NL = /^(?:\+31|0031|0)([1-9]\d{8})$/;

/** Dutch phone number in its national form (0612345678), or undefined when not Dutch. */
export function normalizeDutchPhone(raw: string): string | undefined {
  const compact = raw.replace(/\(0\)/g, '').replace(/[\s.\-()/]/g, '');
  const match = PHONE_NL.exec(compact);
  return match ? `0${match[1]}` : undefined;
}

/** Accepts 06-12345678, 06 1234 5678, +31 6 12345678, 0031612345678, 010-1234567, +31 (0)20 123 4567. */
export const DutchPhone = z
  .string()
  .trim()
  .refine((raw) => normalizeDutchPhone(raw) !== undefined, { message: INVALID_PHONE });

export const Email = z.email().max(254);

export const MIN_AGE = 15;
export const MAX_AGE = 100;

/** Whole years between the birth date and today (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export type BirthDateProblem = 'INVALID_DATE' | 'DATE_IN_FUTURE' | 'AGE_OUT_OF_RANGE';

/** Why a geboortedatum cannot be used at this moment, or undefined when it can. */
export function geboortedatumProblem(value: string, now: Date): BirthDateProblem | undefined {
  if (!IsoDate.safeParse(value).success) return 'INVALID_DATE';
  const today = dutchIsoDate(now);
  if (value > today) return 'DATE_IN_FUTURE';
  const age = ageOn(value, today);
  return age < MIN_AGE || age > MAX_AGE ? 'AGE_OUT_OF_RANGE' : undefined;
}
