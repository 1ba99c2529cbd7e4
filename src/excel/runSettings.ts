import type { AnalyzeOptions } from "../core/types";
import type { ExcelRunner } from "./excelRunner";
import type { OrderSource } from "./locateSource";

/** Document setting holding the last run's source and options, so a colleague re-runs the same analysis. */
export const RUN_SETTING = "rfm.settings";

export interface SavedRun {
  source: OrderSource;
  options: AnalyzeOptions;
  compareDate?: string;
}

/**
 * The saved run, with the source brought up to date: a table is found again by name, so rows
 * added to it since are included. `null` when nothing was saved or the source is gone.
 * @example await loadSavedRun(Excel.run) // { source: { sheetName: "Orders", tableName: "Orders", … }, options: { scheme: "cn8" } }
 */
export async function loadSavedRun(run: ExcelRunner): Promise<SavedRun | null> {
  return run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(RUN_SETTING);
    setting.load("value");
    await context.sync();
    if (setting.isNullObject) return null;
    const saved = setting.value as SavedRun;
    if (!saved.source.tableName) {
      const sheet = context.workbook.worksheets.getItemOrNullObject(saved.source.sheetName);
      await context.sync();
      return sheet.isNullObject ? null : saved;
    }
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    const table = tables.items.find((t) => t.name === saved.source.tableName);
    if (!table) return null;
    const range = table.getRange();
    range.load(["rowIndex", "columnIndex", "rowCount", "columnCount", "address"]);
    const sheet = range.worksheet;
    sheet.load("name");
    await context.sync();
    return {
      options: saved.options,
      source: {
        ...saved.source,
        sheetName: sheet.name,
        row: range.rowIndex,
        col: range.columnIndex,
        rows: range.rowCount,
        cols: range.columnCount,
        address: range.address,
      },
    };
  });
}

/** Remembers the run in the document (saved with the workbook). */
export async function saveRun(run: ExcelRunner, saved: SavedRun): Promise<void> {
  await run(async (context) => {
    context.workbook.settings.add(RUN_SETTING, saved);
    await context.sync();
  });
}
