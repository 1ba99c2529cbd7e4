import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { STANDARD_SEGMENTS } from "../src/core/segments/standardScheme";

/**
 * `npm run bench`: analyzeOrders on 1,048,575 order lines (~100k customers) against a plain
 * Map-and-objects baseline and, where Debian's python3-pandas is installed, pandas — all on the
 * same data in the same run, reported as ratios.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 1_048_575);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const here = fileURLToPath(new URL(".", import.meta.url));
const dump = join(mkdtempSync(join(tmpdir(), "rfm-bench-")), "orders");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const nodeArgs = ["--expose-gc", "--max-old-space-size=8192", "--import", "tsx", join(here, "worker.ts")];
const worker = (...args: string[]) => JSON.parse(execFileSync(process.execPath, [...nodeArgs, ...args], { encoding: "utf8" }));

function pandasRuns(): { times: number[]; version: string } | string {
  const py = spawnSync(
    "/usr/bin/python3",
    [join(here, "pandasJob.py"), dump, String(Math.ceil(RUNS / 2)), JSON.stringify(STANDARD_SEGMENTS)],
    { encoding: "utf8" },
  );
  if (py.error || py.status !== 0)
    return `not measured (${py.error ? "no /usr/bin/python3" : (py.stderr.trim().split("\n").pop() ?? "failed")}; apt-get install python3-pandas)`;
  return JSON.parse(py.stdout);
}

console.log(
  `analyzeOrders benchmark: ${ROWS.toLocaleString("en-US")} order lines, ~${CUSTOMERS.toLocaleString("en-US")} customers; ${RUNS} timed runs after a warm-up, cells delivered through JSON.parse as office.js does`,
);
const timing = worker("time", String(ROWS), String(CUSTOMERS), String(RUNS), dump);
// pandas runs before and after nothing else is running, half each, so it sees the machine's noise too.
const pdA = pandasRuns();
const pdB = typeof pdA === "string" ? pdA : pandasRuns();
const memOurs = worker("memory", String(ROWS), String(CUSTOMERS), "1", "analyzeOrders", dump);
const memBase = worker("memory", String(ROWS), String(CUSTOMERS), "1", "baseline", dump);

const ours = median(timing.times.analyzeOrders);
const base = median(timing.times.baseline);
const line = (name: string, ms: number, all: number[], mem?: { peakRssMb: number; resultHeapMb: number; inputHeapMb: number }) =>
  `${name.padEnd(16)} median ${ms.toFixed(1).padStart(7)} ms  ${(ROWS / ms / 1000).toFixed(2)} M rows/s  runs [${all.map((t) => t.toFixed(0)).join(" ")}]` +
  (mem
    ? `  peak RSS ${mem.peakRssMb.toFixed(0)} MB; heap: input ${mem.inputHeapMb.toFixed(0)} MB, result ${mem.resultHeapMb.toFixed(0)} MB`
    : "");
console.log(line("analyzeOrders", ours, timing.times.analyzeOrders, memOurs));
console.log(line("Map baseline", base, timing.times.baseline, memBase));
const floor = median(timing.times.idLookups);
console.log(line("id lookups only", floor, timing.times.idLookups));
let pdMedian: number | null = null;
if (typeof pdA === "string" || typeof pdB === "string") console.log(`${"pandas".padEnd(16)} ${pdA}`);
else {
  const all = [...pdA.times, ...pdB.times];
  pdMedian = median(all);
  console.log(line(`pandas ${pdA.version}`, pdMedian, all));
}
console.log("");
console.log(`customers scored: ${timing.scored.toLocaleString("en-US")}`);
console.log(`analyzeOrders / Map baseline: ${(ours / base).toFixed(2)} (median of per-run ratios ${median(timing.ratios).toFixed(2)})`);
if (pdMedian !== null) {
  const ratio = ours / pdMedian;
  console.log(`analyzeOrders / pandas: ${ratio.toFixed(2)}   goal ≤ 0.50: ${ratio <= 0.5 ? "met" : "NOT met"}`);
  console.log(`Map baseline / pandas: ${(base / pdMedian).toFixed(2)}`);
  console.log(`id lookups only / pandas: ${(floor / pdMedian).toFixed(2)} (one Map lookup per line, nothing else)`);
}
