import { MAX_COLS, type Rect } from "../workbook/addresses";
import type { SheetModel } from "../workbook/SheetModel";
import type { WorkbookModel } from "../workbook/WorkbookModel";
import { parseFormula, type FormulaCall } from "./parseFormula";

type Registered = (...args: unknown[]) => unknown;

/** The part of functions.json the engine needs: how many parameters, and whether the function streams. */
export interface FunctionMetadata {
  id: string;
  parameters: unknown[];
  options?: { stream?: boolean };
}

interface Evaluation {
  call: FormulaCall;
  value: unknown;
  refs: { sheetId: string; rect: Rect }[];
  cancel?: () => void;
}

/**
 * Evaluates the add-in's functions typed into playground cells, through the same registration Excel
 * uses (`CustomFunctions.associate`): arguments are read from the workbook, each call gets a
 * streaming invocation so live values arrive later, matrix results spill to the right and below,
 * and a formula re-runs when a cell it refers to changes.
 * @example const engine = new FormulaEngine(model, host.functions, () => grid.refresh());
 */
export class FormulaEngine {
  private readonly cells = new Map<string, Evaluation>();
  private readonly spills = new Map<string, unknown>();
  /** The cells each anchor spilled into, so a new result clears the old spill. */
  private readonly spillsOf = new Map<string, string[]>();
  private readonly metadata: Map<string, FunctionMetadata>;

  constructor(
    private readonly model: WorkbookModel,
    private readonly functions: Map<string, Registered>,
    metadata: FunctionMetadata[],
    private readonly onChange: () => void,
  ) {
    this.metadata = new Map(metadata.map((m) => [m.id.toUpperCase(), m]));
    model.evaluator = (formula, sheet, row, col) => this.valueOf(formula, sheet, row, col);
  }

  /** A value spilled into this cell by a matrix result, if any. */
  spilled(sheet: SheetModel, row: number, col: number): unknown {
    return this.spills.get(key(sheet.id, row, col));
  }

  /** Re-runs every formula that refers to the edited rectangle (call after any edit). */
  edited(sheet: SheetModel, rect: Rect): void {
    for (const [k, e] of this.cells) {
      if (e.refs.some((r) => r.sheetId === sheet.id && overlaps(r.rect, rect))) {
        e.cancel?.();
        this.cells.delete(k);
      }
    }
    this.onChange();
  }

  private valueOf(formula: string, sheet: SheetModel, row: number, col: number): unknown {
    const k = key(sheet.id, row, col);
    const known = this.cells.get(k);
    if (known && known.call.name === parseFormula(formula)?.name) return topLeft(known.value);
    const call = parseFormula(formula);
    if (!call) return "#NAME?";
    const [namespace, id] = call.name.includes(".") ? call.name.split(".", 2) : ["", call.name];
    const fn = namespace === "RFM" ? this.functions.get(id) : undefined;
    const meta = this.metadata.get(id);
    if (!fn || !meta) return "#NAME?";
    const evaluation: Evaluation = { call, value: "#BUSY!", refs: [] };
    this.cells.set(k, evaluation);
    const args = call.args.map((a) => {
      if (a.kind === "missing") return undefined;
      if (a.kind !== "ref") return a.value;
      const target = a.sheet ? this.model.findSheet(a.sheet) : sheet;
      if (!target) return "#REF!";
      evaluation.refs.push({ sheetId: target.id, rect: a.rect });
      if (a.rect.rows === 1 && a.rect.cols === 1 && a.text.indexOf(":") < 0) return target.value(a.rect.row, a.rect.col);
      return Array.from({ length: a.rect.rows }, (_, i) =>
        Array.from({ length: a.rect.cols }, (_, j) => target.value(a.rect.row + i, a.rect.col + j)),
      );
    });
    const settle = (value: unknown) => {
      evaluation.value = value instanceof Error ? `${(value as { code?: string }).code ?? "#VALUE!"}` : value;
      this.spill(sheet, row, col, evaluation.value);
    };
    const invocation = {
      setResult: (value: unknown) => {
        settle(value);
        this.onChange();
      },
      onCanceled: undefined as (() => void) | undefined,
    };
    evaluation.cancel = () => invocation.onCanceled?.();
    try {
      // Excel's calling convention: every declared parameter, then the invocation for streaming functions.
      const declared = padded(args, meta.parameters.length);
      const result = meta.options?.stream ? fn(...declared, invocation) : fn(...declared);
      if (result !== undefined) settle(result);
    } catch (e) {
      settle(e);
    }
    return topLeft(evaluation.value);
  }

  private spill(sheet: SheetModel, row: number, col: number, value: unknown): void {
    const anchor = key(sheet.id, row, col);
    for (const k of this.spillsOf.get(anchor) ?? []) this.spills.delete(k);
    this.spillsOf.delete(anchor);
    if (!Array.isArray(value)) return;
    const keys: string[] = [];
    value.forEach((r: unknown[], i: number) =>
      r.forEach((v, j) => {
        if (i === 0 && j === 0) return;
        const k = key(sheet.id, row + i, col + j);
        this.spills.set(k, v);
        keys.push(k);
      }),
    );
    this.spillsOf.set(anchor, keys);
  }
}

function key(sheetId: string, row: number, col: number): string {
  return `${sheetId}!${row * MAX_COLS + col}`;
}

function topLeft(value: unknown): unknown {
  return Array.isArray(value) ? (value[0]?.[0] ?? "") : value;
}

/** Exactly the declared number of arguments (missing ones undefined, as Excel passes them). */
function padded(args: unknown[], declared: number): unknown[] {
  const out = args.slice(0, declared);
  while (out.length < declared) out.push(undefined);
  return out;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
