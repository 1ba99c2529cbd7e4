import { columnLetters } from "../core/orders/detectColumns";
import type { Lang } from "../core/types";
import type { ExcelRunner } from "./excelRunner";
import { addinError, translateOfficeError } from "./officeErrors";

/** Where the orders are: a block of cells on one sheet (zero-based position), maybe an Excel table. */
export interface OrderSource {
  sheetName: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  tableName: string | null;
  address: string;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/**
 * The orders to analyse: the selected block; or, when a single cell is selected, the Excel table
 * around it; whole-column selections are cut to the used range. One cell outside any table is
 * refused with a message saying what to select.
 * @example await locateSource(Excel.run, "en") // { sheetName: "Orders", row: 0, col: 0, rows: 20001, cols: 6, tableName: "Orders", … }
 */
export async function locateSource(run: ExcelRunner, lang: Lang): Promise<OrderSource> {
  try {
    return await run(async (context) => {
      const selection = context.workbook.getSelectedRange();
      selection.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      const sheet = selection.worksheet;
      sheet.load("name");
      const used = sheet.getUsedRange();
      used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      // Every table's place on this sheet, read once: both a single cell and a whole-table selection need them.
      const loaded = tables.items.map((t) => {
        const r = t.getRange();
        r.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
        const ws = r.worksheet;
        ws.load("name");
        return { name: t.name, r, ws };
      });
      await context.sync();
      const tablesHere = loaded
        .filter(({ ws }) => ws.name === sheet.name)
        .map(({ name, r }) => ({ name, rect: { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount } }));
      const sel = { row: selection.rowIndex, col: selection.columnIndex, rows: selection.rowCount, cols: selection.columnCount };
      if (sel.rows === 1 && sel.cols === 1) {
        const around = tablesHere.find((t) => contains(t.rect, sel));
        if (!around) throw addinError("nothingSelected", lang);
        return source(sheet.name, around.rect, around.name);
      }
      // A whole-column or whole-row selection means "these columns": keep the part that holds data.
      let rect = sel;
      if (sel.rows === MAX_ROWS || sel.cols === MAX_COLS) {
        const u = { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
        const row = Math.max(sel.row, u.row);
        const col = Math.max(sel.col, u.col);
        const rows = Math.min(sel.row + sel.rows, u.row + u.rows) - row;
        const cols = Math.min(sel.col + sel.cols, u.col + u.cols) - col;
        if (rows < 1 || cols < 1) throw addinError("nothingSelected", lang);
        rect = { row, col, rows, cols };
      }
      // A selection that is exactly an Excel table binds to the table, so rows added under it count.
      const same = tablesHere.find(
        (t) => t.rect.row === rect.row && t.rect.col === rect.col && t.rect.rows === rect.rows && t.rect.cols === rect.cols,
      );
      return source(sheet.name, rect, same ? same.name : null);
    });
  } catch (e) {
    throw translateOfficeError(e, lang);
  }
}

function contains(outer: { row: number; col: number; rows: number; cols: number }, cell: { row: number; col: number }): boolean {
  return cell.row >= outer.row && cell.row < outer.row + outer.rows && cell.col >= outer.col && cell.col < outer.col + outer.cols;
}

function source(sheetName: string, rect: { row: number; col: number; rows: number; cols: number }, tableName: string | null): OrderSource {
  const quoted = /^[A-Za-z_][\w.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return {
    sheetName,
    ...rect,
    tableName,
    address: `${quoted}!${columnLetters(rect.col)}${rect.row + 1}:${columnLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`,
  };
}
