import type { Lang } from "../core/types";
import { addinError } from "./officeErrors";
import type { OutputTable } from "./outputTables";

export interface BlockWriteOptions {
  lang: Lang;
  /** Bytes one request may carry (Excel on the web refuses more than 5 MB). */
  budgetBytes: number;
  signal?: AbortSignal;
  onRows?: (rows: number) => void;
}

/** Approximate request bytes of a row of values (as JSON). */
function rowBytes(row: unknown[]): number {
  let n = 2;
  for (const v of row) n += (typeof v === "string" ? v.length * 1.2 + 2 : v === null || v === undefined ? 4 : String(v).length) + 1;
  return n;
}

/**
 * Writes rows at (row, col) in blocks that each stay under the byte budget, one sync per block with
 * calculation suspended, checking for cancellation between blocks. Values only: formats follow.
 * @example await writeRows(ctx, sheet, 1, 0, rows, { lang: "en", budgetBytes: 4_000_000 })
 */
export async function writeRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  rows: unknown[][],
  options: BlockWriteOptions,
): Promise<void> {
  let start = 0;
  while (start < rows.length) {
    if (options.signal?.aborted) throw addinError("cancelled", options.lang);
    let bytes = 0;
    let end = start;
    while (end < rows.length && (end === start || bytes + rowBytes(rows[end]) < options.budgetBytes)) bytes += rowBytes(rows[end++]);
    const width = rows[start].length;
    context.workbook.application.suspendApiCalculationUntilNextSync();
    sheet.getRangeByIndexes(row + start, col, end - start, width).values = rows.slice(start, end);
    await context.sync();
    options.onRows?.(end - start);
    start = end;
  }
}

/**
 * A header-and-rows block written as an Excel table: values first (in blocks), then one number
 * format per column, then the table with its style; returns the table's data range size.
 * @example await writeTable(ctx, sheet, 0, 0, customerTable(result, "en"), "RFM_Customers", options)
 */
export async function writeTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  table: OutputTable,
  tableName: string,
  options: BlockWriteOptions & { style?: string },
): Promise<Excel.Table> {
  const width = table.header.length;
  const body = table.rows.length > 0 ? table.rows : [new Array(width).fill("")];
  sheet.getRangeByIndexes(row, col, 1, width).values = [table.header];
  await writeRows(context, sheet, row + 1, col, body, options);
  table.formats.forEach((format, j) => {
    if (format !== "General") sheet.getRangeByIndexes(row + 1, col + j, body.length, 1).numberFormat = [[format]];
  });
  const excelTable = context.workbook.tables.add(sheet.getRangeByIndexes(row, col, body.length + 1, width), true);
  excelTable.name = tableName;
  excelTable.style = options.style ?? "TableStyleMedium2";
  await context.sync();
  return excelTable;
}

/**
 * Label/value pairs (KPIs, run parameters) with a number format per value.
 */
export function writePairs(sheet: Excel.Worksheet, row: number, col: number, table: OutputTable): void {
  sheet.getRangeByIndexes(row, col, table.rows.length, 2).values = table.rows;
  table.formats.forEach((format, i) => {
    if (format !== "General") sheet.getRangeByIndexes(row + i, col + 1, 1, 1).numberFormat = [[format]];
  });
  sheet.getRangeByIndexes(row, col, table.rows.length, 1).format.font.bold = true;
}
