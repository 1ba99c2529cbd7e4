import ExcelJS from "exceljs";
import { serialFromUtcMs } from "../core/dates/excelSerial";

/**
 * Cells of one worksheet of an .xlsx file as Excel's `range.values` would give them: numbers,
 * strings, booleans, `""` for empty cells, dates as serial numbers, error cells as `#N/A`-style
 * text, formulas as their cached results.
 * @example await readXlsx("orders.xlsx") // [["Customer", "Date", "Amount"], ["C1", 45356, 12.5]]
 */
export async function readXlsx(path: string, sheetName?: string): Promise<{ cells: unknown[][]; sheet: string; sheets: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets = workbook.worksheets.map((w) => w.name);
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet)
    throw new Error(
      sheetName === undefined ? "the workbook has no worksheet" : `no sheet named "${sheetName}"; sheets: ${sheets.join(", ")}`,
    );
  const cells: unknown[][] = [];
  const width = sheet.actualColumnCount === 0 ? 0 : sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const out = new Array<unknown>(width).fill("");
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col <= width) out[col - 1] = cellValue(cell.value);
    });
    cells.push(out);
  }
  return { cells, sheet: sheet.name, sheets };
}

function cellValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialFromUtcMs(v.getTime());
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v)
      return "result" in v && v.result !== undefined ? cellValue(v.result as ExcelJS.CellValue) : "";
    if ("text" in v) return typeof v.text === "string" ? v.text : "";
  }
  return String(v);
}
