import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ExcelRunner } from "../src/excel/excelRunner";
import { createExcelRun, WorkbookModel } from "../src/playground/workbook";
import { segmentCustomers } from "../src/workflows/segmentCustomers";
import { generateOrders } from "./generateOrders";

/**
 * "Segment customers" end to end on 1,048,575 order lines through the Excel stand-in, with Excel on
 * the web's 5 MB cap per request and response: time, syncs, the largest request and response, and
 * the peak memory of the process. Run as `npm run bench:excel`; `--child` is one measured run.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 1_048_575);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);

async function once(): Promise<Record<string, number>> {
  const model = new WorkbookModel(["Orders"]);
  const sheet = model.sheets[0];
  const { cells } = generateOrders(ROWS, CUSTOMERS);
  cells.forEach((row, r) => row.forEach((v, c) => sheet.writeValue(r, c, v)));
  model.selection = { sheetId: sheet.id, rect: { row: 0, col: 0, rows: cells.length, cols: 3 } };
  const run = createExcelRun(model) as unknown as ExcelRunner;
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const outcome = await segmentCustomers(run, { lang: "en", options: {}, confirmReplace: async () => true, runAt: "2026-11-23T00:00:00Z" });
  const ms = performance.now() - t0;
  return {
    ms,
    customers: outcome.result.customers.length,
    rows: outcome.result.counts.rows,
    syncs: model.stats.syncs,
    largestRequestMb: model.stats.largestRequestBytes / 2 ** 20,
    largestResponseMb: model.stats.largestResponseBytes / 2 ** 20,
    refused: model.stats.refusedForSize,
    readBlocks: outcome.read.blocks,
    rowsPerBlock: outcome.read.rowsPerBlock,
    rssBeforeMb: rssBefore / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

if (process.argv.includes("--child")) {
  once().then((r) => process.stdout.write(JSON.stringify(r)));
} else {
  const here = fileURLToPath(import.meta.url);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  console.log(
    `Segment customers end to end through the Excel stand-in: ${ROWS.toLocaleString("en-US")} order lines, ~${CUSTOMERS.toLocaleString("en-US")} customers, 5 MB cap; ${runs} runs, each in a fresh process`,
  );
  const results = Array.from({ length: runs }, () =>
    JSON.parse(execFileSync(process.execPath, ["--max-old-space-size=4096", "--import", "tsx", here, "--child"], { encoding: "utf8" })),
  );
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const r = results[0];
  console.log(
    `time: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms (runs ${results.map((x) => x.ms.toFixed(0)).join(", ")})  goal ≤ 3000 ms`,
  );
  console.log(
    `syncs: ${r.syncs}; read in ${r.readBlocks} blocks of ${r.rowsPerBlock.toLocaleString("en-US")} rows; refused for size: ${r.refused}`,
  );
  console.log(`largest request ${r.largestRequestMb.toFixed(2)} MB, largest response ${r.largestResponseMb.toFixed(2)} MB  (cap 5 MB)`);
  console.log(
    `peak RSS ${Math.max(...results.map((x) => x.peakRssMb)).toFixed(0)} MB, of which the workbook with its orders ${r.rssBeforeMb.toFixed(0)} MB  (goal ≤ 1024 MB)`,
  );
  console.log(`customers ${r.customers.toLocaleString("en-US")}, rows ${r.rows.toLocaleString("en-US")}`);
}
