import type { ReportModel, ReportTable } from './aggregate';
import { RAPPORT_TEXT as T } from './messages.nl';

/**
 * One CSV file per table, with the same (suppressed) cells as the HTML: semicolon-separated
 * and with a byte order mark, so Excel with Dutch settings opens it in columns.
 */

function field(text: string): string {
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function tableCsv(table: ReportTable): string {
  const header = [
    T.csvHeader.niveau,
    T.csvHeader.regio,
    T.csvHeader.team,
    ...table.columns.map((c) => c.label),
    T.total,
    ...(table.medians ? [T.median] : []),
  ];
  const lines = table.rows.map((row, r) => [
    T.levels[row.niveau],
    row.niveau === 'totaal' ? '' : (row.regio ?? T.noRegion),
    row.niveau === 'team' ? row.label : '',
    ...table.cells[r]!.map((cell) => cell.text),
    ...(table.medians ? [table.medians[r] ?? ''] : []),
  ]);
  return `\uFEFF${[header, ...lines].map((line) => line.map(field).join(';')).join('\r\n')}\r\n`;
}

const FILE_NAMES: Record<ReportTable['id'], string> = {
  aanmeldingen: 'aanmeldingen-per-maand.csv',
  advies: 'advies.csv',
  eersteActie: 'tijd-tot-eerste-reactie.csv',
  adviesgesprek: 'tijd-tot-adviesgesprek.csv',
  besluit: 'besluiten.csv',
  resultaat: 'resultaat-traject.csv',
  uitkomst3: 'uitkomst-3-maanden.csv',
  uitkomst6: 'uitkomst-6-maanden.csv',
};

/** File name → CSV text. */
export function renderCsv(model: ReportModel): Map<string, string> {
  return new Map(model.tables.map((table) => [FILE_NAMES[table.id], tableCsv(table)]));
}
