import hyp2f1 from "@stdlib/math-base-special-hyp2f1";
import type { BgNbdParams } from "./fitBgNbd";

/**
 * Probability that a customer with this history is still "alive" (has not dropped out).
 * @example pAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 2, 30.43, 38.86) // 0.7266
 */
export function pAlive({ r, alpha, a, b }: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  return 1 / (1 + (a / (b + x - 1)) * Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + tx))));
}

/**
 * Expected purchases in the next t time units for a customer with history (x, t_x, T)
 * (Fader, Hardie & Lee 2005, eq. 10).
 * @example expectedPurchases({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39, 2, 30.43, 38.86) // 1.226
 */
export function expectedPurchases({ r, alpha, a, b }: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  const z = t / (alpha + T + t);
  const f = hyp2f1(r + x, b + x, a + b + x - 1, z);
  const head = ((a + b + x - 1) / (a - 1)) * (1 - Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t))) * f);
  const tail = x > 0 ? (a / (b + x - 1)) * Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + tx))) : 0;
  return head / (1 + tail);
}
