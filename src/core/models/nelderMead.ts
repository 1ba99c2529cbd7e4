export interface MinimizeResult {
  x: number[];
  fx: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
}

export interface NelderMeadOptions {
  maxIterations?: number;
  /** Converged when both the simplex's spread of f and its size fall below these. */
  fTolerance?: number;
  xTolerance?: number;
  initialStep?: number;
  /** Restarts from the best point, since a simplex can collapse before reaching the minimum. */
  restarts?: number;
}

/**
 * Minimises f by the Nelder–Mead simplex method (standard coefficients: reflection 1, expansion 2,
 * contraction ½, shrink ½), restarting from the best point until a restart no longer improves it.
 * Non-finite values of f count as +∞, so the search stays inside the function's domain.
 * @example nelderMead(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]).x // ≈ [1, -2]
 */
export function nelderMead(f: (x: number[]) => number, start: number[], options: NelderMeadOptions = {}): MinimizeResult {
  const { maxIterations = 5000, fTolerance = 1e-10, xTolerance = 1e-8, initialStep = 0.5, restarts = 3 } = options;
  let evaluations = 0;
  const safe = (x: number[]) => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  let best = { x: [...start], fx: safe(start) };
  let iterations = 0;
  let converged = false;
  for (let round = 0; round <= restarts; round++) {
    const run = simplexSearch(safe, best.x, initialStep, maxIterations - iterations, fTolerance, xTolerance);
    iterations += run.iterations;
    const improved = best.fx - run.fx > fTolerance * (1 + Math.abs(best.fx));
    if (run.fx <= best.fx) best = { x: run.x, fx: run.fx };
    converged = run.converged;
    if (!converged || (!improved && round > 0) || iterations >= maxIterations) break;
  }
  return { x: best.x, fx: best.fx, iterations, evaluations, converged };
}

function simplexSearch(f: (x: number[]) => number, start: number[], step: number, maxIterations: number, fTol: number, xTol: number) {
  const n = start.length;
  const points = [start.slice()];
  for (let i = 0; i < n; i++) {
    const p = start.slice();
    p[i] += p[i] !== 0 ? step * Math.abs(p[i]) + step : step;
    points.push(p);
  }
  let values = points.map(f);
  let iterations = 0;
  const centroid = (exclude: number) => {
    const c = new Array<number>(n).fill(0);
    for (let i = 0; i <= n; i++) if (i !== exclude) for (let j = 0; j < n; j++) c[j] += points[i][j] / n;
    return c;
  };
  const along = (c: number[], p: number[], t: number) => c.map((cj, j) => cj + t * (p[j] - cj));
  while (iterations < maxIterations) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    const sortedPoints = order.map((i) => points[i]);
    values = order.map((i) => values[i]);
    points.splice(0, points.length, ...sortedPoints);
    const spreadF = Math.abs(values[n] - values[0]);
    let size = 0;
    for (let i = 1; i <= n; i++) for (let j = 0; j < n; j++) size = Math.max(size, Math.abs(points[i][j] - points[0][j]));
    if (spreadF <= fTol * (1 + Math.abs(values[0])) && size <= xTol * (1 + Math.max(...points[0].map(Math.abs)))) {
      return { x: points[0], fx: values[0], iterations, converged: true };
    }
    iterations++;
    const c = centroid(n);
    const reflected = along(c, points[n], -1);
    const fr = f(reflected);
    if (fr < values[0]) {
      const expanded = along(c, points[n], -2);
      const fe = f(expanded);
      if (fe < fr) [points[n], values[n]] = [expanded, fe];
      else [points[n], values[n]] = [reflected, fr];
    } else if (fr < values[n - 1]) {
      [points[n], values[n]] = [reflected, fr];
    } else {
      const outside = fr < values[n];
      const contracted = along(c, points[n], outside ? -0.5 : 0.5);
      const fc = f(contracted);
      if (fc < (outside ? fr : values[n])) [points[n], values[n]] = [contracted, fc];
      else {
        for (let i = 1; i <= n; i++) {
          points[i] = along(points[0], points[i], 0.5);
          values[i] = f(points[i]);
        }
      }
    }
  }
  return { x: points[0], fx: values[0], iterations, converged: false };
}
