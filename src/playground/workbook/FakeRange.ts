import { MAX_COLS, MAX_ROWS, quoteSheetName, rectAddress, type Rect } from "./addresses";
import { ClientObject, jsonBytes, type FakeRequestContext } from "./context";
import { MESSAGES, RichApiError } from "./officeError";
import type { SheetModel } from "./SheetModel";
import { FakeWorksheet } from "./FakeWorksheet";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

const SCALARS = [
  "address",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "values",
  "formulas",
  "numberFormat",
  "text",
] as const;

/**
 * `Excel.Range` of the stand-in. The target is resolved at sync, so a range on a missing sheet
 * fails there with `ItemNotFound`, as in Excel.
 */
export class FakeRange extends ClientObject {
  protected readonly typeName = "Range";
  protected readonly scalarProperties = SCALARS;
  readonly format: RangeFormat;
  readonly conditionalFormats: ConditionalFormats;

  constructor(
    context: FakeRequestContext,
    readonly resolve: () => RangeTarget,
    private readonly isNull = false,
  ) {
    super(context);
    this.format = new RangeFormat(this);
    this.conditionalFormats = new ConditionalFormats(this);
  }

  get isNullObject(): boolean {
    return this.get<boolean>("isNullObject");
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(values: unknown[][]) {
    this.setAndQueue("values", values, () => this.write(values, "values"), jsonBytes(values));
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(values: unknown[][]) {
    this.setAndQueue("formulas", values, () => this.write(values, "formulas"), jsonBytes(values));
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.setAndQueue(
      "numberFormat",
      formats,
      () => {
        const { sheet, rect } = this.writable("Range.numberFormat");
        // A 1×1 array broadcasts to every cell, as in Excel.
        if (formats.length === 1 && formats[0].length === 1) return sheet.setNumberFormat(rect, String(formats[0][0]));
        checkSize(formats, rect, "Range.numberFormat");
        formats.forEach((row, i) =>
          row.forEach((f, j) => f !== null && sheet.setNumberFormat({ row: rect.row + i, col: rect.col + j, rows: 1, cols: 1 }, String(f))),
        );
      },
      jsonBytes(formats),
    );
  }
  set hyperlink(link: { address?: string; textToDisplay?: string; screenTip?: string; documentReference?: string }) {
    this.setAndQueue("hyperlink", link, () => {
      const { sheet, rect } = this.writable("Range.hyperlink");
      sheet.hyperlinks.set(rect.row * MAX_COLS + rect.col, link.documentReference ?? link.address ?? "");
      if (link.textToDisplay !== undefined) sheet.writeValue(rect.row, rect.col, link.textToDisplay);
    });
  }

  /** The range's worksheet (a navigation property: no load needed). */
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.resolve().sheet);
  }

  getCell(row: number, col: number): FakeRange {
    return this.derive((r) => ({ row: r.row + row, col: r.col + col, rows: 1, cols: 1 }));
  }
  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    return this.derive((r) => ({ ...r, rows: r.rows + deltaRows, cols: r.cols + deltaCols }));
  }
  getOffsetRange(rows: number, cols: number): FakeRange {
    return this.derive((r) => ({ ...r, row: r.row + rows, col: r.col + cols }));
  }
  getRow(i: number): FakeRange {
    return this.derive((r) => ({ ...r, row: r.row + i, rows: 1 }));
  }
  getColumn(j: number): FakeRange {
    return this.derive((r) => ({ ...r, col: r.col + j, cols: 1 }));
  }
  getEntireColumn(): FakeRange {
    return this.derive((r) => ({ ...r, row: 0, rows: MAX_ROWS }));
  }
  getRowsBelow(count = 1): FakeRange {
    return this.derive((r) => ({ ...r, row: r.row + r.rows, rows: count }));
  }
  getUsedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.resolve();
      const used = intersect(sheet.usedRect(), rect);
      if (!used) throw new RichApiError("ItemNotFound", MESSAGES.ItemNotFound, "Range.getUsedRange");
      return { sheet, rect: used };
    });
  }
  select(): void {
    this.context.enqueue({
      location: "Range.select",
      requestBytes: 16,
      run: () => void (this.context.model.selection = { sheetId: this.resolve().sheet.id, rect: this.resolve().rect }),
    });
  }
  clear(): void {
    this.context.enqueue({
      location: "Range.clear",
      requestBytes: 16,
      run: () => this.writable("Range.clear").sheet.clear(this.resolve().rect),
    });
  }

  protected read(property: string): unknown {
    if (property === "isNullObject") return this.isNull;
    const { sheet, rect } = this.resolve();
    const unbounded = rect.rows === MAX_ROWS || rect.cols === MAX_COLS;
    const grid = (cell: (r: number, c: number) => unknown) => {
      if (unbounded) return null; // Excel reads null for the values of a whole column or row
      if (rect.rows * rect.cols > this.context.model.cellReadLimit)
        throw new RichApiError("RangeExceedsLimit", "The range exceeds the maximum number of cells that can be read.");
      const out: unknown[][] = new Array(rect.rows);
      for (let i = 0; i < rect.rows; i++) {
        const row = new Array(rect.cols);
        for (let j = 0; j < rect.cols; j++) row[j] = cell(rect.row + i, rect.col + j);
        out[i] = row;
      }
      return out;
    };
    switch (property) {
      case "address":
        return `${quoteSheetName(sheet.name)}!${rectAddress(rect)}`;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "cellCount":
        return rect.rows * rect.cols;
      case "values":
        return grid((r, c) => sheet.value(r, c));
      case "formulas":
        return grid((r, c) => sheet.formula(r, c));
      case "numberFormat":
        return grid((r, c) => sheet.numberFormat(r, c));
      case "text":
        return grid((r, c) => String(sheet.value(r, c)));
      default:
        throw new RichApiError("InvalidArgument", `Unknown property Range.${property}`);
    }
  }

  /** The target, refusing writes to a protected sheet (the stand-in's choice: AccessDenied). */
  writable(location: string): RangeTarget {
    const target = this.resolve();
    if (target.sheet.protected) throw new RichApiError("AccessDenied", MESSAGES.AccessDenied, location);
    return target;
  }

  private write(values: unknown[][], kind: "values" | "formulas"): void {
    const { sheet, rect } = this.writable(`Range.${kind}`);
    checkSize(values, rect, `Range.${kind}`);
    if (kind === "values") this.context.model.writeValues(sheet, rect, values);
    else values.forEach((row, i) => row.forEach((v, j) => sheet.writeFormula(rect.row + i, rect.col + j, v)));
    this.context.afterSync.push(() =>
      this.context.model.emitChange({
        type: "WorksheetChanged",
        address: rectAddress(rect),
        changeType: "RangeEdited",
        source: "Local",
        worksheetId: sheet.id,
        triggerSource: "ThisLocalAddin",
      }),
    );
  }

  private derive(change: (r: Rect) => Rect): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.resolve();
      const next = change(rect);
      if (
        next.row < 0 ||
        next.col < 0 ||
        next.rows < 1 ||
        next.cols < 1 ||
        next.row + next.rows > MAX_ROWS ||
        next.col + next.cols > MAX_COLS
      ) {
        throw new RichApiError("InvalidArgument", MESSAGES.InvalidArgument);
      }
      return { sheet, rect: next };
    });
  }
}

function checkSize(values: unknown[][], rect: Rect, location: string): void {
  if (!Array.isArray(values) || values.length !== rect.rows || values.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
    throw new RichApiError("InvalidArgument", MESSAGES.SizeMismatch, location);
  }
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  return rowEnd > row && colEnd > col ? { row, col, rows: rowEnd - row, cols: colEnd - col } : null;
}

/** `range.format`: fonts, fills, column widths and autofit, recorded on the sheet. */
class RangeFormat {
  readonly font: { bold: boolean; color: string };
  readonly fill: { color: string };
  constructor(private readonly range: FakeRange) {
    const cells = (apply: (sheet: SheetModel, key: number) => void) =>
      range.context.enqueue({
        location: "RangeFormat",
        requestBytes: 32,
        run: () => {
          const { sheet, rect } = range.writable("RangeFormat");
          for (let r = rect.row; r < rect.row + Math.min(rect.rows, 100_000); r++)
            for (let c = rect.col; c < rect.col + rect.cols; c++) apply(sheet, r * MAX_COLS + c);
        },
      });
    this.font = {
      set bold(b: boolean) {
        cells((sheet, key) => sheet.fonts.set(key, { ...sheet.fonts.get(key), bold: b }));
      },
      set color(color: string) {
        cells((sheet, key) => sheet.fonts.set(key, { ...sheet.fonts.get(key), color }));
      },
    } as { bold: boolean; color: string };
    this.fill = {
      set color(color: string) {
        cells((sheet, key) => sheet.fills.set(key, color));
      },
    } as { color: string };
  }
  set columnWidth(width: number) {
    this.range.context.enqueue({
      location: "RangeFormat.columnWidth",
      requestBytes: 16,
      run: () => {
        const { sheet, rect } = this.range.resolve();
        for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, width);
      },
    });
  }
  autofitColumns(): void {
    this.range.context.enqueue({
      location: "RangeFormat.autofitColumns",
      requestBytes: 16,
      run: () => {
        const { sheet, rect } = this.range.resolve();
        for (let c = rect.col; c < rect.col + rect.cols; c++) {
          let width = 8;
          for (let r = rect.row; r < rect.row + Math.min(rect.rows, 2000); r++)
            width = Math.max(width, String(sheet.value(r, c)).length + 2);
          sheet.columnWidths.set(c, Math.min(width, 60) * 7);
        }
      },
    });
  }
}

/** `range.conditionalFormats`: recorded so tests and the playground can draw them. */
class ConditionalFormats {
  constructor(private readonly range: FakeRange) {}
  add(type: string): { colorScale: { criteria: unknown } } {
    const record = { rect: { row: 0, col: 0, rows: 0, cols: 0 }, type, criteria: null as unknown };
    this.range.context.enqueue({
      location: "ConditionalFormatCollection.add",
      requestBytes: 64,
      run: () => {
        const { sheet, rect } = this.range.resolve();
        record.rect = rect;
        sheet.conditionalFormats.unshift(record); // added at the top priority
      },
    });
    return {
      colorScale: {
        set criteria(c: unknown) {
          record.criteria = c;
        },
        get criteria() {
          return record.criteria;
        },
      },
    };
  }
}
