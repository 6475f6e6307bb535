import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../intake/prefill/redact';

describe('redact', () => {
  it.each([
    ['naam na "Naam:"', 'Naam: Fatima el Amrani, wil in de zorg.', 'Fatima el Amrani', '[NAAM_1]'],
    ['naam na "heet"', 'Ze heet Sanne, 19 jaar.', 'Sanne', '[NAAM_1]'],
    ['naam na "mevrouw"', 'Mevrouw Bakker is 52 jaar.', 'Bakker', '[NAAM_1]'],
    ['naam na "dhr."', 'Dhr. J. de Vries wil in de techniek.', 'J. de Vries', '[NAAM_1]'],
    ['naam na "cliënt"', 'Cliënt Ahmed, 34 jaar, participatiewet.', 'Ahmed', '[NAAM_1]'],
    ['los naampaar', 'Ik sprak gisteren met Kees Jansen over zijn plannen.', 'Kees Jansen', '[NAAM_1]'],
    ['losse voornaam midden in een zin', 'Gisteren kwam Mohammed langs.', 'Mohammed', '[NAAM_1]'],
    ['voornaam aan het begin voor een werkwoord', 'Mohammed is 34 jaar en wil in de zorg.', 'Mohammed', '[NAAM_1]'],
    ['mobiel nummer', 'Bel 06-12345678 voor een afspraak.', '06-12345678', '[TELEFOON_1]'],
    ['mobiel met spaties', 'Tel. 06 1234 5678.', '06 1234 5678', '[TELEFOON_1]'],
    ['internationaal', 'Bereikbaar op +31 6 12345678.', '+31 6 12345678', '[TELEFOON_1]'],
    ['vast nummer', 'Kantoor: 020-1234567.', '020-1234567', '[TELEFOON_1]'],
    ['netnummer tussen haakjes', 'Kantoor: (010) 123 45 67.', '(010) 123 45 67', '[TELEFOON_1]'],
    ['e-mail', 'Mail naar f.el-amrani@gemeente.example.nl graag.', 'f.el-amrani@gemeente.example.nl', '[EMAIL_1]'],
    ['geboortedatum', 'Geboren 12-03-1990 in Rotterdam.', '12-03-1990', '[DATUM_1]'],
    ['ISO-datum', 'Geboortedatum 1990-03-12.', '1990-03-12', '[DATUM_1]'],
    ['datum in woorden', 'Geboren op 3 maart 1988.', '3 maart 1988', '[DATUM_1]'],
    ['geboortejaar', 'Geboren in 1979, werkloos.', '1979', '[DATUM_1]'],
    ['BSN', 'Zijn BSN is 123456782.', '123456782', '[BSN_1]'],
    ['BSN met punten', 'bsn 1234.56.782', '1234.56.782', '[BSN_1]'],
    ['BSN-achtig zonder elfproef', 'nummer 111 222 333', '111 222 333', '[BSN_1]'],
    ['postcode', 'Woont in 1234 AB Utrecht.', '1234 AB', '[POSTCODE_1]'],
    ['adres', 'Woont op Hoofdstraat 12a.', 'Hoofdstraat 12a', '[ADRES_1]'],
    ['IBAN', 'Rekening NL91ABNA0417164300.', 'NL91ABNA0417164300', '[IBAN_1]'],
  ])('replaces a %s', (_label, text, original, placeholder) => {
    const result = redact(text);
    expect(result.text).not.toContain(original);
    expect(result.text).toContain(placeholder);
    expect(result.restore(result.text)).toBe(text);
  });

  it.each([
    'Cliënt van 34 jaar, kan 20 uur per week, crebo 25180.',
    'Een 27-jarige man, mbo niveau 2, 32-36 uur, taalniveau A2.',
    'Werkt sinds 2019 bij een bakkerij, 3 dagen per week, om 7 uur beginnen.',
    'Statushouder uit Syrië, participatiewet, wil in de Zorg en Welzijn.',
    'De Sociale Dienst en het UWV verwijzen. Hij spreekt Nederlands en Arabisch.',
    'Heeft een Wajong-uitkering en een Vmbo-diploma. Gemotiveerd, wil graag leren.',
  ])('leaves ages, hours, crebo numbers and ordinary words alone: %s', (text) => {
    expect(redact(text).text).toBe(text);
  });

  it('uses one placeholder per distinct value and finds a name again later', () => {
    const result = redact('Naam: Ahmed Yilmaz, tel 0612345678. Ahmed wil in de zorg. Bel 0612345678.');
    expect(result.text).toBe('Naam: [NAAM_1], tel [TELEFOON_1]. [NAAM_2] wil in de zorg. Bel [TELEFOON_1].');
    expect(result.found).toEqual([
      { kind: 'telefoon', placeholder: '[TELEFOON_1]' },
      { kind: 'naam', placeholder: '[NAAM_1]' },
      { kind: 'naam', placeholder: '[NAAM_2]' },
    ]);
  });

  it('restores placeholders in text that comes back, leaves unknown ones', () => {
    const result = redact('Mevrouw Bakker heeft een vraag.');
    expect(result.restore('Je kunt [NAAM_1] vertellen dat ... [NAAM_7]')).toBe(
      'Je kunt Bakker vertellen dat ... [NAAM_7]',
    );
  });

  it('found lists kinds and placeholders only, never the originals', () => {
    const found = JSON.stringify(redact('Naam: Kees Jansen, 06-12345678, kees@example.nl').found);
    expect(found).not.toMatch(/Kees|Jansen|0612|example/);
  });

  it('restore(redact(x).text) gives x back for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).filter((s) => !s.includes('[')),
        (text) => {
          const result = redact(text);
          expect(result.restore(result.text)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('removes every personal detail from a full description', () => {
    const text =
      'Mijn cliënt Fatima el Amrani (geboren 12-03-1990, BSN 123456782) woont op Dorpsstraat 4, 3511 AB Utrecht. ' +
      'Telefoon 06-98765432, e-mail fatima.amrani@example.nl. Fatima is 34 jaar en kan 20 uur werken.';
    const out = redact(text).text;
    for (const secret of [
      'Fatima',
      'Amrani',
      '12-03-1990',
      '123456782',
      'Dorpsstraat',
      '3511',
      '06-98765432',
      'example.nl',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('34 jaar');
    expect(out).toContain('20 uur');
  });
});
