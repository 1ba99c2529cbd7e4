import { describe, expect, it } from "vitest";
import { parseAmount } from "./parseAmount";

describe("parseAmount", () => {
  it.each<[unknown, number]>([
    [12.5, 12.5],
    [0, 0],
    [-3, -3],
    ["12.50", 12.5],
    ["¥12.50", 12.5],
    ["￥1,234.50", 1234.5],
    ["$1,234,567.89", 1234567.89],
    ["€ 99", 99],
    ["£7", 7],
    ["128元", 128],
    ["RMB 88", 88],
    ["CNY88.8", 88.8],
    ["USD 1,000", 1000],
    ["88 rmb", 88],
    ["1 234.5", 1234.5], // space as thousands separator
    ["1\u00a0234", 1234], // no-break space
    ["１２３．５", 123.5], // full-width digits
    ["￥１，２３４", 1234],
    ["-12.5", -12.5],
    ["−12.5", -12.5], // Unicode minus
    ["-¥12", -12],
    ["¥-12", -12],
    ["(12.50)", -12.5], // accounting negative
    ["($1,200.00)", -1200],
    ["（１２）", -12], // full-width parentheses
    ["+5", 5],
    [".5", 0.5],
    ["1e3", 1000],
  ])("reads %j as %d", (cell, amount) => {
    expect(parseAmount(cell)).toBeCloseTo(amount, 10);
  });

  it.each<[unknown]>([
    [""],
    [null],
    [true],
    ["#VALUE!"],
    ["abc"],
    ["12,5"], // a European decimal comma is refused, never read as 125
    ["1,23,456"],
    ["¥"],
    ["--5"],
    ["(-5)"],
    ["5-"],
    ["1.2.3"],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
  ])("refuses %j", (cell) => {
    expect(parseAmount(cell)).toBeNaN();
  });
});
