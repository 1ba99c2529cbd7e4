import type { CustomRule } from "../types";

/** Key used when no rule matches. */
export const OTHERS = "others";

/**
 * True when the rule's inclusive R, F and M ranges all contain the scores.
 * @example ruleMatches({ segment: "vip", r: [4, 5], f: [4, 5], m: [1, 5] }, 5, 4, 1) // true
 */
export function ruleMatches(rule: CustomRule, r: number, f: number, m: number): boolean {
  return r >= rule.r[0] && r <= rule.r[1] && f >= rule.f[0] && f <= rule.f[1] && m >= rule.m[0] && m <= rule.m[1];
}

/**
 * Segment of one score triple under an ordered rule list: the first matching rule, else `others`.
 * @example matchRules([{ segment: "vip", r: [4, 5], f: [4, 5], m: [1, 5] }], 5, 4, 1) // "vip"
 */
export function matchRules(rules: readonly CustomRule[], r: number, f: number, m: number): string {
  for (const rule of rules) if (ruleMatches(rule, r, f, m)) return rule.segment;
  return OTHERS;
}
