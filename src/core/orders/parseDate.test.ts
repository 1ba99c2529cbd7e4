import { describe, expect, it } from "vitest";
import { parseDate } from "./parseDate";

// 2024-03-05 is serial 45356; 2024-05-03 is 45415.
const MAR5 = 45356;
const MAY3 = 45415;

describe("parseDate", () => {
  it.each<[unknown, number]>([
    [45356, MAR5],
    [45356.75, MAR5], // the time of day is dropped
    [20240305, MAR5], // 8-digit number
    ["20240305", MAR5],
    ["20240305 14:22:01", MAR5],
    ["2024-03-05", MAR5],
    ["2024-3-5", MAR5],
    ["2024/3/5", MAR5],
    ["2024/03/05 10:30", MAR5],
    ["2024.03.05", MAR5],
    ["2024-03-05T10:30:00", MAR5],
    ["2024-03-05T23:30:00.000Z", MAR5],
    ["2024-03-05 10:30:00+08:00", MAR5],
    ["2024-03-05 9:05 PM", MAR5],
    ["2024年3月5日", MAR5],
    ["2024年03月05日 10:30", MAR5],
    ["2024年3月5日 10时30分", MAR5],
    ["２０２４－０３－０５", MAR5], // full-width digits and dash
    ["  2024-03-05  ", MAR5],
    ["45356", MAR5], // a serial number saved as text
    ["5-Mar-2024", MAR5],
    ["5 March 2024", MAR5],
    ["Mar 5, 2024", MAR5],
    ["March 5 2024", MAR5],
  ])("reads %j", (cell, serial) => {
    expect(parseDate(cell, "mdy")).toBe(serial);
  });

  it.each<[unknown, "mdy" | "dmy", number]>([
    ["3/5/2024", "mdy", MAR5],
    ["3/5/2024", "dmy", MAY3],
    ["5/3/2024 10:42", "dmy", MAR5],
    ["03-05-24", "mdy", MAR5], // two-digit year: 00–29 → 2000s
    ["5.3.2024", "dmy", MAR5],
  ])("reads the ambiguous %j as %s", (cell, order, serial) => {
    expect(parseDate(cell, order)).toBe(serial);
  });

  it("reads two-digit years 30–99 as the 1900s like Excel", () => {
    expect(parseDate("1/2/99", "mdy")).toBe(36162); // 1999-01-02
  });

  it.each<[unknown]>([
    [""],
    ["   "],
    [null],
    [undefined],
    [true],
    ["#N/A"],
    ["2023-02-29"], // no such day
    ["2024-13-01"],
    ["13/13/2024"],
    ["31/1/2024"], // month-first cannot read it
    ["tomorrow"],
    ["2024-03-05 lunchtime"],
    ["Marchy 5, 2024"],
    [0],
    [-5],
    [0.5], // a time with no date
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [99991232],
    [3_000_000],
  ])("refuses %j", (cell) => {
    expect(parseDate(cell, "mdy")).toBeNaN();
  });
});
