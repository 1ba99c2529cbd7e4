import { RfmOptionError } from "../errors";
import type { CustomRule, SchemeName } from "../types";
import { CN8_SEGMENTS } from "./cn8Scheme";
import { matchRules, OTHERS } from "./matchRules";
import { RFM_R_RULES } from "./rfmRScheme";
import { STANDARD_LOOKUP, STANDARD_SEGMENTS } from "./standardScheme";
import { mean } from "../stats/mean";
import { median } from "../stats/median";

export interface SegmentInput {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  recency: ArrayLike<number>;
  frequency: ArrayLike<number>;
  monetary: ArrayLike<number>;
}

export interface SchemeOptions {
  scheme: SchemeName | "custom";
  bins: number;
  customRules?: readonly CustomRule[];
  cn8Split: "mean" | "median";
}

/**
 * The segment key of every customer under the chosen scheme (SPEC §4).
 * @example assignSegments({ r: Uint8Array.of(5), f: Uint8Array.of(5), m: Uint8Array.of(5), recency: [1], frequency: [9], monetary: [99] },
 *   { scheme: "standard", bins: 5, cn8Split: "mean" }) // ["champions"]
 */
export function assignSegments(input: SegmentInput, options: SchemeOptions): string[] {
  const n = input.r.length;
  const out = new Array<string>(n);
  switch (options.scheme) {
    case "standard":
      requireFiveBins(options);
      for (let i = 0; i < n; i++) out[i] = STANDARD_LOOKUP[(input.r[i] - 1) * 25 + (input.f[i] - 1) * 5 + (input.m[i] - 1)] ?? OTHERS;
      return out;
    case "rfm-r":
      requireFiveBins(options);
      return rules(input, RFM_R_RULES, out);
    case "custom":
      return rules(input, options.customRules ?? [], out);
    case "cn8": {
      const split = options.cn8Split === "median" ? median : mean;
      const rs = split(input.recency);
      const fs = split(input.frequency);
      const ms = split(input.monetary);
      for (let i = 0; i < n; i++) {
        // R is high when the customer bought recently: few days since the last purchase.
        const bits = (input.recency[i] <= rs ? 4 : 0) + (input.frequency[i] >= fs ? 2 : 0) + (input.monetary[i] >= ms ? 1 : 0);
        out[i] = CN8_SEGMENTS[bits];
      }
      return out;
    }
  }
}

/** Segment keys of a scheme in display order (`others` last where it can occur). */
export function schemeSegments(options: SchemeOptions): string[] {
  switch (options.scheme) {
    case "standard":
      return Object.keys(STANDARD_SEGMENTS);
    case "cn8":
      return [...CN8_SEGMENTS].reverse();
    case "rfm-r":
      return [...RFM_R_RULES.map((r) => r.segment), OTHERS];
    case "custom":
      return [...new Set((options.customRules ?? []).map((r) => r.segment)), OTHERS];
  }
}

function rules(input: SegmentInput, list: readonly CustomRule[], out: string[]): string[] {
  for (let i = 0; i < out.length; i++) out[i] = matchRules(list, input.r[i], input.f[i], input.m[i]);
  return out;
}

function requireFiveBins(options: SchemeOptions): void {
  if (options.bins !== 5) {
    throw new RfmOptionError(
      "scheme",
      `Option scheme "${options.scheme}" needs bins = 5 (got ${options.bins}); use scheme cn8 or custom rules with other bin counts`,
    );
  }
}
