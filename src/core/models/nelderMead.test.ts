import { describe, expect, it } from "vitest";
import { nelderMead } from "./nelderMead";

describe("nelderMead", () => {
  it("finds the minimum of a quadratic bowl", () => {
    const r = nelderMead(([x, y]) => (x - 1) ** 2 + 3 * (y + 2) ** 2, [5, 5]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 5);
    expect(r.x[1]).toBeCloseTo(-2, 5);
  });

  it("solves Rosenbrock's valley in 4 dimensions", () => {
    const rosen = (x: number[]) => x.slice(0, -1).reduce((s, xi, i) => s + 100 * (x[i + 1] - xi * xi) ** 2 + (1 - xi) ** 2, 0);
    const r = nelderMead(rosen, [-1.2, 1, -1.2, 1], { maxIterations: 20000 });
    for (const xi of r.x) expect(xi).toBeCloseTo(1, 3);
  });

  it("treats non-finite values as outside the domain", () => {
    const r = nelderMead(([x]) => (x <= 0 ? Number.NaN : x - Math.log(x)), [3]);
    expect(r.x[0]).toBeCloseTo(1, 4);
  });

  it("says when it ran out of iterations", () => {
    expect(nelderMead(([x, y]) => (x - 1) ** 2 + (y - 1) ** 2, [100, -100], { maxIterations: 5 }).converged).toBe(false);
  });
});
