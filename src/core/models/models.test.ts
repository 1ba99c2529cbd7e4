import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectedPurchases, pAlive } from "./bgNbdPredict";
import { customerValues, predictCustomerValues } from "./customerValue";
import { bgNbdLogLikelihood, fitBgNbd } from "./fitBgNbd";
import { fitGammaGamma } from "./fitGammaGamma";
import { simulateBgNbd as simulate } from "../../../bench/simulateBgNbd";

describe("BG/NBD recovers known parameters within their sampling error (seeded simulation)", () => {
  const truth = { r: 0.6, alpha: 4, a: 1.3, b: 3.5 };
  const data = simulate(8000, truth, 2026);
  const fit = fitBgNbd(data);

  it("each estimate lies within 3 standard errors (from the observed information) of the truth", () => {
    if (fit.status !== "fitted") throw new Error(fit.reason);
    const ll = bgNbdLogLikelihood(data, 1);
    const theta = [fit.params.r, fit.params.alpha, fit.params.a, fit.params.b].map(Math.log);
    const f = (v: number[]) => ll(v.map(Math.exp));
    const h = 1e-3;
    const H = theta.map((_, i) =>
      theta.map((_, j) => {
        const at = (di: number, dj: number) => f(theta.map((v, k) => v + (k === i ? di : 0) + (k === j ? dj : 0)));
        return (at(h, h) - at(h, -h) - at(-h, h) + at(-h, -h)) / (4 * h * h);
      }),
    );
    const cov = invert(H.map((row) => row.map((v) => -v)));
    const names = ["r", "alpha", "a", "b"] as const;
    names.forEach((name, i) => {
      const se = Math.sqrt(cov[i][i]);
      expect(
        Math.abs(theta[i] - Math.log(truth[name])),
        `${name}: ${Math.exp(theta[i]).toFixed(3)} vs ${truth[name]} (SE of log ${se.toFixed(3)})`,
      ).toBeLessThan(3 * se);
    });
  });
});

describe("models that cannot be fitted say so and why", () => {
  it.each([
    ["too few customers", { x: [1, 2], tx: [1, 2], T: [3, 4], zbar: [5, 6] }, /too few customers \(2; at least 20 needed\)/],
    [
      "no repeat buyers",
      { x: new Array(50).fill(0), tx: new Array(50).fill(0), T: new Array(50).fill(10), zbar: new Array(50).fill(0) },
      /too few repeat buyers \(0/,
    ],
  ])("%s", (_name, data, reason) => {
    const values = customerValues(
      { x: Float64Array.from(data.x), tx: Float64Array.from(data.tx), T: Float64Array.from(data.T), zbar: Float64Array.from(data.zbar) },
      { period: "week", horizon: 52, discountRate: 0.1 },
    );
    expect(values.bgnbd).toMatchObject({ status: "failed", reason: expect.stringMatching(reason) });
    expect(values.pAlive.every((v) => v === null)).toBe(true);
    expect(values.clv.every((v) => v === null)).toBe(true);
    expect(fitGammaGamma(data).status).toBe("failed");
  });
});

describe("prediction invariants (fast-check, seeded)", () => {
  const params = fc.record({
    r: fc.double({ min: 0.05, max: 5, noNaN: true }),
    alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
    a: fc.double({ min: 0.1, max: 5, noNaN: true }),
    b: fc.double({ min: 0.1, max: 10, noNaN: true }),
  });
  const history = fc
    .tuple(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.1, max: 100, noNaN: true }))
    .map(([x, frac, T]) => ({ x, tx: x === 0 ? 0 : frac * T, T }));

  it("P(alive) stays in [0, 1]", () => {
    fc.assert(
      fc.property(params, history, (p, h) => {
        const v = pAlive(p, h.x, h.tx, h.T);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }),
      { seed: 31, numRuns: 500 },
    );
  });

  it("expected purchases never decrease as the horizon grows", () => {
    fc.assert(
      fc.property(
        params,
        history,
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (p, h, t1, more) => {
          const a = expectedPurchases(p, t1, h.x, h.tx, h.T);
          const b = expectedPurchases(p, t1 + more, h.x, h.tx, h.T);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeGreaterThanOrEqual(a - 1e-9 * Math.max(1, a));
        },
      ),
      { seed: 32, numRuns: 300 },
    );
  });

  it("CLV never decreases as the horizon grows", () => {
    const bg = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const gg = { p: 6.25, q: 3.74, gamma: 15.44 };
    fc.assert(
      fc.property(
        history,
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        (h, zbar, h1, extra) => {
          const summary = {
            x: Float64Array.of(h.x),
            tx: Float64Array.of(h.tx),
            T: Float64Array.of(h.T),
            zbar: Float64Array.of(h.x > 0 ? zbar : 0),
          };
          const short = predictCustomerValues(bg, gg, summary, { period: "week", horizon: h1, discountRate: 0.1 }).clv[0]!;
          const long = predictCustomerValues(bg, gg, summary, { period: "week", horizon: h1 + extra, discountRate: 0.1 }).clv[0]!;
          expect(short).toBeGreaterThan(0);
          expect(long).toBeGreaterThanOrEqual(short - 1e-9 * short);
        },
      ),
      { seed: 33, numRuns: 300 },
    );
  });
});

/** Inverse of a small symmetric positive-definite matrix (Gauss–Jordan). */
function invert(m: number[][]): number[][] {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
    [a[c], a[p]] = [a[p], a[c]];
    const d = a[c][c];
    for (let j = 0; j < 2 * n; j++) a[c][j] /= d;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r][c];
      for (let j = 0; j < 2 * n; j++) a[r][j] -= f * a[c][j];
    }
  }
  return a.map((row) => row.slice(n));
}
