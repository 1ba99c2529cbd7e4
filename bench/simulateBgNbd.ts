// Seeded simulation of customers following BG/NBD, shared by the model tests and the benchmark.
import { mulberry32 } from "../src/core/stats/mulberry32";

/** Seeded PRNG and the samplers a simulation needs (randomness is passed in, never global). */
export function rng(seed: number) {
  const uniform = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  // Marsaglia & Tsang; shape < 1 by the boost U^(1/shape).
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * uniform() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const z = normal();
      const v = (1 + c * z) ** 3;
      if (v > 0 && Math.log(uniform()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  return { uniform, gamma };
}

/** BG/NBD customers (seeded): λ ~ Gamma(r, α), p ~ Beta(a, b); after each repeat purchase they drop out with probability p. */
export function simulateBgNbd(n: number, params: { r: number; alpha: number; a: number; b: number }, seed: number) {
  const g = rng(seed);
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  for (let i = 0; i < n; i++) {
    const lambda = g.gamma(params.r) / params.alpha;
    const ga = g.gamma(params.a);
    const p = ga / (ga + g.gamma(params.b));
    const horizon = 20 + 32 * g.uniform();
    let t = 0;
    let count = 0;
    let last = 0;
    for (;;) {
      t += -Math.log(1 - g.uniform()) / lambda;
      if (t > horizon) break;
      count++;
      last = t;
      if (g.uniform() < p) break;
    }
    x.push(count);
    tx.push(last);
    T.push(horizon);
  }
  return { x, tx, T };
}
