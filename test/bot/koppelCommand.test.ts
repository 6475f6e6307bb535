import { describe, expect, it } from 'vitest';
import { readKoppelCommand } from '../../bot/intake/koppelCommand';

const details = { teamId: undefined, confirmed: false };
const west = { teamId: 'west', confirmed: false };
const confirmWest = { teamId: 'west', confirmed: true };

describe('reading "koppel intake" from a channel message', () => {
  it.each([
    ['koppel intake', details],
    ['koppel intake west', west],
    ['koppel intake west bevestig', confirmWest],
    ['<at>Bot</at> koppel intake west', west],
    ['koppel <at>Bot</at> intake west', west],
    ['  KOPPEL  Intake  West  ', west],
    ['Köppel íntake west bevestig', confirmWest],
    ['\u212Aoppel intake west', west], // the Kelvin sign, a K once normalized
    ['…koppel intake west!', west],
    ['"koppel intake west"', west],
    ['_koppel intake', details],
  ])('reads %j', (text, read) => {
    expect(readKoppelCommand(text)).toEqual(read);
  });

  it.each([
    'hallo, koppel intake west',
    'koppel intake west bevestig nu',
    '?koppel intake',
    '-koppel intake',
    'koppeling',
    'kan iemand dit oppakken?',
    '',
    '<at>Bot</at>',
    'Goedemorgen allemaal, de kaart van PI-2026-ABCDEFGH staat klaar.',
  ])('does not take %j for the command', (text) => {
    expect(readKoppelCommand(text)).toBeUndefined();
  });
});
