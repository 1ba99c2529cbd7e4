import { MAX_COLS, type Rect } from "./addresses";
import { parseTypedInput } from "./parseTypedInput";

export interface ConditionalFormatModel {
  rect: Rect;
  type: string;
  criteria: unknown;
}

export interface ChartModel {
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: string;
  position: Rect | null;
}

/** Evaluates a formula cell; the playground plugs in its formula engine, tests may too. */
export type FormulaEvaluator = (formula: string, sheet: SheetModel, row: number, col: number) => unknown;

/**
 * One worksheet's contents. Values are stored per column in dense arrays, so a million-row order
 * list costs a few arrays rather than millions of map entries; formulas, hyperlinks and formats
 * are sparse.
 */
export class SheetModel {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  frozenRows = 0;
  frozenCols = 0;
  protected = false;
  tabColor = "";
  readonly customProperties = new Map<string, { key: string; value: string }>();
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hyperlinks = new Map<number, string>();
  readonly fonts = new Map<number, { bold?: boolean; color?: string }>();
  readonly fills = new Map<number, string>();
  private readonly columns: unknown[][] = [];
  private readonly formulas = new Map<number, string>();
  /** Number formats: rectangle rules and single cells, each stamped so the latest write wins. */
  private readonly formats: { rect: Rect; format: string; seq: number }[] = [];
  private readonly cellFormats = new Map<number, { format: string; seq: number }>();
  private formatSeq = 0;

  constructor(
    readonly id: string,
    public name: string,
    private readonly evaluate: () => FormulaEvaluator | null,
  ) {}

  value(row: number, col: number): unknown {
    const key = row * MAX_COLS + col;
    const formula = this.formulas.get(key);
    if (formula !== undefined) {
      const evaluator = this.evaluate();
      return evaluator ? evaluator(formula, this, row, col) : "#NAME?";
    }
    const v = this.columns[col]?.[row];
    return v === undefined ? "" : v;
  }

  formula(row: number, col: number): unknown {
    return this.formulas.get(row * MAX_COLS + col) ?? this.value(row, col);
  }

  numberFormat(row: number, col: number): string {
    const cell = this.cellFormats.get(row * MAX_COLS + col);
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const f = this.formats[i];
      if (cell && cell.seq > f.seq) return cell.format;
      const r = f.rect;
      if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols) return f.format;
    }
    return cell?.format ?? "General";
  }

  /** Writes one cell as `range.values` does (strings parsed like typed input); `null` leaves it. */
  writeValue(row: number, col: number, v: unknown): void {
    if (v === null || v === undefined) return;
    const key = row * MAX_COLS + col;
    this.formulas.delete(key);
    if (typeof v === "string") {
      if (v === "") return this.store(row, col, "");
      const parsed = parseTypedInput(v, this.numberFormat(row, col));
      if (parsed.kind === "formula") {
        this.formulas.set(key, parsed.formula);
        return this.store(row, col, undefined);
      }
      if (parsed.numberFormat) this.setNumberFormat({ row, col, rows: 1, cols: 1 }, parsed.numberFormat);
      return this.store(row, col, parsed.value);
    }
    this.store(row, col, v);
  }

  /** Writes one cell as `range.formulas` does: `=…` is a formula, anything else a value. */
  writeFormula(row: number, col: number, v: unknown): void {
    if (typeof v === "string" && v.startsWith("=")) {
      this.formulas.set(row * MAX_COLS + col, v);
      this.store(row, col, undefined);
    } else this.writeValue(row, col, v);
  }

  setNumberFormat(rect: Rect, format: string): void {
    const seq = ++this.formatSeq;
    if (rect.rows === 1 && rect.cols === 1) this.cellFormats.set(rect.row * MAX_COLS + rect.col, { format, seq });
    else this.formats.push({ rect: { ...rect }, format, seq });
  }

  /** The smallest rectangle holding every non-empty value or formula (A1 when empty). */
  usedRect(): Rect {
    let maxRow = -1;
    let maxCol = -1;
    let minRow = Infinity;
    let minCol = Infinity;
    this.columns.forEach((column, c) => {
      if (!column) return;
      for (let r = 0; r < column.length; r++) {
        const v = column[r];
        if (v !== undefined && v !== "") {
          if (r < minRow) minRow = r;
          if (r > maxRow) maxRow = r;
          if (c < minCol) minCol = c;
          if (c > maxCol) maxCol = c;
        }
      }
    });
    for (const key of this.formulas.keys()) {
      const r = Math.floor(key / MAX_COLS);
      const c = key % MAX_COLS;
      minRow = Math.min(minRow, r);
      maxRow = Math.max(maxRow, r);
      minCol = Math.min(minCol, c);
      maxCol = Math.max(maxCol, c);
    }
    if (maxRow < 0) return { row: 0, col: 0, rows: 1, cols: 1 };
    return { row: minRow, col: minCol, rows: maxRow - minRow + 1, cols: maxCol - minCol + 1 };
  }

  /** Removes everything in the rectangle's rows below (used when a sheet is cleared). */
  clear(rect: Rect): void {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const column = this.columns[c];
      if (column) for (let r = rect.row; r < Math.min(column.length, rect.row + rect.rows); r++) column[r] = undefined;
    }
    for (const key of [...this.formulas.keys()]) {
      const r = Math.floor(key / MAX_COLS);
      const c = key % MAX_COLS;
      if (r >= rect.row && r < rect.row + rect.rows && c >= rect.col && c < rect.col + rect.cols) this.formulas.delete(key);
    }
  }

  private store(row: number, col: number, v: unknown): void {
    let column = this.columns[col];
    if (!column) column = this.columns[col] = [];
    while (column.length < row) column.push(undefined);
    column[row] = v;
  }
}
