import { analyzeOrderRows, readOptionsOf } from "../core/analyzeOrders";
import { RfmInputError } from "../core/errors";
import { migrationBetween } from "../core/models/migrateSegments";
import { normalizeOptions } from "../core/options/normalizeOptions";
import { detectColumns, type DetectedColumns } from "../core/orders/detectColumns";
import { OrderReader } from "../core/orders/OrderReader";
import type { AnalysisResult, AnalyzeOptions, Lang } from "../core/types";
import type { ExcelRunner } from "../excel/excelRunner";
import { locateSource, type OrderSource } from "../excel/locateSource";
import { addinError } from "../excel/officeErrors";
import { readOrdersInBlocks, readPreview, type BlockReadStats } from "../excel/readOrdersInBlocks";
import { saveRun } from "../excel/runSettings";
import { writeResults, type WrittenSheet } from "../excel/writeResults";

export type Step = "locate" | "read" | "analyse" | "write" | "done";

export interface SegmentRequest {
  lang: Lang;
  options: AnalyzeOptions;
  /** The orders; by default the selection or the table around the active cell. */
  source?: OrderSource;
  confirmReplace: (sheetNames: string[]) => Promise<boolean>;
  signal?: AbortSignal;
  onProgress?: (step: Step, fraction: number) => void;
  /** When the run happens (for the run parameters on the summary sheet). */
  runAt: string;
  budgetBytes?: number;
  /** An earlier as-of date (YYYY-MM-DD): also write how segments changed from then to now. */
  compareDate?: string;
}

export interface SegmentOutcome {
  result: AnalysisResult;
  source: OrderSource;
  sheets: WrittenSheet[];
  read: BlockReadStats;
}

const PREVIEW_ROWS = 50;
let running = false;

/**
 * "Segment customers": find the orders, detect the columns, read the mapped columns in blocks,
 * analyse with the shared module, write the result sheets, remember the settings. One run at a
 * time; every failure arrives as an `AddinError` with a message in the user's language.
 * @example await segmentCustomers(Excel.run, { lang: "en", options: {}, confirmReplace: async () => true, runAt: new Date().toISOString() })
 */
export async function segmentCustomers(run: ExcelRunner, request: SegmentRequest): Promise<SegmentOutcome> {
  const { lang } = request;
  if (running) throw addinError("busy", lang);
  running = true;
  try {
    const progress = request.onProgress ?? (() => undefined);
    progress("locate", 0);
    const source = request.source ?? (await locateSource(run, lang));
    const preview = await readPreview(run, source, PREVIEW_ROWS + 1, lang);
    const detected = detectOrExplain(preview, request.options, lang);
    const options: AnalyzeOptions = { ...request.options, lang, firstRowNumber: source.row + 1, firstColumnIndex: source.col };
    const opts = normalizeOptions(options);
    const reader = new OrderReader(detected.mapping, readOptionsOf(opts, options), source.rows);
    const read = await readOrdersInBlocks(run, source, detected.mapping, reader, {
      lang,
      hasHeader: detected.hasHeader,
      bytesPerRow: bytesPerRow(preview.slice(detected.hasHeader ? 1 : 0), detected),
      budgetBytes: request.budgetBytes,
      signal: request.signal,
      onProgress: (done, total) => progress("read", total ? done / total : 1),
    });
    progress("analyse", 0);
    const rows = reader.finish();
    const shape = { mapping: detected.mapping, hasHeader: detected.hasHeader, dataRows: source.rows - (detected.hasHeader ? 1 : 0) };
    const result = analyzeOrderRows(rows, shape, options);
    // Migration: the same rows analysed again at the earlier date, so nothing is read twice.
    const migration =
      request.compareDate && result.asOf
        ? migrationBetween(
            analyzeOrderRows(rows, shape, { ...options, asOf: request.compareDate, clv: false, cohorts: false }),
            result,
            lang,
            request.compareDate,
            result.asOf,
          )
        : undefined;
    const sheets = await writeResults(run, result, {
      lang,
      sourceAddress: source.address,
      sourceSheet: source.sheetName,
      runAt: request.runAt,
      confirmReplace: request.confirmReplace,
      signal: request.signal,
      budgetBytes: request.budgetBytes,
      migration,
      onProgress: (_kind, fraction) => progress("write", fraction),
    });
    await saveRun(run, { source, options: request.options, ...(request.compareDate ? { compareDate: request.compareDate } : {}) });
    progress("done", 1);
    return { result, source, sheets, read };
  } finally {
    running = false;
  }
}

function detectOrExplain(preview: unknown[][], options: AnalyzeOptions, lang: Lang): DetectedColumns {
  if (preview.length < 2) throw addinError("nothingSelected", lang);
  try {
    return detectColumns(preview, { columns: options.columns, hasHeader: options.hasHeader, lang });
  } catch (e) {
    if (e instanceof RfmInputError) throw addinError("noColumns", lang, e.message);
    throw e;
  }
}

/** Average JSON size of the mapped cells of a row, from the preview (for sizing read blocks). */
function bytesPerRow(rows: unknown[][], detected: DetectedColumns): number {
  if (rows.length === 0) return 64;
  let total = 0;
  for (const row of rows) for (const m of detected.mapping) total += JSON.stringify(row[m.index] ?? "").length + 1;
  // Later rows can be longer than the first ones: leave room.
  return Math.ceil((total / rows.length) * 1.5);
}
