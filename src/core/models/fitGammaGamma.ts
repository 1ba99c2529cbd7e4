import gammaln from "@stdlib/math-base-special-gammaln";
import { fitFailure, type ModelFit } from "./fitBgNbd";
import { nelderMead } from "./nelderMead";

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

const MIN_REPEATERS = 10;

/**
 * Fits the Gamma-Gamma spend model (Fader & Hardie 2013) by maximum likelihood on the customers
 * with repeat purchases: x = repeat occasions, zbar = mean spend of the repeat occasions. Spend
 * values are rescaled to a mean of 1 while fitting (γ is scaled back).
 * @example fitGammaGamma({ x, zbar }) // { status: "fitted", params: { p: 6.25, q: 3.74, gamma: 15.44 }, … }
 */
export function fitGammaGamma(data: { x: ArrayLike<number>; zbar: ArrayLike<number> }): ModelFit<GammaGammaParams> {
  const xs: number[] = [];
  const zs: number[] = [];
  for (let i = 0; i < data.x.length; i++) {
    if (data.x[i] > 0 && data.zbar[i] > 0) {
      xs.push(data.x[i]);
      zs.push(data.zbar[i]);
    }
  }
  const n = xs.length;
  if (n < MIN_REPEATERS)
    return {
      status: "failed",
      reason: `too few repeat buyers with a positive spend (${n}; at least ${MIN_REPEATERS} needed)`,
      customers: n,
    };
  const meanZ = zs.reduce((s, z) => s + z, 0) / n;
  const scaled = zs.map((z) => z / meanZ);
  const ll = gammaGammaLogLikelihood(xs, scaled);
  const result = nelderMead((p) => -ll(p.map(Math.exp)) / n, [0, 0, 0], { maxIterations: 4000 });
  const [p, q, gammaScaled] = result.x.map(Math.exp);
  const params = { p, q, gamma: gammaScaled * meanZ };
  const failure = fitFailure(result, [p, q, params.gamma], n);
  if (failure) return failure;
  if (q <= 1)
    return {
      status: "failed",
      reason: `q = ${q.toFixed(3)} ≤ 1: the mean spend is not finite under this fit`,
      iterations: result.iterations,
      customers: n,
    };
  return {
    status: "fitted",
    params,
    logLikelihood: gammaGammaLogLikelihood(xs, zs)([p, q, params.gamma]),
    iterations: result.iterations,
    converged: true,
    customers: n,
  };
}

/** The Gamma-Gamma log-likelihood of [p, q, γ]; the gamma-function terms are computed once per distinct x. */
export function gammaGammaLogLikelihood(xs: number[], zs: number[]): (params: number[]) => number {
  const lnZ = zs.map(Math.log);
  const lnX = xs.map(Math.log);
  const maxX = xs.reduce((m, x) => Math.max(m, x), 0);
  const present = new Uint8Array(maxX + 1);
  for (const x of xs) present[x] = 1;
  const perX = new Float64Array(maxX + 1);
  return ([p, q, gamma]) => {
    const lnGamma = Math.log(gamma);
    const base = -gammaln(q) + q * lnGamma;
    for (let x = 1; x <= maxX; x++) if (present[x]) perX[x] = gammaln(p * x + q) - gammaln(p * x) + base;
    let total = 0;
    for (let i = 0; i < xs.length; i++) {
      const px = p * xs[i];
      total += perX[xs[i]] + (px - 1) * lnZ[i] + px * lnX[i] - (px + q) * Math.log(gamma + xs[i] * zs[i]);
    }
    return total;
  };
}

/**
 * Expected spend per purchase of a customer: a weighted mix of the population mean and the
 * customer's own mean repeat spend.
 * @example expectedSpend({ p: 6.25, q: 3.74, gamma: 15.44 }, 0, 0) // 35.2 (the population mean)
 */
export function expectedSpend({ p, q, gamma }: GammaGammaParams, x: number, zbar: number): number {
  return (p * (gamma + x * zbar)) / (p * x + q - 1);
}
