import { normalizeWidth } from "./normalizeWidth";
import { AMBIGUOUS_DATE, type DateOrder } from "./parseDate";

/** What a column's `a/b/yyyy` dates say about their order. */
export interface DateOrderEvidence {
  order: DateOrder;
  /** Rows whose first field is above 12 (only day-first can read them). */
  dayFirstProofs: number;
  /** Rows whose second field is above 12 (only month-first can read them). */
  monthFirstProofs: number;
  /** Rows in the ambiguous `a/b/yyyy` shape. */
  ambiguousRows: number;
}

/**
 * Decides once per column whether `3/5/2024` is 5 March or 3 May: a first field above 12 proves
 * day-first, a second field above 12 proves month-first; with no proof, month-first. When a column
 * has both kinds of proof the larger wins, and the rows of the other kind become invalid dates.
 * @example detectDateOrder([["31/1/2024"], ["2/1/2024"]], 0, 0).order // "dmy"
 */
export function detectDateOrder(cells: readonly (readonly unknown[])[], column: number, startRow: number): DateOrderEvidence {
  let dayFirstProofs = 0;
  let monthFirstProofs = 0;
  let ambiguousRows = 0;
  for (let i = startRow; i < cells.length; i++) {
    const cell = cells[i]?.[column];
    if (typeof cell !== "string") continue;
    const m = AMBIGUOUS_DATE.exec(normalizeWidth(cell).trim());
    if (!m) continue;
    ambiguousRows++;
    if (+m[1] > 12) dayFirstProofs++;
    else if (+m[2] > 12) monthFirstProofs++;
  }
  const order: DateOrder = dayFirstProofs > monthFirstProofs ? "dmy" : "mdy";
  return { order, dayFirstProofs, monthFirstProofs, ambiguousRows };
}
