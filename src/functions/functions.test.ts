/* eslint-disable @typescript-eslint/no-explicit-any */
import { afterEach, describe, expect, it } from "vitest";
import { action, frequency, monetary, rScore, recency, score, segment, table } from "./functions";

// Ranges arrive as Excel passes them: 2-D arrays (one column), dates as serial numbers.
const ids = [["A"], ["A"], ["B"], ["C"], [1001]];
const dates = [[45352], [45355], [45330], [45200], ["2024-03-01"]];
const amounts = [[100], [50], [20], [5], ["¥80"]];

/** Calls a streaming function through a fake invocation; returns the value it set, or throws the error it set. */
function call(fn: (...args: any[]) => void, ...args: unknown[]): any {
  const results: unknown[] = [];
  const padded = [...args, ...new Array(Math.max(0, 5 - args.length)).fill(undefined)];
  fn(...padded, { setResult: (v: unknown) => results.push(v) });
  const last = results[results.length - 1];
  if (last instanceof Error) throw last;
  return last;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("range form", () => {
  it("computes the customer's figures from the ranges", () => {
    expect(call(recency, "A", ids, dates, amounts)).toBe(1); // as-of = latest order + 1 day
    expect(call(frequency, "A", ids, dates, amounts)).toBe(2);
    expect(call(monetary, "A", ids, dates, amounts)).toBe(150);
    expect(call(score, "A", ids, dates, amounts)).toMatch(/^[1-5]{3}$/);
    expect(call(rScore, "A", ids, dates, amounts)).toBe(5);
    expect(call(monetary, 1001, ids, dates, amounts)).toBe(80); // a numeric id cell matches its plain text
  });

  it("takes the as-of date as a serial or as text", () => {
    expect(call(recency, "A", ids, dates, amounts, 45365)).toBe(10);
    expect(call(recency, "A", ids, dates, amounts, "2024-03-14")).toBe(10); // serial 45365
  });

  it("answers in the workbook's language", () => {
    const en = call(segment, "A", ids, dates, amounts);
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "zh-CN" } };
    const zh = call(segment, "A", ids, dates, amounts);
    expect(en).toMatch(/^[A-Za-z' ]+$/);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(call(action, "A", ids, dates, amounts)).toMatch(/[\u4e00-\u9fff]/);
  });

  it("spills a header and one row per customer from TABLE", () => {
    const out = table(ids, dates, amounts);
    expect(out[0]).toEqual(["Customer", "Recency (days)", "Frequency", "Monetary", "R", "F", "M", "RFM code", "Segment"]);
    expect(
      out
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(["1001", "A", "B", "C"]);
  });

  it("accepts ranges given as rows", () => {
    expect(call(frequency, "A", [["A", "A"]], [[45352, 45355]], [[1, 2]])).toBe(2);
  });
});

describe("errors", () => {
  it.each<[string, () => unknown, string, RegExp]>([
    ["unknown customer", () => call(segment, "Z", ids, dates, amounts), "#N/A", /No orders for Z in the given ranges/],
    ["no ranges (no live model in this version)", () => call(segment, "A"), "#N/A", /pass the customer, date and amount ranges/],
    ["ranges of different lengths", () => call(segment, "A", ids, dates.slice(1), amounts), "#VALUE!", /same length \(got 5, 4 and 5\)/],
    [
      "a 2-D block",
      () =>
        call(
          segment,
          "A",
          [
            ["A", "B"],
            ["C", "D"],
          ],
          dates,
          amounts,
        ),
      "#VALUE!",
      /single column or row/,
    ],
    ["an empty id", () => call(segment, "", ids, dates, amounts), "#VALUE!", /customerId is empty/],
    ["a bad bins argument", () => table(ids, dates, amounts, undefined, 12), "#VALUE!", /Option bins is 12/],
    ["a bad as-of date", () => call(recency, "A", ids, dates, amounts, "someday"), "#VALUE!", /Option asOf/],
  ])("%s", (_name, call, code, message) => {
    let thrown: { code?: string; message?: string } | undefined;
    try {
      call();
    } catch (e) {
      thrown = e as { code: string; message: string };
    }
    expect(thrown?.code).toBe(code);
    expect(thrown?.message).toMatch(message);
  });
});

describe("RFM.CLV and RFM.PALIVE (range form)", async () => {
  const { clv, pAlive } = await import("./functions");
  const { simulateBgNbd } = await import("../../bench/simulateBgNbd");
  const sim = simulateBgNbd(300, { r: 0.6, alpha: 4, a: 1.3, b: 3.5 }, 3);
  const ids: unknown[][] = [];
  const dates: unknown[][] = [];
  const amounts: unknown[][] = [];
  sim.x.forEach((x, c) => {
    const first = 45231 - Math.ceil(sim.T[c] * 7);
    for (let k = 0; k <= x; k++) {
      ids.push([`C${c}`]);
      dates.push([k === 0 ? first : first + Math.round((sim.tx[c] * 7 * k) / x)]);
      amounts.push([25 + ((c + k) % 5) * 10]);
    }
  });

  it("gives P(alive) in [0, 1] and a positive CLV from the ranges", () => {
    const p = call(pAlive, "C1", ids, dates, amounts, "2023-11-01");
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThanOrEqual(1);
    expect(call(clv, "C1", ids, dates, amounts, "2023-11-01")).toBeGreaterThan(0);
  });

  it("says why with #N/A when the models cannot be fitted", () => {
    let thrown: { code?: string; message?: string } | undefined;
    try {
      call(clv, "A", [["A"], ["B"]], [[45000], [45001]], [[1], [2]]);
    } catch (e) {
      thrown = e as { code: string; message: string };
    }
    expect(thrown).toMatchObject({ code: "#N/A", message: "The model could not be fitted: too few customers (2; at least 20 needed)" });
  });
});

describe("RFM.TABLE over too much data", () => {
  it("returns a clear error pointing to the task pane instead of a result Excel would refuse", () => {
    const n = 120_000;
    const ids = Array.from({ length: n }, (_, i) => [`customer-with-a-long-identifier-${i}`]);
    const dates = Array.from({ length: n }, (_, i) => [45000 + (i % 300)]);
    const amounts = Array.from({ length: n }, (_, i) => [10 + (i % 50)]);
    expect(() => table(ids, dates, amounts)).toThrow(/over the 5 MB a formula may return: use Segment customers in the RFM pane/);
  });
});

describe("a column of formulas over the same ranges", async () => {
  const { rangeStats } = await import("./modelFromRanges");

  it("computes RFM once for 100,000 calls, and again only when a cell changes", () => {
    const n = 200;
    const ids = Array.from({ length: n }, (_, i) => [`C${i % 100}`]);
    const dates = Array.from({ length: n }, (_, i) => [45000 + (i % 365)]);
    const amounts = Array.from({ length: n }, (_, i) => [5 + (i % 40)]);
    const before = rangeStats.analyses;
    for (let k = 0; k < 100_000; k++) {
      // Excel hands every call its own copy of the ranges.
      const copy = (r: unknown[][]) => (k % 1000 === 0 ? r.map((row) => [...row]) : r);
      call(segment, `C${k % 100}`, copy(ids), copy(dates), copy(amounts));
    }
    expect(rangeStats.analyses - before).toBe(1);
    const changed = amounts.map((row) => [...row]);
    changed[123][0] = 999;
    call(segment, "C1", ids, dates, changed);
    expect(rangeStats.analyses - before).toBe(2);
  });
});
