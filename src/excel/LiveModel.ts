import { analyzeOrderRows, readOptionsOf } from "../core/analyzeOrders";
import { normalizeOptions } from "../core/options/normalizeOptions";
import { detectColumns, type DetectedColumns } from "../core/orders/detectColumns";
import { OrderReader } from "../core/orders/OrderReader";
import type { AnalysisResult, AnalyzeOptions, CustomerResult, Lang } from "../core/types";
import type { ExcelRunner } from "./excelRunner";
import type { OrderSource } from "./locateSource";
import { readOrdersInBlocks, readPreview } from "./readOrdersInBlocks";
import { loadSavedRun } from "./runSettings";

export type LiveState = "none" | "loading" | "ready" | "error";

export interface LiveModelOptions {
  /** Quiet time after the last edit before the model recomputes (edits come in bursts). */
  debounceMs?: number;
  lang: () => Lang;
}

/**
 * The workbook's live model behind `=RFM.SEGMENT(A2)`: the orders bound by the last "Segment
 * customers" run (document settings), analysed with that run's options and kept current. It keeps
 * the mapped columns it read, so an edit re-reads only the changed rows (and rows added under a
 * table), then re-analyses and tells its subscribers.
 * @example const live = new LiveModel(Excel.run, { lang: () => "en" }); await live.load(); live.lookup("C001")?.segmentName
 */
export class LiveModel {
  state: LiveState = "none";
  error: string | null = null;
  source: OrderSource | null = null;
  result: AnalysisResult | null = null;
  private byId = new Map<string, CustomerResult>();
  private options: AnalyzeOptions = {};
  private detected: DetectedColumns | null = null;
  /**
   * The mapped cells of every row of the source (header row included), kept as row arrays so a
   * refresh updates only the rows that changed and hands the rest to the reader as they are.
   */
  private rows: unknown[][] = [];
  private width = 0;
  private readonly listeners = new Set<() => void>();
  /** Cells following the model: one small object each, refreshed after every update. */
  private readonly cells = new Set<{ refresh(): void }>();
  private readonly pendingRows: [number, number][] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Each load binds anew; handlers of earlier bindings see a different generation and ignore events. */
  private generation = 0;
  private ready: Promise<void> = Promise.resolve();
  private valuesWanted = false;

  constructor(
    private readonly run: ExcelRunner,
    private readonly settings: LiveModelOptions,
  ) {}

  /** Binds to the saved run's source (if any), reads it, and starts following its edits. */
  load(): Promise<void> {
    this.ready = this.doLoad();
    return this.ready;
  }

  /** Resolves when the current load or refresh has finished. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Asks for the customer-value models too (RFM.CLV / RFM.PALIVE); re-analyses once if needed. */
  wantValues(): void {
    if (this.valuesWanted) return;
    this.valuesWanted = true;
    if (this.state === "ready" && !this.result?.models) {
      this.state = "loading";
      this.ready = Promise.resolve().then(() => this.analyse());
    }
  }

  lookup(customerId: string): CustomerResult | undefined {
    return this.byId.get(customerId);
  }

  /** Adds a cell that is refreshed after every update (cheaper than a closure per cell for 100,000 cells). */
  watch(cell: { refresh(): void }): void {
    this.cells.add(cell);
  }

  unwatch(cell: { refresh(): void }): void {
    this.cells.delete(cell);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async doLoad(): Promise<void> {
    this.state = "loading";
    try {
      const saved = await loadSavedRun(this.run);
      if (!saved) {
        this.state = "none";
        this.publish();
        return;
      }
      const lang = this.settings.lang();
      this.source = saved.source;
      this.options = { ...saved.options, lang };
      const preview = await readPreview(this.run, saved.source, 51, lang);
      this.detected = detectColumns(preview, { columns: saved.options.columns, hasHeader: saved.options.hasHeader, lang });
      this.width = Math.max(...this.detected.mapping.map((m) => m.index)) + 1;
      this.rows = Array.from({ length: saved.source.rows }, () => new Array<unknown>(this.width));
      await this.readRows(this.detected.hasHeader ? 1 : 0, saved.source.rows);
      this.analyse();
      await this.follow();
    } catch (e) {
      this.state = "error";
      this.error = e instanceof Error ? e.message : String(e);
      this.publish();
    }
  }

  /** Reads rows [from, to) of the source's mapped columns into the kept columns. */
  private async readRows(from: number, to: number): Promise<void> {
    const source = this.source!;
    const detected = this.detected!;
    if (to <= from) return;
    const throwaway = new OrderReader(detected.mapping, { lang: this.settings.lang(), firstRowNumber: 1, firstColumnIndex: 0 });
    await readOrdersInBlocks(this.run, source, detected.mapping, throwaway, {
      lang: this.settings.lang(),
      hasHeader: detected.hasHeader,
      rows: [from, to],
      onBlock: (first, cols, values) => {
        for (let i = 0; i < values[0].length; i++) {
          const row = (this.rows[first + i] ??= new Array<unknown>(this.width));
          for (let k = 0; k < cols.length; k++) row[cols[k]] = values[k][i][0];
        }
      },
    });
  }

  /** Runs the shared module over the kept columns. */
  private analyse(): void {
    const source = this.source!;
    const detected = this.detected!;
    const options = {
      ...this.options,
      clv: this.options.clv || this.valuesWanted,
      firstRowNumber: source.row + 1,
      firstColumnIndex: source.col,
    };
    const reader = new OrderReader(detected.mapping, readOptionsOf(normalizeOptions(options), options), source.rows);
    const start = detected.hasHeader ? 1 : 0;
    const STEP = 8192;
    for (let from = start; from < source.rows; from += STEP) reader.addRows(this.rows, from, Math.min(source.rows, from + STEP));
    this.result = analyzeOrderRows(
      reader.finish(),
      { mapping: detected.mapping, hasHeader: detected.hasHeader, dataRows: source.rows - start },
      options,
    );
    this.byId = new Map(this.result.customers.map((c) => [c.customerId, c]));
    this.state = "ready";
    this.error = null;
    this.publish();
  }

  /** Listens to edits of the source sheet; each burst of edits is handled once, after a quiet moment. */
  private async follow(): Promise<void> {
    const source = this.source!;
    const generation = ++this.generation;
    await this.run(async (context) => {
      context.workbook.worksheets.getItem(source.sheetName).onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
        if (generation === this.generation) this.onEdit(event.address);
      });
      await context.sync();
    });
  }

  private onEdit(address: string): void {
    const rows = rowsOf(address);
    const source = this.source;
    if (!rows || !source) return;
    // Rows relative to the source block; anything below it may be a paste that extends a table.
    this.pendingRows.push([rows[0] - source.row, rows[1] - source.row]);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.ready = this.refresh();
    }, this.settings.debounceMs ?? 300);
  }

  /** Re-reads the edited rows (and new rows of a grown table), then re-analyses. */
  async refresh(): Promise<void> {
    const changes = this.pendingRows.splice(0);
    try {
      const saved = await loadSavedRun(this.run);
      if (!saved) return;
      const before = this.source!.rows;
      this.source = saved.source;
      const rows = saved.source.rows;
      this.rows.length = rows;
      const start = this.detected!.hasHeader ? 1 : 0;
      const ranges = merge([...changes.map(([a, b]): [number, number] => [Math.max(start, a), Math.min(rows, b)]), [before, rows]]);
      for (const [from, to] of ranges) await this.readRows(from, to);
      this.analyse();
    } catch (e) {
      this.state = "error";
      this.error = e instanceof Error ? e.message : String(e);
      this.publish();
    }
  }

  private publish(): void {
    for (const cell of this.cells) cell.refresh();
    for (const listener of [...this.listeners]) listener();
  }
}

/** Zero-based [first, end) rows of an A1 address such as `Sheet1!B7:D9` or `A5`. */
function rowsOf(address: string): [number, number] | null {
  const ref = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const m = /^[A-Z]*(\d+)(?::[A-Z]*(\d+))?$/i.exec(ref);
  if (!m) return null;
  const a = Number(m[1]) - 1;
  const b = Number(m[2] ?? m[1]);
  return [Math.min(a, b - 1), Math.max(a + 1, b)];
}

/** Sorted, non-empty, non-overlapping ranges. */
function merge(ranges: [number, number][]): [number, number][] {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
