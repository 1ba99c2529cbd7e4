import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeOrders } from "./analyzeOrders";
import type { AnalysisResult } from "./types";

// Seeded, so a failure reproduces; fast-check prints the shrunk counterexample.
const SEED = 20261123;
const params = { seed: SEED, numRuns: 150 };

const customer = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("C1", "C2", "C3", "C4", "C5", "C6", "张三", "李四", 1001, 1002) },
  { weight: 1, arbitrary: fc.constantFrom("", "NA", "#N/A", null, true, "  ") },
);
const date = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 45000, max: 45400 }) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 45000, max: 45400 }).map((s) => new Date(Date.UTC(1899, 11, 30 + s)).toISOString().slice(0, 10)),
  },
  { weight: 1, arbitrary: fc.constantFrom("", "yesterday", "#VALUE!", "2024-02-30", null) },
);
const amount = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -50, max: 500, noNaN: true }).map((x) => Math.round(x * 100) / 100) },
  { weight: 1, arbitrary: fc.constantFrom("¥12.50", "(3.00)", "1,234") },
  { weight: 1, arbitrary: fc.constantFrom("", "abc", "#REF!", null, false) },
);
const blankRow = fc.constantFrom<unknown[]>(["", "", ""], [null, "  ", ""], []);
const row = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(customer, date, amount) as fc.Arbitrary<unknown[]> },
  { weight: 1, arbitrary: blankRow },
);
const rows = fc.array(row, { minLength: 0, maxLength: 80 });
const HEADER = ["Customer", "Date", "Amount"];

const byCustomer = (res: AnalysisResult) => new Map(res.customers.map((c) => [c.customerId, c]));

describe("analyzeOrders invariants (fast-check, seeded)", () => {
  it("accounts for every row in exactly one bucket", () => {
    fc.assert(
      fc.property(
        rows,
        fc.option(fc.integer({ min: 45000, max: 45400 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
        (data, asOf, windowDays) => {
          const res = analyzeOrders([HEADER, ...data], { asOf, windowDays });
          const c = res.counts;
          expect(c.rows).toBe(data.length);
          expect(c.used + c.blank + c.rejected + c.excluded).toBe(c.rows);
          expect(c.balanced).toBe(true);
          // Each rejected or excluded row is listed, at its own sheet row, once per bucket.
          const rejectedRows = new Set(res.issues.filter((i) => i.kind === "rejected").map((i) => i.row));
          const excludedRows = new Set(res.issues.filter((i) => i.kind === "excluded").map((i) => i.row));
          expect(rejectedRows.size).toBe(c.rejected);
          expect(excludedRows.size).toBe(c.excluded);
          for (const r of rejectedRows) expect(excludedRows.has(r)).toBe(false);
        },
      ),
      params,
    );
  });

  it("gives the same result whatever the row order", () => {
    fc.assert(
      fc.property(
        rows,
        fc.func(fc.integer()),
        fc.constantFrom("quantile", "rfm-r", "ntile") as fc.Arbitrary<"quantile" | "rfm-r" | "ntile">,
        (data, key, scoring) => {
          const shuffled = data
            .map((r, i) => ({ r, k: key(i) }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.r);
          const a = analyzeOrders([HEADER, ...data], { scoring });
          const b = analyzeOrders([HEADER, ...shuffled], { scoring });
          expect(b.counts).toEqual(a.counts);
          expect(b.asOf).toBe(a.asOf);
          const ma = byCustomer(a);
          const mb = byCustomer(b);
          expect([...mb.keys()].sort()).toEqual([...ma.keys()].sort());
          for (const [id, ca] of ma) {
            const cb = mb.get(id)!;
            expect(cb.rfmCode).toBe(ca.rfmCode);
            expect(cb.segment).toBe(ca.segment);
            expect(cb.monetary).toBeCloseTo(ca.monetary, 6);
          }
          expect(b.thresholds.map((t) => t.customers)).toEqual(a.thresholds.map((t) => t.customers));
        },
      ),
      params,
    );
  });

  for (const scoring of ["quantile", "rfm-r", "ntile"] as const) {
    it(`never lowers a score as a metric improves (${scoring}); equal values get equal scores${scoring === "ntile" ? " except where ntile splits ties" : ""}`, () => {
      fc.assert(
        fc.property(rows, fc.integer({ min: 2, max: 9 }), (data, bins) => {
          const res = analyzeOrders([HEADER, ...data], { scoring, bins, scheme: "cn8" });
          const cs = res.customers;
          for (const a of cs) {
            for (const b of cs) {
              if (a.frequency > b.frequency) expect(a.f).toBeGreaterThanOrEqual(b.f);
              if (a.monetary > b.monetary) expect(a.m).toBeGreaterThanOrEqual(b.m);
              if (a.recencyDays < b.recencyDays) expect(a.r).toBeGreaterThanOrEqual(b.r);
              if (scoring !== "ntile") {
                if (a.frequency === b.frequency) expect(a.f).toBe(b.f);
                if (a.monetary === b.monetary) expect(a.m).toBe(b.m);
                if (a.recencyDays === b.recencyDays) expect(a.r).toBe(b.r);
              }
              for (const s of [a.r, a.f, a.m]) expect(s >= 1 && s <= bins).toBe(true);
            }
          }
        }),
        params,
      );
    });
  }

  it("lands every scored customer in exactly one segment, and the summary adds up", () => {
    fc.assert(
      fc.property(rows, fc.constantFrom("standard", "cn8", "rfm-r") as fc.Arbitrary<"standard" | "cn8" | "rfm-r">, (data, scheme) => {
        const res = analyzeOrders([HEADER, ...data], { scheme });
        const total = res.segments.reduce((s, x) => s + x.customers, 0);
        expect(total).toBe(res.customers.length);
        const revenue = res.segments.reduce((s, x) => s + x.revenue, 0);
        expect(revenue).toBeCloseTo(res.kpis.revenue, 6);
        for (const c of res.customers) expect(res.segments.some((s) => s.segment === c.segment)).toBe(true);
      }),
      params,
    );
  });
});
