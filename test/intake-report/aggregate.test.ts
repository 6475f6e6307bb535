import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, medianBucket, type ReportTable, type TableId } from '../../intake/report/aggregate';
import type { DossierSummary } from '../../intake/report/summary';
import { suppress, type Pos, type SumRelation } from '../../intake/report/suppress';

function summary(overrides: Partial<DossierSummary> = {}): DossierSummary {
  return {
    versie: 1,
    team: 'noord',
    regio: 'Noord',
    maand: '2026-03',
    advies: 'kansrijk',
    eersteActie: null,
    adviesgesprek: null,
    besluit: null,
    reden: null,
    praktijkverklaring: null,
    uitkomst3: null,
    uitkomst6: null,
    ...overrides,
  };
}

const times = (n: number, overrides: Partial<DossierSummary>) => Array.from({ length: n }, () => summary(overrides));
const NAMES = new Map([
  ['noord', 'Team Noord'],
  ['oost', 'Team Oost'],
  ['zuid', 'Team Zuid'],
]);

function tableOf(summaries: DossierSummary[], id: TableId): ReportTable {
  return buildReport(summaries, NAMES).tables.find((t) => t.id === id)!;
}

/** Row label → the texts of its cells (categories, then the total). */
function texts(table: ReportTable): Record<string, string[]> {
  return Object.fromEntries(table.rows.map((row, r) => [row.label, table.cells[r]!.map((c) => c.text)]));
}

describe('buildReport: figures per team, region and all regions', () => {
  it('counts aanmeldingen per month, with empty months in between as 0', () => {
    const table = tableOf([...times(6, { maand: '2026-01' }), ...times(7, { maand: '2026-04' })], 'aanmeldingen');
    expect(table.columns.map((c) => c.label)).toEqual(['jan 2026', 'feb 2026', 'mrt 2026', 'apr 2026']);
    expect(texts(table)['Team Noord']).toEqual(['6', '0', '0', '7', '13']);
    expect(texts(table)['Alle regio’s']).toEqual(['6', '0', '0', '7', '13']);
  });

  it('shows the advice mix with Dutch labels and a column for dossiers without screening', () => {
    const table = tableOf([...times(9, { advies: 'kansrijk' }), ...times(6, { advies: null })], 'advies');
    expect(table.columns.map((c) => c.label)).toEqual([
      'Kansrijk',
      'Eerst bespreken',
      'Eerst een diploma-route',
      'Past nu niet',
      'Geen screening',
    ]);
    expect(texts(table)['Team Noord']).toEqual(['9', '0', '0', '0', '6', '15']);
  });

  it('gives the median duration bucket, only with 5 or more dossiers', () => {
    const summaries = [
      ...times(2, { eersteActie: '1' }),
      ...times(3, { eersteActie: '3' }),
      ...times(2, { team: 'oost', regio: 'Oost', eersteActie: '2' }),
      ...times(6, { team: 'oost', regio: 'Oost', eersteActie: null }), // no first step yet: not counted
    ];
    const table = tableOf(summaries, 'eersteActie');
    const median = Object.fromEntries(table.rows.map((row, r) => [row.label, table.medians![r]]));
    expect(median).toEqual({
      'Team Noord': '3 dagen',
      'Regio Noord, totaal': '3 dagen',
      'Team Oost': undefined,
      'Regio Oost, totaal': undefined,
      'Alle regio’s': '2 dagen', // 1,1,2,2,3,3,3: the middle one is 2
    });
    expect(medianBucket([0, 2, 3])).toBe(2);
    expect(medianBucket([4, 0])).toBeUndefined();
  });

  it('counts decisions with reasons, results and outcomes at 3 and 6 months', () => {
    const summaries = [
      ...times(8, { besluit: 'gestart', praktijkverklaring: true, uitkomst3: 'werk', uitkomst6: 'werk' }),
      ...times(5, { besluit: 'gestart', praktijkverklaring: false, uitkomst3: 'geen' }),
      ...times(6, { besluit: 'niet-gestart', reden: 'past-nu-niet' }),
      ...times(5, { besluit: 'niet-gestart', reden: 'kandidaat-ziet-af' }),
    ];
    expect(texts(tableOf(summaries, 'besluit'))['Alle regio’s']).toEqual(['13', '0', '6', '5', '0', '24']);
    expect(texts(tableOf(summaries, 'resultaat'))['Alle regio’s']).toEqual(['8', '5', '13']);
    expect(texts(tableOf(summaries, 'uitkomst3'))['Alle regio’s']).toEqual(['8', '0', '0', '5', '13']);
    expect(texts(tableOf(summaries, 'uitkomst6'))['Alle regio’s']).toEqual(['8', '0', '0', '0', '8']);
    expect(tableOf(summaries, 'besluit').columns[2]!.label).toBe('Niet gestart: past nu niet');
  });

  it('shows 1-4 as "<5" and hides the complementary cell so the total does not give it away', () => {
    const table = tableOf([...times(10, { advies: 'kansrijk' }), ...times(3, { advies: 'bespreken' })], 'advies');
    // 13 - 10 would give 3: 10 is shown as "≥5" as well.
    expect(texts(table)['Team Noord']).toEqual(['≥5', '<5', '0', '0', '0', '13']);
  });

  it('protects a team cell from the region total and the grand total', () => {
    const summaries = [
      ...times(7, { team: 'noord', advies: 'kansrijk' }),
      ...times(8, { team: 'oost', advies: 'kansrijk' }),
      ...times(2, { team: 'oost', advies: 'bespreken' }),
      ...times(9, { team: 'oost', advies: 'diploma-route' }),
    ];
    const t = texts(tableOf(summaries, 'advies'));
    // Without care: region 'bespreken' 2 = noord 0 + oost 2, and oost 2 = 19 - 8 - 9.
    expect(t['Team Oost']![1]).toBe('<5');
    expect(t['Regio Noord, totaal']![1]).toBe('<5');
    const oost = t['Team Oost']!;
    expect(oost.filter((text) => text === '<5' || text === '≥5').length).toBeGreaterThanOrEqual(2);
    expect(t['Alle regio’s']!.join(' ')).not.toMatch(/(^| )[1-4]( |$)/);
  });

  it('is safe for empty data', () => {
    const model = buildReport([], NAMES);
    expect(model.period).toBeUndefined();
    expect(model.rows.map((r) => r.niveau)).toEqual(['totaal']);
  });
});

describe('suppress: no relation leaves exactly one hidden cell', () => {
  const relationsOf = (rows: number, cols: number): SumRelation[] => {
    // rows × cols parts, last column the row total, last row the column totals
    const rel: SumRelation[] = [];
    for (let r = 0; r <= rows; r++)
      rel.push({ parts: [...Array(cols).keys()].map((c): Pos => [r, c]), whole: [r, cols] });
    for (let c = 0; c <= cols; c++)
      rel.push({ parts: [...Array(rows).keys()].map((r): Pos => [r, c]), whole: [rows, c] });
    return rel;
  };

  it('holds for any table of counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((rows) =>
          fc.integer({ min: 1, max: 5 }).chain((cols) =>
            fc.array(fc.array(fc.nat({ max: 12 }), { minLength: cols, maxLength: cols }), {
              minLength: rows,
              maxLength: rows,
            }),
          ),
        ),
        (inner) => {
          const rows = inner.length;
          const cols = inner[0]!.length;
          const withTotals = inner.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
          withTotals.push([...Array(cols + 1).keys()].map((c) => withTotals.reduce((sum, row) => sum + row[c]!, 0)));
          const relations = relationsOf(rows, cols);
          const shown = suppress(withTotals, relations);
          for (const row of shown)
            for (const cell of row) if (cell.value > 0 && cell.value < 5) expect(cell.text).toBe('<5');
          for (const { parts, whole } of relations) {
            const hidden = [...parts, whole].filter(([r, c]) => shown[r]![c]!.hidden !== null).length;
            expect(hidden === 0 || hidden >= 2).toBe(true);
          }
        },
      ),
    );
  });
});
