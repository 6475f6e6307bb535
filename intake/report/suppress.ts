/**
 * Small-count suppression for a table of counts with totals. Primary: a cell of 1-4 is shown
 * as "<5". Secondary (complementary): every total relation ("these cells add up to that
 * one": a row to its total, teams to their region, regions to the grand total) that would
 * hide exactly one cell also hides the smallest other non-zero cell of that relation (shown
 * as "≥5"), repeated until no relation hides exactly one cell. Then no hidden cell can be
 * found back by subtracting the shown cells from a total.
 */

export type Hidden = 'klein' | 'aanvulling';

/** A cell's position: [row, column]. */
export type Pos = readonly [number, number];

/** `parts` add up to `whole`. */
export interface SumRelation {
  parts: readonly Pos[];
  whole: Pos;
}

export interface ShownCell {
  value: number;
  hidden: Hidden | null;
  /** What the report and the CSV show: the count, "<5" or "≥5". */
  text: string;
}

export const SMALL_LIMIT = 5;

export function suppress(values: readonly (readonly number[])[], relations: readonly SumRelation[]): ShownCell[][] {
  const hidden = values.map((row) => row.map((v): Hidden | null => (v > 0 && v < SMALL_LIMIT ? 'klein' : null)));
  const at = ([r, c]: Pos) => values[r]![c]!;
  const isHidden = ([r, c]: Pos) => hidden[r]![c] !== null;
  let changed = true;
  while (changed) {
    changed = false;
    for (const { parts, whole } of relations) {
      const members = [...parts, whole];
      if (members.filter(isHidden).length !== 1) continue;
      // The smallest shown non-zero part; the whole only when no part is left.
      const candidates = parts.filter((p) => !isHidden(p) && at(p) > 0).sort((a, b) => at(a) - at(b));
      const pick = candidates[0] ?? (!isHidden(whole) && at(whole) > 0 ? whole : undefined);
      if (!pick) continue; // cannot happen (a hidden cell is non-zero, so is its whole): a guard
      hidden[pick[0]]![pick[1]] = 'aanvulling';
      changed = true;
    }
  }
  return values.map((row, r) =>
    row.map((value, c) => {
      const h = hidden[r]![c]!;
      return { value, hidden: h, text: h === 'klein' ? '<5' : h === 'aanvulling' ? '≥5' : String(value) };
    }),
  );
}
