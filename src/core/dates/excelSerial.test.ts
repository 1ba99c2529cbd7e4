import { describe, expect, it } from "vitest";
import { daysInMonth, isoFromSerial, serialFromYmd } from "./excelSerial";

describe("Excel 1900 serial dates", () => {
  it.each([
    // [y, m, d, serial] — values Excel shows for =DATE(y,m,d) formatted as General
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 3, 1, 61],
    [2000, 1, 1, 36526],
    [2006, 12, 31, 39082],
    [2024, 3, 5, 45356],
    [9999, 12, 31, 2958465],
  ])("%i-%i-%i is serial %i and back", (y, m, d, serial) => {
    expect(serialFromYmd(y, m, d)).toBe(serial);
    const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    expect(isoFromSerial(serial)).toBe(iso);
  });

  it("drops the time of day", () => {
    expect(isoFromSerial(45356.99)).toBe("2024-03-05");
  });

  it.each([
    [2023, 2, 29],
    [2024, 4, 31],
    [2024, 13, 1],
    [2024, 0, 1],
    [1899, 12, 31],
  ])("rejects the non-existent date %i-%i-%i", (y, m, d) => {
    expect(serialFromYmd(y, m, d)).toBeNull();
  });

  it("knows leap years", () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe("isoFromSerial agrees with the calendar everywhere", () => {
  it("round-trips every day from 1900-03-01 to 2100-12-31", () => {
    for (let serial = 61; serial <= 73415; serial++) {
      const [y, m, d] = isoFromSerial(serial).split("-").map(Number);
      expect(serialFromYmd(y, m, d)).toBe(serial);
    }
  });
});
