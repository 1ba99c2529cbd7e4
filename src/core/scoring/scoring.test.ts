import { describe, expect, it } from "vitest";
import { buildThresholds } from "./buildThresholds";
import { countCutsBelow } from "./countCutsBelow";
import { percentileInc, sortedCopy } from "./percentileInc";
import { scoreByCuts } from "./scoreByCuts";
import { scoreByNtile } from "./scoreByNtile";
import { scoreByQuantile } from "./scoreByQuantile";
import { scoreCustomers } from "./scoreCustomers";
import { suggestBreaks } from "./suggestBreaks";

describe("percentileInc matches Excel's PERCENTILE.INC", () => {
  it.each<[number[], number, number]>([
    [[1, 2, 3, 4], 0.3, 1.9], // Excel's documentation example
    [[1, 2, 3, 4], 0, 1],
    [[1, 2, 3, 4], 1, 4],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[7], 0.4, 7],
    [[1, 3, 5, 7, 9, 11, 13, 15, 17, 19], 0.2, 4.6],
    [[1, 3, 5, 7, 9, 11, 13, 15, 17, 19], 0.8, 15.4],
  ])("PERCENTILE.INC(%j, %d) = %d", (values, p, expected) => {
    expect(percentileInc(sortedCopy(values), p)).toBeCloseTo(expected, 12);
  });
});

describe("cut points", () => {
  it("sends a value equal to a cut to the lower bin, within a relative tolerance of 1e-9", () => {
    expect(countCutsBelow([67.99999999999999], 68)).toBe(0);
    expect(countCutsBelow([68.00000000000001], 68)).toBe(0);
    expect(countCutsBelow([67.9999], 68)).toBe(1);
    expect(countCutsBelow([0], 0)).toBe(0);
  });

  it("scores higher-is-better and lower-is-better (recency) metrics", () => {
    const values = Float64Array.from({ length: 10 }, (_, i) => i + 1);
    const { cuts, scores } = scoreByQuantile(values, 5, "higher");
    expect(cuts.map((c) => +c.toFixed(10))).toEqual([2.8, 4.6, 6.4, 8.2]);
    expect(Array.from(scores)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(Array.from(scoreByCuts(values, cuts, "lower"))).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it("reports bounds and counts per score", () => {
    const scores = scoreByCuts([1, 2, 3, 9], [2, 5], "higher");
    expect(buildThresholds("frequency", [2, 5], "higher", scores)).toEqual([
      { metric: "frequency", score: 1, lower: null, upper: 2, customers: 2 },
      { metric: "frequency", score: 2, lower: 2, upper: 5, customers: 1 },
      { metric: "frequency", score: 3, lower: 5, upper: null, customers: 1 },
    ]);
    const r = scoreByCuts([1, 10, 40], [7, 30], "lower");
    expect(Array.from(r)).toEqual([3, 2, 1]);
    expect(buildThresholds("recency", [7, 30], "lower", r).map((t) => [t.score, t.lower, t.upper])).toEqual([
      [1, 30, null],
      [2, 7, 30],
      [3, null, 7],
    ]);
  });
});

describe("scoreCustomers", () => {
  const ids = Array.from({ length: 10 }, (_, i) => `c${i}`);
  const input = {
    recency: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    frequency: [1, 1, 1, 1, 1, 1, 2, 2, 3, 8], // 60% bought once: cut points coincide
    monetary: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
    ids,
  };

  it("keeps scores unused when quantile cuts coincide, warns with the tied share, and suggests breaks", () => {
    const res = scoreCustomers(input, { scoring: "quantile", bins: 5, breaks: {}, lang: "en" });
    expect(Array.from(res.f)).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
    const w = res.warnings.find((x) => x.code === "tied_cuts");
    expect(w?.metric).toBe("frequency");
    expect(w?.message).toContain("60.0% of customers share the value 1");
    expect(w?.message).toContain("score(s) 2, 3 go unused");
    expect(w?.suggestedBreaks).toEqual([1, 2, 3]);
  });

  it("uses fixed breaks with the same lower-bin rule", () => {
    const res = scoreCustomers(input, {
      scoring: "fixed",
      bins: 3,
      breaks: { recency: [3, 7], frequency: [1, 2], monetary: [50, 80] },
      lang: "en",
    });
    expect(Array.from(res.r)).toEqual([3, 3, 3, 2, 2, 2, 2, 1, 1, 1]);
    expect(Array.from(res.f)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 3, 3]);
    expect(Array.from(res.m)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 3, 3]);
  });

  it("ntile makes equal groups and says when equal values were split", () => {
    const res = scoreCustomers(input, { scoring: "ntile", bins: 5, breaks: {}, lang: "zh-CN" });
    expect(Array.from(res.f)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(res.warnings.find((x) => x.code === "ntile_ties")?.message).toContain("6 位客户");
  });

  it("ntile breaks ties by customer id, not by input order", () => {
    expect(Array.from(scoreByNtile([5, 5], ["b", "a"], 2, "higher"))).toEqual([2, 1]);
  });
});

describe("suggestBreaks", () => {
  it("never splits equal values and balances the rest", () => {
    expect(suggestBreaks(Float64Array.of(1, 1, 1, 1, 1, 2, 2, 3, 4, 6), 5)).toEqual([1, 2, 3, 4]);
    expect(suggestBreaks(Float64Array.of(1, 1, 1, 2), 5)).toEqual([1]);
  });
});
