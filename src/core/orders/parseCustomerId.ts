import { isExcelError, isMissingMarker } from "./cellFailure";

/**
 * Customer id of a cell: trimmed text with its case kept, or a number as its plain decimal text
 * (`12345`, never `12345.0` or `1.2345E4`). Returns `null` for an empty cell, an Excel error value,
 * a missing-value marker (`NA`, `null`, …) or a boolean.
 * @example parseCustomerId(12345) // "12345"
 */
export function parseCustomerId(cell: unknown): string | null {
  if (typeof cell === "string") {
    let s = cell;
    // Most ids need no trim; checking the two ends first keeps the hot path allocation-free.
    if (s.length === 0) return null;
    if (isSpaceCode(s.charCodeAt(0)) || isSpaceCode(s.charCodeAt(s.length - 1))) {
      s = s.trim();
      if (s.length === 0) return null;
    }
    if (s.charCodeAt(0) === 35 /* # */ && isExcelError(s)) return null;
    if (s.length <= 4 && isMissingMarker(s)) return null;
    return s;
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? plainNumberText(cell) : null;
  return null;
}

/**
 * Decimal text of a number without exponent notation.
 * @example plainNumberText(1.2345e4) // "12345"
 */
export function plainNumberText(n: number): string {
  const s = String(n);
  if (!s.includes("e")) return s;
  if (Number.isInteger(n)) return BigInt(n).toString();
  // Tiny non-integers: fixed notation with enough digits, trailing zeros removed.
  return n.toFixed(20).replace(/\.?0+$/, "");
}

/** Whitespace as `String.prototype.trim` sees it (ASCII, no-break, ideographic, BOM, U+2000–200A…). */
export function isSpaceCode(c: number): boolean {
  return (
    c <= 32 ||
    (c >= 0x7f &&
      (c === 0xa0 ||
        c === 0x3000 ||
        c === 0xfeff ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f))
  );
}
