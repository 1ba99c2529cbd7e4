import ExcelJS from "exceljs";
import { isoFromSerial } from "../../core/dates/excelSerial";
import type { WorkbookModel } from "../workbook/WorkbookModel";

/**
 * The playground workbook as an .xlsx: every sheet, its values and number formats; formulas are
 * saved as their current values (the add-in's functions exist only where the add-in runs).
 * @example const bytes = await workbookToXlsx(model)
 */
export async function workbookToXlsx(
  model: WorkbookModel,
  spilled?: (sheetId: string, row: number, col: number) => unknown,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const ws = book.addWorksheet(sheet.name);
    const used = sheet.usedRect();
    const rows = used.row + used.rows;
    const cols = used.col + used.cols + 20; // spilled results reach beyond the used range
    for (let r = 0; r < rows + 60; r++) {
      for (let c = 0; c < cols; c++) {
        let v = sheet.value(r, c);
        if (v === "" && spilled) v = spilled(sheet.id, r, c) ?? "";
        if (v === "" || v === undefined || v === null) continue;
        const cell = ws.getCell(r + 1, c + 1);
        const format = sheet.numberFormat(r, c);
        if (typeof v === "number" && /y{2,4}|d{1,2}/.test(format) && !/[#0]/.test(format)) {
          const [y, m, d] = isoFromSerial(v).split("-").map(Number);
          cell.value = new Date(Date.UTC(y, m - 1, d));
        } else cell.value = v as ExcelJS.CellValue;
        if (format !== "General") cell.numFmt = format;
      }
    }
    if (sheet.frozenRows > 0) ws.views = [{ state: "frozen", ySplit: sheet.frozenRows }];
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
