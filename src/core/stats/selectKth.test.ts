import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentileInc, sortedCopy } from "../scoring/percentileInc";
import { median } from "./median";
import { percentilesInc, selectKth } from "./selectKth";

describe("selection agrees with sorting (fast-check, seeded)", () => {
  const values = fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
    minLength: 1,
    maxLength: 300,
  });

  it("selectKth returns the k-th smallest value", () => {
    fc.assert(
      fc.property(values, fc.nat(), (xs, seed) => {
        const k = seed % xs.length;
        expect(selectKth(Float64Array.from(xs), k)).toBe(sortedCopy(xs)[k]);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it("percentilesInc equals PERCENTILE.INC on the sorted values, for any bins", () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 2, max: 9 }), (xs, bins) => {
        const ps = Array.from({ length: bins - 1 }, (_, i) => (i + 1) / bins);
        const sorted = sortedCopy(xs);
        expect(percentilesInc(xs, ps)).toEqual(ps.map((p) => percentileInc(sorted, p)));
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it("percentilesInc counts whole numbers in a narrow range and still equals PERCENTILE.INC", () => {
    const wholes = fc.array(fc.integer({ min: -40, max: 400 }), { minLength: 1, maxLength: 400 });
    fc.assert(
      fc.property(wholes, fc.integer({ min: 2, max: 9 }), (xs, bins) => {
        const ps = Array.from({ length: bins - 1 }, (_, i) => (i + 1) / bins);
        const sorted = sortedCopy(xs);
        expect(percentilesInc(xs, ps)).toEqual(ps.map((p) => percentileInc(sorted, p)));
      }),
      { seed: 13, numRuns: 300 },
    );
    // Whole numbers spread too wide to count, and −0, take the selection path with the same answers.
    for (const xs of [
      [0, 1e12, 5, 7, 3e9],
      [-0, 0, 1, 2],
    ])
      expect(percentilesInc(xs, [0.25, 0.5])).toEqual([0.25, 0.5].map((p) => percentileInc(sortedCopy(xs), p)));
  });

  it("handles ties, sorted and reversed input", () => {
    const n = 1001;
    for (const xs of [Array(n).fill(7), Array.from({ length: n }, (_, i) => i), Array.from({ length: n }, (_, i) => n - i)]) {
      expect(percentilesInc(xs, [0.2, 0.5, 0.8])).toEqual([0.2, 0.5, 0.8].map((p) => percentileInc(sortedCopy(xs), p)));
      expect(median(xs)).toBe(percentileInc(sortedCopy(xs), 0.5));
    }
  });
});
