import { describe, expect, it } from "vitest";
import { cellFailure } from "./cellFailure";
import { parseCustomerId, plainNumberText } from "./parseCustomerId";

describe("parseCustomerId", () => {
  it.each<[unknown, string]>([
    ["C001", "C001"],
    ["  C001 ", "C001"],
    ["\u3000张三\u3000", "张三"], // ideographic spaces trimmed
    ["abc", "abc"],
    ["ABC", "ABC"], // case is kept
    [12345, "12345"],
    [12345.0, "12345"],
    [1.2345e4, "12345"],
    [13800138000, "13800138000"], // a phone number as id
    [1e21, "1000000000000000000000"],
    [12.5, "12.5"],
    ["=1+1", "=1+1"], // formula-looking text is just an id here; writers keep it as text
    ["nana", "nana"],
  ])("reads %j as %j", (cell, id) => {
    expect(parseCustomerId(cell)).toBe(id);
  });

  it.each<[unknown, string]>([
    ["", "empty"],
    ["   ", "empty"],
    [null, "empty"],
    ["NA", "missing"],
    ["N/A", "missing"],
    ["null", "missing"],
    ["NULL", "missing"],
    ["None", "missing"],
    ["nan", "missing"],
    [" nan ", "missing"],
    ["#N/A", "error"],
    ["#REF!", "error"],
    ["#GETTING_DATA", "error"],
    [true, "invalid"],
    [Number.NaN, "invalid"],
  ])("refuses %j (%s)", (cell, reason) => {
    expect(parseCustomerId(cell)).toBeNull();
    expect(cellFailure(cell)).toBe(reason);
  });

  it("writes tiny numbers without exponent", () => {
    expect(plainNumberText(1e-7)).toBe("0.0000001");
  });
});
