declare module "@stdlib/math-base-special-gammaln" {
  /** Natural logarithm of the gamma function. */
  export default function gammaln(x: number): number;
}
declare module "@stdlib/math-base-special-hyp2f1" {
  /** Gauss hypergeometric function 2F1(a, b; c; z). */
  export default function hyp2f1(a: number, b: number, c: number, z: number): number;
}
