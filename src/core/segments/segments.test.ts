import { describe, expect, it } from "vitest";
import { analyzeOrders } from "../analyzeOrders";
import { assignSegments } from "./assignSegments";
import { STANDARD_LOOKUP, STANDARD_SEGMENTS } from "./standardScheme";
import { validateRules } from "./validateRules";
import { SEGMENT_TEXTS } from "../i18n/segmentTexts";

describe("standard scheme", () => {
  it("assigns every one of the 125 codes to exactly one segment", () => {
    const all = Object.values(STANDARD_SEGMENTS).flat();
    expect(all).toHaveLength(125);
    expect(new Set(all).size).toBe(125);
    expect(STANDARD_LOOKUP.filter(Boolean)).toHaveLength(125);
  });

  it.each([
    ["555", "champions"],
    ["111", "lost"],
    ["155", "cannot_lose"],
    ["511", "new_customers"],
    ["343", "need_attention"],
    ["412", "new_customers"],
    ["544", "champions"],
  ])("%s → %s", (code, key) => {
    const [r, f, m] = code.split("").map(Number);
    const seg = assignSegments(
      { r: Uint8Array.of(r), f: Uint8Array.of(f), m: Uint8Array.of(m), recency: [0], frequency: [0], monetary: [0] },
      { scheme: "standard", bins: 5, cn8Split: "mean" },
    );
    expect(seg).toEqual([key]);
  });

  it("has a name, action and channels in both languages for every segment key", () => {
    for (const key of [...Object.keys(STANDARD_SEGMENTS), "important_value", "general_winback", "others"]) {
      for (const lang of ["en", "zh-CN"] as const) {
        expect(SEGMENT_TEXTS[key][lang].name).not.toBe("");
        expect(SEGMENT_TEXTS[key][lang].action).not.toBe("");
      }
    }
  });
});

describe("cn8 scheme", () => {
  const split = (recency: number[], frequency: number[], monetary: number[], cn8Split: "mean" | "median" = "mean") =>
    assignSegments(
      {
        r: new Uint8Array(recency.length),
        f: new Uint8Array(recency.length),
        m: new Uint8Array(recency.length),
        recency,
        frequency,
        monetary,
      },
      { scheme: "cn8", bins: 5, cn8Split },
    );

  it("puts a lapsed customer with high F and M in 重要保持, never 重要价值", () => {
    // recency mean 55: 10 days is recent (R high), 100 days is lapsed (R low)
    expect(split([10, 100], [9, 9], [900, 900])).toEqual(["important_value", "important_keep"]);
  });

  it("covers all eight classes by bits R F M", () => {
    const recency = [1, 1, 1, 1, 99, 99, 99, 99];
    const frequency = [9, 9, 1, 1, 9, 9, 1, 1];
    const monetary = [9, 1, 9, 1, 9, 1, 9, 1];
    expect(split(recency, frequency, monetary)).toEqual([
      "important_value",
      "general_value",
      "important_development",
      "general_development",
      "important_keep",
      "general_keep",
      "important_winback",
      "general_winback",
    ]);
  });

  it("splits at the median on request", () => {
    // mean monetary 34 → only 100 is high; median 2 → 2 and 100 are high
    expect(split([1, 1, 1], [1, 1, 1], [1, 2, 100], "median").map((s) => s.startsWith("important"))).toEqual([false, true, true]);
    expect(split([1, 1, 1], [1, 1, 1], [1, 2, 100], "mean").map((s) => s.startsWith("important"))).toEqual([false, false, true]);
  });
});

describe("custom rules", () => {
  it("names rules that can never match and codes no rule covers", () => {
    const warnings = validateRules(
      [
        { segment: "top", r: [4, 5], f: [1, 5], m: [1, 5] },
        { segment: "recent_vip", r: [5, 5], f: [5, 5], m: [5, 5] },
        { segment: "rest", r: [2, 3], f: [1, 5], m: [1, 5] },
      ],
      5,
      "en",
    );
    expect(warnings[0]).toMatchObject({
      code: "rule_shadowed",
      message: "Rule 2 (recent_vip) can never match: earlier rules cover all its codes.",
    });
    expect(warnings[1].code).toBe("codes_uncovered");
    expect(warnings[1].message).toMatch(/^25 code\(s\) match no rule and become "others": 111 112/);
  });

  it("segments with the first matching rule, unmatched customers become others, names come from the rule", () => {
    const res = analyzeOrders(
      [
        ["c", "date", "amount"],
        ["A", "2024-03-01", 10],
        ["B", "2023-01-01", 10],
        ["B", "2023-01-02", 10],
      ],
      {
        bins: 2,
        scheme: "custom",
        customRules: [{ segment: "recent", names: { en: "Recent", "zh-CN": "近期" }, r: [2, 2], f: [1, 2], m: [1, 2] }],
        lang: "zh-CN",
      },
    );
    expect(res.customers.map((c) => [c.customerId, c.segment, c.segmentName])).toEqual([
      ["A", "recent", "近期"],
      ["B", "others", "其他"],
    ]);
    expect(res.warnings.map((w) => w.code)).toContain("codes_uncovered");
  });
});
