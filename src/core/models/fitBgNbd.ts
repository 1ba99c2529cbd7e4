import gammaln from "@stdlib/math-base-special-gammaln";
import { nelderMead, type MinimizeResult } from "./nelderMead";

/** Repeat-purchase summary per customer, in the model's time unit. */
export interface RepeatSummary {
  /** Repeat purchase occasions (occasions − 1). */
  x: ArrayLike<number>;
  /** Time from first to last purchase. */
  tx: ArrayLike<number>;
  /** Time from first purchase to the as-of date. */
  T: ArrayLike<number>;
}

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export type ModelFit<P> =
  | { status: "fitted"; params: P; logLikelihood: number; iterations: number; converged: true; customers: number }
  | { status: "failed"; reason: string; iterations?: number; customers: number };

const MIN_CUSTOMERS = 20;
const MIN_REPEATERS = 10;

/**
 * Fits BG/NBD (Fader, Hardie & Lee 2005) by maximum likelihood: parameters optimised in log
 * space by Nelder–Mead, times rescaled so the largest T is 10 (α is scaled back). A fit that cannot
 * be trusted (too few customers or repeat buyers, no convergence) is reported as failed, with why.
 * @example fitBgNbd(cdnow) // { status: "fitted", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, logLikelihood: -9582.43, … }
 */
export function fitBgNbd(data: RepeatSummary): ModelFit<BgNbdParams> {
  const n = data.x.length;
  let repeaters = 0;
  let maxT = 0;
  for (let i = 0; i < n; i++) {
    if (data.x[i] > 0) repeaters++;
    if (data.T[i] > maxT) maxT = data.T[i];
  }
  if (n < MIN_CUSTOMERS) return { status: "failed", reason: `too few customers (${n}; at least ${MIN_CUSTOMERS} needed)`, customers: n };
  if (repeaters < MIN_REPEATERS)
    return { status: "failed", reason: `too few repeat buyers (${repeaters}; at least ${MIN_REPEATERS} needed)`, customers: n };
  if (!(maxT > 0)) return { status: "failed", reason: "every customer's first purchase is on the as-of date", customers: n };
  const scale = 10 / maxT;
  const ll = bgNbdLogLikelihood(data, scale);
  const result = nelderMead((p) => -ll(p.map(Math.exp)) / n, [0, 0, 0, 0], { maxIterations: 4000 });
  const [r, alphaScaled, a, b] = result.x.map(Math.exp);
  const params = { r, alpha: alphaScaled / scale, a, b };
  const failure = fitFailure(result, [r, params.alpha, a, b], n);
  if (failure) return failure;
  // Log-likelihood on the original time scale: scaling times by s adds n·r·ln(s)… so recompute.
  return {
    status: "fitted",
    params,
    logLikelihood: bgNbdLogLikelihood(data, 1)([r, params.alpha, a, b]),
    iterations: result.iterations,
    converged: true,
    customers: n,
  };
}

/**
 * Why an optimisation cannot be reported as a fit (no convergence, parameters not finite and
 * positive), or `null` when it can.
 */
export function fitFailure(
  result: MinimizeResult,
  params: number[],
  customers: number,
): { status: "failed"; reason: string; iterations: number; customers: number } | null {
  if (!result.converged)
    return {
      status: "failed",
      reason: `the optimiser did not converge in ${result.iterations} iterations`,
      iterations: result.iterations,
      customers,
    };
  if (!params.every((v) => Number.isFinite(v) && v > 0))
    return { status: "failed", reason: "the fitted parameters are not finite", iterations: result.iterations, customers };
  return null;
}

/**
 * The BG/NBD log-likelihood of [r, α, a, b] for the data with times multiplied by `scale`.
 * Identical histories are merged with a weight, terms that depend on x only are computed once per
 * distinct x, and ln(α + T), ln(α + t_x) once per distinct time: order data in whole days has few.
 */
export function bgNbdLogLikelihood(data: RepeatSummary, scale: number): (params: number[]) => number {
  const n = data.x.length;
  const timeIndex = new Map<number, number>();
  const times: number[] = [];
  const indexOf = (t: number) => {
    let k = timeIndex.get(t);
    if (k === undefined) {
      k = times.length;
      timeIndex.set(t, k);
      times.push(t * scale);
    }
    return k;
  };
  const groups = new Map<string, number>();
  const gx: number[] = [];
  const gT: number[] = [];
  const gtx: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = data.x[i];
    const T = indexOf(data.T[i]);
    const tx = indexOf(x === 0 ? 0 : data.tx[i]);
    const key = `${x},${T},${tx}`;
    const g = groups.get(key);
    if (g !== undefined) weight[g]++;
    else {
      groups.set(key, gx.length);
      gx.push(x);
      gT.push(T);
      gtx.push(tx);
      weight.push(1);
    }
  }
  const m = gx.length;
  const xs = Int32Array.from(gx);
  const Ti = Int32Array.from(gT);
  const txi = Int32Array.from(gtx);
  const w = Float64Array.from(weight);
  const maxX = xs.reduce((mx, v) => Math.max(mx, v), 0);
  const perX = new Float64Array(maxX + 1);
  const lnA4 = new Float64Array(maxX + 1);
  const present = new Uint8Array(maxX + 1);
  for (let i = 0; i < m; i++) present[xs[i]] = 1;
  const lnTime = new Float64Array(times.length);
  return ([r, alpha, a, b]) => {
    const lnAlpha = Math.log(alpha);
    const lnBetaAB = gammaln(a + b) - gammaln(b);
    const gR = gammaln(r);
    for (let x = 0; x <= maxX; x++) {
      if (!present[x]) continue;
      perX[x] = gammaln(r + x) - gR + r * lnAlpha + lnBetaAB + gammaln(b + x) - gammaln(a + b + x);
      lnA4[x] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : -Infinity;
    }
    for (let k = 0; k < times.length; k++) lnTime[k] = Math.log(alpha + times[k]);
    let total = 0;
    for (let i = 0; i < m; i++) {
      const x = xs[i];
      const a3 = -(r + x) * lnTime[Ti[i]];
      if (x === 0) total += w[i] * (perX[0] + a3);
      else {
        const a4 = lnA4[x] - (r + x) * lnTime[txi[i]];
        const hi = Math.max(a3, a4);
        total += w[i] * (perX[x] + hi + Math.log1p(Math.exp(-Math.abs(a3 - a4))));
      }
    }
    return total;
  };
}
