import { readFileSync, writeFileSync } from "node:fs";
import { analyzeOrders } from "../src/core";
import { baselineRfm } from "./baselineRfm";
import { generateOrders } from "./generateOrders";

/**
 * Two modes:
 * - `time`: the implementations in this process, alternating ABBA on fresh data every run, so a
 *   noisy moment of the machine hits them alike (this VM's memory latency varies run to run).
 * - `memory IMPL`: one implementation alone, so the peak RSS it reports is its own.
 * Cells reach the job through JSON.parse, as office.js delivers `range.values`.
 */
const [mode, rowsText, customersText, runsText, arg, arg2] = process.argv.slice(2);
const rows = Number(rowsText);
const customers = Number(customersText);
const runs = Number(runsText);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const jobs: Record<string, (cells: unknown[][]) => number> = {
  analyzeOrders: (cells) => analyzeOrders(cells).customers.length,
  baseline: (cells) => baselineRfm(cells).length,
  idLookups: (cells) => idLookups(cells),
};

/**
 * The floor of any row-oriented RFM in JavaScript: one Map lookup per line to turn its customer
 * id into an index — no validation, no dates, no amounts, no scores.
 */
function idLookups(cells: unknown[][]): number {
  const index = new Map<unknown, number>();
  let sum = 0;
  for (let i = 1; i < cells.length; i++) {
    const id = cells[i][0];
    let c = index.get(id);
    if (c === undefined) index.set(id, (c = index.size));
    sum += c;
  }
  return sum > 0 ? index.size : 0;
}

const full: Record<string, (cells: unknown[][]) => unknown> = {
  analyzeOrders: (cells) => analyzeOrders(cells),
  baseline: (cells) => baselineRfm(cells),
};

function freshCells(dumpPath?: string): unknown[][] {
  const data = generateOrders(rows, customers);
  if (dumpPath) {
    // The pandas job reads exactly these columns.
    writeFileSync(`${dumpPath}.customer`, data.customer);
    writeFileSync(`${dumpPath}.serial`, data.serial);
    writeFileSync(`${dumpPath}.amount`, data.amount);
    writeFileSync(`${dumpPath}.json`, JSON.stringify(data.cells));
  }
  const cells = JSON.parse(JSON.stringify(data.cells)) as unknown[][];
  gc();
  return cells;
}

function timeOnce(name: string, cells: unknown[][]): { ms: number; scored: number } {
  const t0 = performance.now();
  const scored = jobs[name](cells);
  return { ms: performance.now() - t0, scored };
}

if (mode === "time") {
  const times: Record<string, number[]> = { analyzeOrders: [], baseline: [], idLookups: [] };
  const ratios: number[] = [];
  let scored = 0;
  for (let run = 0; run <= runs; run++) {
    const order = run % 2 === 0 ? ["analyzeOrders", "baseline", "idLookups"] : ["idLookups", "baseline", "analyzeOrders"];
    const pair: Record<string, number> = {};
    for (const name of order) {
      let cells: unknown[][] | null = freshCells(run === 0 && name === "analyzeOrders" ? arg : undefined);
      const r = timeOnce(name, cells);
      cells = null;
      pair[name] = r.ms;
      if (name !== "idLookups") scored = r.scored;
    }
    if (run === 0) continue; // warm-up
    times.analyzeOrders.push(pair.analyzeOrders);
    times.baseline.push(pair.baseline);
    times.idLookups.push(pair.idLookups);
    ratios.push(pair.analyzeOrders / pair.baseline);
  }
  process.stdout.write(JSON.stringify({ times, ratios, scored }));
} else {
  // Cells come from the JSON file the timing run wrote, parsed as office.js would. The result is
  // kept referenced while the heap is measured, so "result" is what the analysis holds on to.
  let cells: unknown[][] | null = JSON.parse(readFileSync(`${arg2}.json`, "utf8")) as unknown[][];
  gc();
  const inputHeap = process.memoryUsage().heapUsed;
  const keep = full[arg](cells);
  gc();
  const resultHeap = process.memoryUsage().heapUsed - inputHeap;
  cells = null;
  process.stdout.write(
    JSON.stringify({
      impl: arg,
      kept: keep !== null,
      inputHeapMb: inputHeap / 2 ** 20,
      resultHeapMb: resultHeap / 2 ** 20,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}
