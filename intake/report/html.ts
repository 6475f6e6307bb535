import type { ReportModel, ReportTable } from './aggregate';
import { barChartSvg } from './charts';
import { RAPPORT_TEXT as T, dayLabel, monthLabel } from './messages.nl';

/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts and
 * a Content-Security-Policy that forbids every request, so opening it contacts nobody.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

const CSS = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; margin: 0 auto;
  max-width: 980px; padding: 24px; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 32px 0 4px; border-bottom: 2px solid #1f5f8b; padding-bottom: 2px; }
p.meta { color: #444; margin: 2px 0; }
.about { background: #f3f6f9; border-left: 4px solid #1f5f8b; padding: 8px 16px; margin: 16px 0; }
.about p { margin: 6px 0; }
.chart svg { max-width: 100%; height: auto; }
.chart p { font-size: 0.8rem; color: #555; margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; margin: 8px 0; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid #c8c8c8; padding: 3px 6px; text-align: right; }
th:first-child, td:first-child { text-align: left; }
thead th { background: #e8eef3; }
tr.regio td, tr.regio th { background: #f5f5f5; font-weight: 600; }
tr.totaal td, tr.totaal th { background: #e8eef3; font-weight: 700; }
.scroll { overflow-x: auto; }
nav ol { columns: 2; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  section { break-inside: avoid; page-break-inside: avoid; }
  .scroll { overflow: visible; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
}
`;

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function tableHtml(table: ReportTable): string {
  const head = [
    '<th scope="col"></th>',
    ...table.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`),
    `<th scope="col">${T.total}</th>`,
    ...(table.medians ? [`<th scope="col">${T.median}</th>`] : []),
  ].join('');
  const body = table.rows
    .map((row, r) => {
      const cells = table.cells[r]!.map((cell) => `<td>${escapeHtml(cell.text)}</td>`).join('');
      const median = table.medians ? `<td>${escapeHtml(table.medians[r] ?? T.noMedian)}</td>` : '';
      return `<tr class="${row.niveau}"><th scope="row">${escapeHtml(row.label)}</th>${cells}${median}</tr>`;
    })
    .join('\n');
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function chartHtml(table: ReportTable): string {
  const r = table.rows.findIndex((row) => row.niveau === 'totaal');
  const total = table.cells[r]!;
  const svg = barChartSvg({ categories: table.columns.map((c) => c.label), cells: total.slice(0, -1) });
  const median = table.medians?.[r] ? ` ${T.medianOfAll(table.medians[r])}` : '';
  const hidden = total.some((cell) => cell.hidden) ? ` ${T.hiddenInChart}` : '';
  const label = escapeHtml(`${table.title}: ${T.chartOf}`);
  return `<figure class="chart" role="img" aria-label="${label}">${svg}<p>${escapeHtml(
    `${T.chartOf}.${median}${hidden}`,
  )}</p></figure>`;
}

function sectionHtml(table: ReportTable): string {
  return [
    `<section id="${table.id}">`,
    `<h2>${escapeHtml(table.title)}</h2>`,
    `<p>${escapeHtml(table.explanation)}</p>`,
    table.columns.length ? chartHtml(table) : '',
    tableHtml(table),
    '</section>',
  ].join('\n');
}

export function renderHtml(model: ReportModel, generatedAt: Date): string {
  const generated = dayLabel(generatedAt);
  const period = model.period
    ? T.period(monthLabel(model.period.from, true), monthLabel(model.period.to, true))
    : T.noData;
  const nav = model.tables.map((t) => `<li><a href="#${t.id}">${escapeHtml(t.title)}</a></li>`).join('');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(T.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(T.title)}</h1>
<p class="meta">${escapeHtml(T.subtitle)}</p>
<p class="meta">${escapeHtml(period)} ${escapeHtml(T.generated(generated))}</p>
</header>
<section class="about" aria-labelledby="over">
<h2 id="over" style="border:0;margin-top:8px">${escapeHtml(T.aboutTitle)}</h2>
${T.about.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</section>
<nav aria-label="${T.contents}"><ol>${nav}</ol></nav>
${model.tables.map(sectionHtml).join('\n')}
</body>
</html>
`;
}
