import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/cli/readCsv";
import { analyzeOrders } from "../../src/core";

// Published figures of the R package `rfm` 0.3.0 on its own dataset (see test/fixtures/README.md).
const cells = readCsv(readFileSync(fileURLToPath(new URL("../fixtures/rfm_data_orders.csv", import.meta.url)), "utf8"));

describe("R package rfm 0.3.0 on rfm_data_orders, analysis date 2006-12-31", () => {
  const res = analyzeOrders(cells, { asOf: "2006-12-31", scoring: "rfm-r", scheme: "rfm-r" });

  it("reads all 4,906 orders of 995 customers", () => {
    expect(res.counts).toMatchObject({ rows: 4906, used: 4906, rejected: 0, balanced: true });
    expect(res.customers).toHaveLength(995);
  });

  it("defaults the as-of date to the day after the last order, as the package's example does", () => {
    expect(analyzeOrders(cells).asOf).toBe("2006-12-31");
  });

  it.each([
    ["recency", [1, 115, 181, 297.4, 482, 977]],
    ["frequency", [1, 4, 5, 6, 8, 15]],
    ["monetary", [12, 255.8, 382, 506.4, 666, 1489]],
  ] as const)("reproduces the %s thresholds", (metric, published) => {
    const rows = res.thresholds.filter((t) => t.metric === metric).sort((a, b) => (a.lower ?? 0) - (b.lower ?? 0));
    const bounds = [...rows.map((t) => t.lower), rows[rows.length - 1].upper];
    bounds.forEach((b, i) => expect(b).toBeCloseTo(published[i], 9));
    expect(rows.every((t) => t.closed === "lower")).toBe(true);
  });

  it.each([
    ["Abbey O'Reilly", 205, 6, 472, "343"],
    ["Add Senger", 140, 3, 340, "412"],
    ["Aden Murphy", 98, 7, 596, "544"],
  ])("scores %s: %i days, %i orders, %i → %s", (name, recency, frequency, monetary, code) => {
    expect(res.customers.find((c) => c.customerId === name)).toMatchObject({ recencyDays: recency, frequency, monetary, rfmCode: code });
  });

  it("reproduces the README segment sizes", () => {
    const sizes = Object.fromEntries(res.segments.map((s) => [s.segment, s.customers]));
    expect(sizes).toEqual({
      potential_loyalist: 342,
      loyal: 170,
      lost: 148,
      new_customers: 104,
      about_to_sleep: 102,
      cannot_lose: 47,
      champions: 35,
      at_risk: 28,
      need_attention: 10,
      promising: 9,
    });
  });

  it("gives the same codes through fixed breaks, as R's own thresholds converted to our rule", () => {
    // R bins are [lower, upper); ours are (lower, upper]. All three metrics are whole numbers here,
    // so "below u" is exactly "at most ⌈u⌉ − 1": 297.4 → 297, 255.8 → 255, 115 → 114.
    const fixed = analyzeOrders(cells, {
      scoring: "fixed",
      breaksR: [114, 180, 297, 481],
      breaksF: [3, 4, 5, 7],
      breaksM: [255, 381, 506, 665],
    });
    const codes = new Map(res.customers.map((c) => [c.customerId, c.rfmCode]));
    expect(fixed.customers.filter((c) => c.rfmCode !== codes.get(c.customerId))).toEqual([]);
  });
});
