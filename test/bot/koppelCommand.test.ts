import { describe, expect, it } from 'vitest';
import { readKoppelCommand } from '../../bot/intake/koppelCommand';
import { normalizeCommandText } from '../../dialogs/root/commands';

/** How the channel handler read the command before it looked at the first letter (session 6). */
function readAsBefore(text: string) {
  const koppel = /^koppel intake(?:\s+(\S+)(\s+bevestig)?)?$/.exec(
    normalizeCommandText(text.replace(/<at>.*?<\/at>/g, '')),
  );
  return koppel ? { teamId: koppel[1], confirmed: Boolean(koppel[2]) } : undefined;
}

const WRITTEN = [
  'koppel intake',
  'koppel intake west',
  'koppel intake west bevestig',
  '<at>Bot</at> koppel intake west',
  'koppel <at>Bot</at> intake west',
  '  KOPPEL  Intake  West  ',
  'Köppel íntake west bevestig',
  'ḱoppel intake west',
  '\u212Aoppel intake west', // the Kelvin sign, a K once normalized
  '…koppel intake west!',
  '"koppel intake west"',
  '_koppel intake',
  'ʰkoppel intake west', // a modifier letter, dropped by normalizing
  '?koppel intake',
  '-koppel intake',
  'hallo, koppel intake west',
  'koppel intake west bevestig nu',
  'koppeling',
  'kan iemand dit oppakken?',
  '１koppel intake',
  '',
  '<at>Bot</at>',
  'Goedemorgen allemaal, de kaart van PI-2026-ABCDEFGH staat klaar.',
];

describe('reading "koppel intake" from a channel message', () => {
  it.each(WRITTEN)('reads %j as before', (text) => {
    expect(readKoppelCommand(text)).toEqual(readAsBefore(text));
  });

  it('reads a few thousand generated messages exactly as before', () => {
    const pieces = [
      'koppel',
      'Koppel',
      'KÖPPEL',
      'intake',
      'west',
      'bevestig',
      ' ',
      '  ',
      '<at>Bot</at>',
      '…',
      '?',
      '-',
      'ʰ',
      '\u0301',
      'k',
      'é',
      '1',
      '\t',
      'x',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % pieces.length;
    let recognized = 0;
    for (let i = 0; i < 5_000; i++) {
      const text = Array.from({ length: 1 + (i % 7) }, () => pieces[next()]).join('');
      const read = readKoppelCommand(text);
      expect(read, text).toEqual(readAsBefore(text));
      if (read) recognized += 1;
    }
    expect(recognized).toBeGreaterThan(0);
  });
});
