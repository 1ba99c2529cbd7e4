import type { OrderReader } from "../core/orders/OrderReader";
import type { ColumnMapping, Lang } from "../core/types";
import type { ExcelRunner } from "./excelRunner";
import type { OrderSource } from "./locateSource";
import { addinError, translateOfficeError } from "./officeErrors";

export interface BlockReadOptions {
  lang: Lang;
  hasHeader: boolean;
  /** Bytes one request/response may carry; Excel on the web refuses more than 5 MB. */
  budgetBytes?: number;
  /** Measured from the preview: JSON bytes of the mapped cells of one row. */
  bytesPerRow?: number;
  signal?: AbortSignal;
  onProgress?: (rowsRead: number, rowsTotal: number) => void;
  /** Receives each block's raw values per mapped column (for a caller that keeps them, like the live model). */
  onBlock?: (firstRow: number, columns: number[], values: unknown[][][]) => void;
  /** Rows of the source to read, as [first, end) within it; by default every data row. */
  rows?: [number, number];
}

export interface BlockReadStats {
  blocks: number;
  halvings: number;
  rowsPerBlock: number;
}

const PAYLOAD_ERRORS = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/**
 * Reads the mapped columns of the source — and only those — in row blocks sized to stay under the
 * payload cap, feeding each block to the reader as it arrives, so memory stays bounded by one
 * block. A block refused for its size is retried at half the rows. Cancellable between blocks.
 * @example await readOrdersInBlocks(Excel.run, source, mapping, reader, { lang: "en", hasHeader: true })
 */
export async function readOrdersInBlocks(
  run: ExcelRunner,
  source: OrderSource,
  mapping: ColumnMapping[],
  reader: OrderReader,
  options: BlockReadOptions,
): Promise<BlockReadStats> {
  const columns = [...new Set(mapping.map((m) => m.index))].sort((a, b) => a - b);
  const width = columns[columns.length - 1] + 1;
  const budget = options.budgetBytes ?? 4_000_000;
  // Each cell of a one-column read travels as "[value]," — a few bytes beyond the value itself.
  const perRow = Math.max(8, options.bytesPerRow ?? 24 * columns.length) + 4 * columns.length;
  let rowsPerBlock = Math.max(1, Math.min(250_000, Math.floor(budget / perRow)));
  const stats: BlockReadStats = { blocks: 0, halvings: 0, rowsPerBlock };
  let pos = options.rows?.[0] ?? (options.hasHeader ? 1 : 0);
  const end = options.rows?.[1] ?? source.rows;
  options.onProgress?.(0, source.rows);
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(source.sheetName);
      while (pos < end) {
        if (options.signal?.aborted) throw addinError("cancelled", options.lang);
        const n = Math.min(rowsPerBlock, end - pos);
        const ranges = columns.map((j) => sheet.getRangeByIndexes(source.row + pos, source.col + j, n, 1).load("values"));
        try {
          await context.sync();
        } catch (e) {
          const code = (e as { code?: string }).code;
          if (code && PAYLOAD_ERRORS.has(code) && n > 1) {
            rowsPerBlock = Math.max(1, Math.floor(n / 2));
            stats.halvings++;
            continue;
          }
          throw e;
        }
        const values = ranges.map((r) => r.values);
        options.onBlock?.(pos, columns, values);
        const block: unknown[][] = new Array(n);
        for (let i = 0; i < n; i++) {
          const row = new Array<unknown>(width);
          for (let k = 0; k < columns.length; k++) row[columns[k]] = values[k][i][0];
          block[i] = row;
        }
        reader.addRows(block, 0, n, pos);
        pos += n;
        stats.blocks++;
        options.onProgress?.(pos, source.rows);
      }
    });
  } catch (e) {
    throw translateOfficeError(e, options.lang);
  }
  stats.rowsPerBlock = rowsPerBlock;
  return stats;
}

/**
 * The header and first rows of the source, for column detection and the pane's preview.
 * @example await readPreview(Excel.run, source, 20) // [["Customer", "Date", "Amount"], ["C1", 45356, 12.5], …]
 */
export async function readPreview(run: ExcelRunner, source: OrderSource, rows: number, lang: Lang): Promise<unknown[][]> {
  try {
    return await run(async (context) => {
      const range = context.workbook.worksheets
        .getItem(source.sheetName)
        .getRangeByIndexes(source.row, source.col, Math.min(rows, source.rows), source.cols);
      range.load("values");
      await context.sync();
      return range.values;
    });
  } catch (e) {
    throw translateOfficeError(e, lang);
  }
}
