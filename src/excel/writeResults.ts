import type { AnalysisResult, Lang } from "../core/types";
import { supportsExcelApi, type ExcelRunner } from "./excelRunner";
import { addinError, translateOfficeError } from "./officeErrors";
import { SHEET_NAMES, type OutputKind } from "./outputTables";
import type { Migration } from "../core/models/migrateSegments";
import {
  writeCohortsSheet,
  writeCustomersSheet,
  writeHeatmapSheet,
  writeIssuesSheet,
  writeMigrationSheet,
  writeSummarySheet,
  type SheetWriteContext,
} from "./writeSheets";

/** Document setting that records which sheets this add-in wrote (by id: names can be changed). */
export const OUTPUTS_SETTING = "rfm.outputs";

export interface WriteResultsOptions {
  lang: Lang;
  sourceAddress: string;
  sourceSheet: string;
  runAt: string;
  /** Asked before the add-in's own earlier output is replaced; `false` leaves everything as it is. */
  confirmReplace: (sheetNames: string[]) => Promise<boolean>;
  signal?: AbortSignal;
  onProgress?: (step: OutputKind | "finish", fraction: number) => void;
  budgetBytes?: number;
  migration?: Migration;
}

export interface WrittenSheet {
  kind: OutputKind;
  name: string;
  id: string;
}

const WRITERS: Record<OutputKind, (context: Excel.RequestContext, sheet: Excel.Worksheet, w: SheetWriteContext) => Promise<void>> = {
  customers: writeCustomersSheet,
  summary: writeSummarySheet,
  heatmap: writeHeatmapSheet,
  issues: writeIssuesSheet,
  cohorts: writeCohortsSheet,
  migration: writeMigrationSheet,
};

/**
 * Writes the four result sheets. New sheets are written under temporary names; only when all of
 * them are complete are the add-in's previous sheets (recognised by the ids in the document
 * settings, after the user agreed) deleted and the new ones given their names — with a suffix when
 * a sheet of the user's already has the name. A cancel or failure deletes the new sheets and
 * leaves the workbook as it was. One undo step where ExcelApi 1.20 allows it.
 * @example await writeResults(Excel.run, result, { lang: "en", sourceAddress: "Orders!A1:C11", …, confirmReplace: async () => true })
 */
export async function writeResults(run: ExcelRunner, result: AnalysisResult, options: WriteResultsOptions): Promise<WrittenSheet[]> {
  const { lang } = options;
  try {
    const before = await run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(OUTPUTS_SETTING);
      setting.load("value");
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      const recorded = setting.isNullObject ? [] : ((setting.value as { sheets?: WrittenSheet[] } | null)?.sheets ?? []);
      const present = new Map(sheets.items.map((s) => [s.id, s.name]));
      return {
        ours: recorded.filter((r) => present.has(r.id)).map((r) => ({ ...r, name: present.get(r.id)! })),
        sheetNames: sheets.items.map((s) => s.name),
        tableNames: tables.items.map((t) => t.name),
      };
    });
    if (before.ours.length > 0 && !(await options.confirmReplace(before.ours.map((s) => s.name)))) throw addinError("cancelled", lang);

    const runOptions: Excel.RunOptions = supportsExcelApi("1.20") ? { mergeUndoGroup: true } : {};
    return await run(runOptions, async (context) => {
      const stamp = options.runAt.replace(/\D/g, "").slice(0, 14);
      const taken = new Set(before.sheetNames.map((n) => n.toLowerCase()));
      const unique = (base: string) => {
        let name = base;
        for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} (${i})`;
        taken.add(name.toLowerCase());
        return name;
      };
      const kinds: OutputKind[] = ["customers", "summary", "heatmap", "issues"];
      if (result.cohorts) kinds.push("cohorts");
      if (options.migration) kinds.push("migration");
      const created: { kind: OutputKind; sheet: Excel.Worksheet; tempName: string }[] = [];
      try {
        for (const kind of kinds) {
          const tempName = unique(`~RFM ${kind}`);
          const sheet = context.workbook.worksheets.add(tempName);
          sheet.load("id");
          created.push({ kind, sheet, tempName });
        }
        await context.sync();
        const w: SheetWriteContext = {
          result,
          lang,
          budgetBytes: options.budgetBytes ?? 4_000_000,
          signal: options.signal,
          sourceAddress: options.sourceAddress,
          sourceSheet: options.sourceSheet,
          runAt: options.runAt,
          migration: options.migration,
          tableNames: {
            customers: `RFM_tmp_Customers_${stamp}`,
            segments: `RFM_tmp_Segments_${stamp}`,
            thresholds: `RFM_tmp_Thresholds_${stamp}`,
            issues: `RFM_tmp_Issues_${stamp}`,
            cohorts: `RFM_tmp_Cohorts_${stamp}`,
            pivot: "RFM_Pivot",
          },
        };
        for (const [i, { kind, sheet }] of created.entries()) {
          options.onProgress?.(kind, i / created.length);
          await WRITERS[kind](context, sheet, w);
        }
        if (options.signal?.aborted) throw addinError("cancelled", lang);

        // Everything is written: replace the old output and give sheets and tables their names.
        options.onProgress?.("finish", 1);
        for (const old of before.ours) {
          context.workbook.worksheets.getItem(old.id).delete();
          taken.delete(old.name.toLowerCase());
        }
        await context.sync();
        const tablesTaken = new Set(before.tableNames.map((n) => n.toLowerCase()).filter((n) => !n.startsWith("rfm_")));
        const tableName = (base: string) => {
          let name = base;
          for (let i = 2; tablesTaken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
          tablesTaken.add(name.toLowerCase());
          return name;
        };
        context.workbook.tables.getItem(w.tableNames.customers).name = tableName("RFM_Customers");
        context.workbook.tables.getItem(w.tableNames.segments).name = tableName("RFM_Segments");
        context.workbook.tables.getItem(w.tableNames.thresholds).name = tableName("RFM_Thresholds");
        context.workbook.tables.getItem(w.tableNames.issues).name = tableName("RFM_Issues");
        if (result.cohorts) context.workbook.tables.getItem(w.tableNames.cohorts).name = tableName("RFM_Cohorts");
        const written: WrittenSheet[] = [];
        for (const { kind, sheet, tempName } of created) {
          taken.delete(tempName.toLowerCase());
          const name = unique(SHEET_NAMES[lang][kind]);
          sheet.name = name;
          written.push({ kind, name, id: sheet.id });
        }
        context.workbook.settings.add(OUTPUTS_SETTING, { sheets: written, runAt: options.runAt });
        created[1].sheet.activate();
        await context.sync();
        return written;
      } catch (e) {
        // Leave no half-written sheets behind. If even that fails, say both things.
        for (const { sheet } of created) sheet.delete();
        try {
          await context.sync();
        } catch (cleanup) {
          const first = translateOfficeError(e, lang).message;
          throw addinError("excel", lang, `${first} — ${translateOfficeError(cleanup, lang).message}`);
        }
        throw e;
      }
    });
  } catch (e) {
    throw translateOfficeError(e, lang);
  }
}
