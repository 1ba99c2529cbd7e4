import { quoteSheetName, rectAddress, type Rect } from "./addresses";
import { MESSAGES, RichApiError } from "./officeError";
import { SheetModel, type FormulaEvaluator } from "./SheetModel";

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** Header row included. */
  rect: Rect;
  style: string;
}

export interface PivotModel {
  id: string;
  name: string;
  sheetId: string;
  sourceTableId: string | null;
  source: { sheetId: string; rect: Rect };
  destination: { row: number; col: number };
  rows: string[];
  data: { field: string; name: string; summarizeBy: string }[];
}

export interface ChangeEvent {
  type: "WorksheetChanged";
  address: string;
  changeType: "RangeEdited";
  source: "Local";
  worksheetId: string;
  tableId?: string;
  triggerSource: "Unknown" | "ThisLocalAddin";
}

/** Request statistics, for the benchmark and for tests that check the 5 MB cap. */
export interface SyncStats {
  syncs: number;
  /** Largest request and response Excel accepted. */
  largestRequestBytes: number;
  largestResponseBytes: number;
  /** Syncs refused for their size (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). */
  refusedForSize: number;
}

/**
 * The workbook behind the Excel stand-in: sheets, tables, PivotTables, settings, selection and
 * change listeners, as plain data. The API layer (proxies, load/sync) works on this.
 */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly pivots: PivotModel[] = [];
  readonly settings = new Map<string, unknown>();
  readonly stats: SyncStats = { syncs: 0, largestRequestBytes: 0, largestResponseBytes: 0, refusedForSize: 0 };
  /** Excel on the web's per-request and per-response cap. */
  payloadLimit = 5 * 1024 * 1024;
  /** Cells one range read may return. */
  cellReadLimit = 5_000_000;
  cellEditMode = false;
  /** Workbook structure protection: sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  evaluator: FormulaEvaluator | null = null;
  activeSheetId = "";
  selection: { sheetId: string; rect: Rect } | null = null;
  private readonly listeners = new Map<string, ((event: ChangeEvent) => Promise<unknown> | void)[]>();
  private nextId = 1;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.addSheet(name);
    this.activeSheetId = this.sheets[0]?.id ?? "";
  }

  newId(prefix: string): string {
    const n = this.nextId++;
    return `{${prefix.toUpperCase()}${String(n).padStart(4, "0")}-0000-4000-8000-${String(n).padStart(12, "0")}}`;
  }

  addSheet(name: string): SheetModel {
    if (this.structureProtected) throw new RichApiError("AccessDenied", MESSAGES.AccessDenied, "WorksheetCollection.add");
    if (!isValidSheetName(name)) throw new RichApiError("InvalidArgument", MESSAGES.InvalidArgument, "WorksheetCollection.add");
    if (this.findSheet(name)) throw new RichApiError("ItemAlreadyExists", MESSAGES.ItemAlreadyExists, "WorksheetCollection.add");
    const sheet = new SheetModel(this.newId("sheet"), name, () => this.evaluator);
    this.sheets.push(sheet);
    return sheet;
  }

  /** By id, or by name ignoring case (sheet names are unique ignoring case). */
  findSheet(nameOrId: string): SheetModel | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
  }

  sheet(nameOrId: string, location: string): SheetModel {
    const sheet = this.findSheet(nameOrId);
    if (!sheet) throw new RichApiError("ItemNotFound", MESSAGES.ItemNotFound, location);
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.filter((s) => s.visibility === "Visible").length <= 1 && sheet.visibility === "Visible") {
      throw new RichApiError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheetId === sheet.id) this.tables.splice(i, 1);
    for (let i = this.pivots.length - 1; i >= 0; i--) if (this.pivots[i].sheetId === sheet.id) this.pivots.splice(i, 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? "";
    this.listeners.delete(sheet.id);
  }

  onSheetChanged(sheetId: string, handler: (event: ChangeEvent) => Promise<unknown> | void): () => void {
    const list = this.listeners.get(sheetId) ?? [];
    list.push(handler);
    this.listeners.set(sheetId, list);
    return () => list.splice(list.indexOf(handler), 1);
  }

  /** Fires the sheet's change handlers (after the writing sync, as Excel does). */
  emitChange(event: ChangeEvent): void {
    for (const handler of [...(this.listeners.get(event.worksheetId) ?? [])]) void handler(event);
  }

  /**
   * A write to cells, as the user (or a paste) makes it: values land, a table directly above
   * grows to take rows written right under it, and change handlers fire.
   */
  userEdit(sheetName: string, rect: Rect, values: unknown[][]): void {
    const sheet = this.sheet(sheetName, "userEdit");
    this.writeValues(sheet, rect, values);
    this.emitChange({
      type: "WorksheetChanged",
      address: `${quoteSheetName(sheet.name)}!${rectAddress(rect)}`,
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: sheet.id,
      triggerSource: "Unknown",
    });
  }

  writeValues(sheet: SheetModel, rect: Rect, values: unknown[][]): void {
    for (let i = 0; i < rect.rows; i++) {
      const row = values[i];
      for (let j = 0; j < rect.cols; j++) sheet.writeValue(rect.row + i, rect.col + j, row[j]);
    }
    this.growTables(sheet, rect);
  }

  /** Writing into the row right under a table grows the table (Excel's auto-expansion). */
  growTables(sheet: SheetModel, rect: Rect): void {
    for (const t of this.tables) {
      if (t.sheetId !== sheet.id) continue;
      const below = t.rect.row + t.rect.rows;
      if (rect.row === below && rect.col >= t.rect.col && rect.col + rect.cols <= t.rect.col + t.rect.cols)
        t.rect = { ...t.rect, rows: t.rect.rows + rect.rows };
    }
  }
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end, not "History". */
export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history" &&
    name.trim() !== ""
  );
}
