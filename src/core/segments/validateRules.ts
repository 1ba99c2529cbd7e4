import { translate } from "../i18n/translate";
import type { CustomRule, Lang, Warning } from "../types";
import { ruleMatches } from "./matchRules";

/**
 * Checks an ordered rule list against every code of `bins` scores: each rule that can never match
 * (all its codes taken by earlier rules, or an empty range) and the codes no rule covers.
 * @example validateRules([{ segment: "all", r: [1, 5], f: [1, 5], m: [1, 5] }, { segment: "x", r: [5, 5], f: [5, 5], m: [5, 5] }], 5, "en")
 * // [{ code: "rule_shadowed", message: "Rule 2 (x) can never match: …" }]
 */
export function validateRules(rules: readonly CustomRule[], bins: number, lang: Lang): Warning[] {
  const hits = new Array<number>(rules.length).fill(0);
  const uncovered: string[] = [];
  for (let r = 1; r <= bins; r++) {
    for (let f = 1; f <= bins; f++) {
      for (let m = 1; m <= bins; m++) {
        const index = rules.findIndex((rule) => ruleMatches(rule, r, f, m));
        if (index < 0) uncovered.push(`${r}${f}${m}`);
        else hits[index]++;
      }
    }
  }
  const warnings: Warning[] = [];
  rules.forEach((rule, i) => {
    if (hits[i] === 0)
      warnings.push({ code: "rule_shadowed", message: translate(lang, "warn_rule_shadowed", { index: i + 1, segment: rule.segment }) });
  });
  if (uncovered.length > 0) {
    const shown = uncovered.length > 20 ? `${uncovered.slice(0, 20).join(" ")} …` : uncovered.join(" ");
    warnings.push({ code: "codes_uncovered", message: translate(lang, "warn_codes_uncovered", { count: uncovered.length, codes: shown }) });
  }
  return warnings;
}
