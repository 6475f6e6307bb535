import { NotStartedReason, Outcome } from '../dossier/lifecycle';
import { NOT_STARTED_REASON_LABELS, OUTCOME_LABELS } from '../dossier/statusLabels.nl';
import { Advies } from '../screening/rules';
import { RAPPORT_TEXT as T, monthLabel } from './messages.nl';
import { DayBucket, type DossierSummary } from './summary';
import { suppress, SMALL_LIMIT, type Pos, type ShownCell, type SumRelation } from './suppress';

/**
 * From anonymous summaries to the report's tables: one row per intake team, a row per region
 * and one for all regions; counts suppressed (suppress.ts) before anything leaves this module.
 * Pure: the same summaries give the same tables.
 */

export interface ReportRow {
  niveau: 'team' | 'regio' | 'totaal';
  regio: string | null;
  /** The team's configured id (team rows only). */
  team?: string;
  label: string;
}

export interface ReportColumn {
  key: string;
  label: string;
}

export type TableId = keyof typeof T.tables;

export interface ReportTable {
  id: TableId;
  title: string;
  explanation: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** Per row: one cell per column, then the row total. Suppressed. */
  cells: ShownCell[][];
  /** Duration tables: the median bucket per row (only with 5 or more), else undefined. */
  medians?: (string | undefined)[];
}

export interface ReportModel {
  /** First and last month with an aanmelding (YYYY-MM); undefined without data. */
  period?: { from: string; to: string };
  rows: ReportRow[];
  tables: ReportTable[];
}

/** The configured teams' names (id → naam); a team no longer configured shows its id. */
export type TeamNames = ReadonlyMap<string, string>;

/** A column index for the summary, or undefined when it does not count in this table. */
type Classify = (summary: DossierSummary) => number | undefined;

interface TableSpec {
  id: TableId;
  columns: ReportColumn[];
  classify: Classify;
  median?: boolean;
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= to) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

function indexOf<T>(values: readonly T[], value: T | null): number | undefined {
  const i = value === null ? -1 : values.indexOf(value);
  return i < 0 ? undefined : i;
}

function specs(months: string[]): TableSpec[] {
  const reasons = NotStartedReason.options;
  const outcomes = Outcome.options;
  const outcomeColumns = outcomes.map((o) => ({ key: o, label: OUTCOME_LABELS[o] }));
  const dayColumns = DayBucket.options.map((b) => ({ key: b, label: T.days[b] }));
  return [
    {
      id: 'aanmeldingen',
      columns: months.map((m) => ({ key: m, label: monthLabel(m) })),
      classify: (s) => indexOf(months, s.maand),
    },
    {
      id: 'advies',
      columns: [
        ...Advies.options.map((a) => ({ key: a, label: T.advies[a] })),
        { key: 'geen', label: T.geenScreening },
      ],
      classify: (s) => (s.advies === null ? Advies.options.length : indexOf(Advies.options, s.advies)),
    },
    {
      id: 'eersteActie',
      columns: dayColumns,
      classify: (s) => indexOf(DayBucket.options, s.eersteActie),
      median: true,
    },
    {
      id: 'adviesgesprek',
      columns: dayColumns,
      classify: (s) => indexOf(DayBucket.options, s.adviesgesprek),
      median: true,
    },
    {
      id: 'besluit',
      columns: [
        { key: 'gestart', label: T.gestart },
        ...reasons.map((r) => ({ key: r, label: `${T.nietGestart}: ${NOT_STARTED_REASON_LABELS[r].toLowerCase()}` })),
        { key: 'geen-reden', label: T.redenOnbekend },
      ],
      classify: (s) => {
        if (s.besluit === 'gestart') return 0;
        if (s.besluit !== 'niet-gestart') return undefined;
        return s.reden === null ? reasons.length + 1 : 1 + reasons.indexOf(s.reden);
      },
    },
    {
      id: 'resultaat',
      columns: [
        { key: 'behaald', label: T.behaald },
        { key: 'niet-behaald', label: T.nietBehaald },
      ],
      classify: (s) => (s.praktijkverklaring === null ? undefined : s.praktijkverklaring ? 0 : 1),
    },
    { id: 'uitkomst3', columns: outcomeColumns, classify: (s) => indexOf(outcomes, s.uitkomst3) },
    { id: 'uitkomst6', columns: outcomeColumns, classify: (s) => indexOf(outcomes, s.uitkomst6) },
  ];
}

const compareText = (a: string, b: string) => a.localeCompare(b, 'nl');

/** Regions by name (none last), teams by name within them, each region followed by its total. */
function layout(summaries: readonly DossierSummary[], names: TeamNames): ReportRow[] {
  const regions = new Map<string | null, Set<string>>();
  for (const s of summaries) {
    if (!regions.has(s.regio)) regions.set(s.regio, new Set());
    regions.get(s.regio)!.add(s.team);
  }
  const regionOrder = [...regions.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : compareText(a, b)));
  const rows: ReportRow[] = [];
  for (const regio of regionOrder) {
    const teams = [...regions.get(regio)!].map((id) => ({ id, label: names.get(id) ?? id }));
    teams.sort((a, b) => compareText(a.label, b.label));
    for (const team of teams) rows.push({ niveau: 'team', regio, team: team.id, label: team.label });
    rows.push({ niveau: 'regio', regio, label: T.regionTotal(regio ?? T.noRegion) });
  }
  rows.push({ niveau: 'totaal', regio: null, label: T.allRegions });
  return rows;
}

/** Which cells add up to which: a row to its total, teams to their region, regions to all. */
function relations(rows: readonly ReportRow[], width: number): SumRelation[] {
  const result: SumRelation[] = [];
  const columns = [...Array(width + 1).keys()]; // the categories and the row total
  rows.forEach((_, r) => result.push({ parts: columns.slice(0, -1).map((c): Pos => [r, c]), whole: [r, width] }));
  const total = rows.findIndex((row) => row.niveau === 'totaal');
  const regionRows = rows.flatMap((row, r) => (row.niveau === 'regio' ? [r] : []));
  for (const c of columns) {
    for (const regionRow of regionRows) {
      const regio = rows[regionRow]!.regio;
      const teamRows = rows.flatMap((row, r) => (row.niveau === 'team' && row.regio === regio ? [r] : []));
      result.push({ parts: teamRows.map((r): Pos => [r, c]), whole: [regionRow, c] });
    }
    result.push({ parts: regionRows.map((r): Pos => [r, c]), whole: [total, c] });
  }
  return result;
}

/** The bucket holding the middle value (the lower middle for an even count); undefined below 5. */
export function medianBucket(counts: readonly number[]): number | undefined {
  const n = counts.reduce((sum, v) => sum + v, 0);
  if (n < SMALL_LIMIT) return undefined;
  let seen = 0;
  const middle = Math.floor((n - 1) / 2);
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i]!;
    if (seen > middle) return i;
  }
  return undefined;
}

function belongs(row: ReportRow, s: DossierSummary): boolean {
  if (row.niveau === 'totaal') return true;
  if (row.regio !== s.regio) return false;
  return row.niveau === 'regio' || row.team === s.team;
}

function table(spec: TableSpec, rows: ReportRow[], summaries: readonly DossierSummary[]): ReportTable {
  const width = spec.columns.length;
  const values = rows.map((row) => {
    const counts = new Array<number>(width + 1).fill(0);
    for (const s of summaries) {
      const c = belongs(row, s) ? spec.classify(s) : undefined;
      if (c === undefined) continue;
      counts[c]!++;
      counts[width]!++;
    }
    return counts;
  });
  const medians = spec.median
    ? values.map((counts) => {
        const i = medianBucket(counts.slice(0, width));
        return i === undefined ? undefined : spec.columns[i]!.label;
      })
    : undefined;
  return {
    id: spec.id,
    title: T.tables[spec.id].title,
    explanation: T.tables[spec.id].explanation,
    columns: spec.columns,
    rows,
    cells: suppress(values, relations(rows, width)),
    ...(medians ? { medians } : {}),
  };
}

export function buildReport(summaries: readonly DossierSummary[], names: TeamNames): ReportModel {
  const months = summaries.map((s) => s.maand).sort();
  const period = months.length ? { from: months[0]!, to: months.at(-1)! } : undefined;
  const rows = layout(summaries, names);
  const tables = specs(period ? monthsBetween(period.from, period.to) : []).map((spec) => table(spec, rows, summaries));
  return { ...(period ? { period } : {}), rows, tables };
}
