import type { CustomRule } from "../types";

/**
 * The R package `rfm` README's 10 segments, first matching rule wins, else `others`.
 * Inclusive ranges of R, F and M scores.
 */
export const RFM_R_RULES: readonly CustomRule[] = [
  { segment: "champions", r: [5, 5], f: [5, 5], m: [5, 5] },
  { segment: "potential_loyalist", r: [3, 5], f: [3, 5], m: [2, 5] },
  { segment: "loyal", r: [2, 4], f: [2, 4], m: [2, 4] },
  { segment: "promising", r: [3, 4], f: [1, 3], m: [3, 5] },
  { segment: "new_customers", r: [4, 5], f: [1, 3], m: [1, 5] },
  { segment: "cannot_lose", r: [1, 2], f: [3, 4], m: [4, 5] },
  { segment: "at_risk", r: [1, 2], f: [2, 5], m: [4, 5] },
  { segment: "need_attention", r: [1, 3], f: [3, 5], m: [3, 5] },
  { segment: "about_to_sleep", r: [2, 3], f: [1, 3], m: [1, 4] },
  { segment: "lost", r: [1, 1], f: [1, 5], m: [1, 5] },
];
