import { protectText } from "../../excel/protectText";
import type { WorkbookModel } from "../workbook/WorkbookModel";
import { decodeText } from "../../cli/decodeText";
import { readCsv } from "../../cli/readCsv";

/**
 * Puts an opened orders file into a new sheet of the playground workbook and selects its block.
 * Text is written as text — `=1+1` in a file stays `=1+1`, never a formula — as Excel's import
 * would with text columns. The sheet gets the file's name (made unique and valid).
 * @example loadOrdersIntoSheet(model, "orders.csv", bytes) // "orders"
 */
export function loadOrdersIntoSheet(model: WorkbookModel, fileName: string, cells: unknown[][]): string {
  let base =
    fileName
      .replace(/\.[^.]+$/, "")
      .replace(/[:\\/?*[\]]/g, " ")
      .replace(/^'+|'+$/g, "")
      .slice(0, 28)
      .trim() || "Orders";
  if (base.toLowerCase() === "history") base = "Orders";
  let name = base;
  for (let i = 2; model.findSheet(name); i++) name = `${base} (${i})`.slice(0, 31);
  const sheet = model.addSheet(name);
  let width = 0;
  cells.forEach((row, r) => {
    width = Math.max(width, row.length);
    row.forEach((v, c) => sheet.writeValue(r, c, typeof v === "string" ? protectText(v) : v));
  });
  model.activeSheetId = sheet.id;
  model.selection = { sheetId: sheet.id, rect: { row: 0, col: 0, rows: Math.max(1, cells.length), cols: Math.max(1, width) } };
  return name;
}

/** Cells of a CSV file's bytes (UTF-8, BOM, UTF-16, GB18030; comma, semicolon or tab). */
export function csvCells(bytes: Uint8Array): unknown[][] {
  return readCsv(decodeText(bytes).text);
}
