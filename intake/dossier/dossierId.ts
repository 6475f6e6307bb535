import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { dutchIsoDate } from './clock';

// Crockford base32: no I, L, O or U, so an id read out over the phone is not misheard.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** PI-<year>-<8 Crockford base32 characters> (40 random bits), e.g. PI-2026-7KQ4M9XB. */
export const DossierId = z.string().regex(/^PI-\d{4}-[0-9A-HJKMNP-TV-Z]{8}$/);
export type DossierId = z.infer<typeof DossierId>;

export type IdGenerator = (now: Date) => string;

/** Builds an id from the year of `now` and five random bytes. */
export function dossierIdFrom(now: Date, random: Uint8Array): string {
  if (random.length < 5) throw new RangeError('dossierIdFrom needs 5 random bytes');
  let bits = 0n;
  for (const byte of random.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 7; i >= 0; i--) code += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)];
  return `PI-${dutchIsoDate(now).slice(0, 4)}-${code}`;
}

export const randomDossierId: IdGenerator = (now) => dossierIdFrom(now, randomBytes(5));

/** Reads an id as a person types it: lower case, spaces, I/L for 1, O for 0. */
export function normalizeDossierId(typed: string): string | undefined {
  const compact = typed.trim().toUpperCase().replace(/\s+/g, '');
  const match = /^PI-?(\d{4})-?([0-9A-Z]{8})$/.exec(compact);
  if (!match) return undefined;
  const code = match[2]!.replace(/[IL]/g, '1').replace(/O/g, '0');
  const id = `PI-${match[1]}-${code}`;
  return DossierId.safeParse(id).success ? id : undefined;
}
