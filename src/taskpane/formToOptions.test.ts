import { describe, expect, it } from "vitest";
import { DEFAULT_FORM, formToOptions } from "./formToOptions";

describe("formToOptions", () => {
  it("passes the defaults through", () => {
    expect(formToOptions(DEFAULT_FORM, "en")).toEqual({
      options: { scoring: "quantile", bins: 5, scheme: "standard", cn8Split: "mean", monetary: "sum", mergeSameDay: false },
      problems: [],
    });
  });

  it("reads dates, windows, breaks and column choices", () => {
    const { options, problems } = formToOptions(
      {
        ...DEFAULT_FORM,
        columns: { amount: 4 },
        asOf: "2024-06-30",
        windowDays: "365",
        scoring: "fixed",
        scheme: "cn8",
        bins: 3,
        breaks: { r: "30, 90", f: "1，3", m: "100 500" },
      },
      "en",
    );
    expect(problems).toEqual([]);
    expect(options).toMatchObject({
      columns: { amount: 4 },
      asOf: "2024-06-30",
      windowDays: 365,
      breaksR: [30, 90],
      breaksF: [1, 3],
      breaksM: [100, 500],
    });
  });

  it("names each problem in the user's language", () => {
    const en = formToOptions(
      { ...DEFAULT_FORM, asOf: "30/6/2024", windowDays: "-3", scoring: "fixed", breaks: { r: "1,2", f: "4,3,2,1", m: "1,2,3,4" } },
      "en",
    ).problems;
    expect(en).toEqual([
      "As-of date: enter a date",
      "Only the last N days (empty: all): enter a whole number 1–100000",
      "Breaks for R (4 ascending numbers, comma separated): enter 4 ascending numbers",
      "Breaks for F (4 ascending numbers, comma separated): enter 4 ascending numbers",
    ]);
    expect(formToOptions({ ...DEFAULT_FORM, asOf: "x" }, "zh-CN").problems).toEqual(["分析基准日：请输入日期"]);
    expect(formToOptions({ ...DEFAULT_FORM, bins: 4 }, "en").problems).toEqual([
      "The Standard (11 segments) segments need 5 scores per metric.",
    ]);
    expect(formToOptions({ ...DEFAULT_FORM, bins: 4, scheme: "cn8" }, "en").problems).toEqual([]);
    expect(formToOptions({ ...DEFAULT_FORM, compareDate: "June" }, "en").problems).toEqual([
      "Compare segments with an earlier date (migration): enter a date",
    ]);
  });

  it("switches on customer value, cohorts and the migration date", () => {
    expect(formToOptions({ ...DEFAULT_FORM, clv: true, cohorts: true, compareDate: "2024-01-31" }, "en")).toMatchObject({
      options: { clv: true, cohorts: true },
      compareDate: "2024-01-31",
      problems: [],
    });
  });
});

describe("lifecycle thresholds", () => {
  it("are editable with customer value switched on, and checked", () => {
    expect(
      formToOptions({ ...DEFAULT_FORM, clv: true, lifecycle: { newDays: "14", activeDays: "60", sleepingDays: "120" } }, "en").options
        .lifecycle,
    ).toEqual({
      newDays: 14,
      activeDays: 60,
      sleepingDays: 120,
    });
    expect(
      formToOptions({ ...DEFAULT_FORM, clv: true, lifecycle: { newDays: "14", activeDays: "200", sleepingDays: "120" } }, "zh-CN").problems,
    ).toEqual(["生命周期阶段：请输入整数天数，且活跃 ≤ 沉睡"]);
  });
});
