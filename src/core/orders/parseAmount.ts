import { normalizeWidth } from "./normalizeWidth";

const CURRENCY = /(?:RMB|CNY|USD|EUR|GBP|HKD|JPY|US\$|HK\$|[¥￥$€£元])/gi;
const SPACES = /[\s\u00a0\u202f\u3000]+/g;
// Thousands separators must group by three, so "12,5" (a European decimal) is refused rather
// than silently read as 125.
const GROUPED = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const BARE = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads a money amount (or a quantity / unit price) from a cell: numbers as they are; text with
 * currency signs or codes, thousands separators, spaces, full-width digits, a leading minus or
 * accounting parentheses. Returns `NaN` when the cell holds no amount (use `cellFailure` for why).
 * @example parseAmount("(¥1,234.50)") // -1234.5
 */
export function parseAmount(cell: unknown): number {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : Number.NaN;
  if (typeof cell !== "string") return Number.NaN;
  let s = normalizeWidth(cell).replace(CURRENCY, "").replace(SPACES, "");
  if (s === "") return Number.NaN;
  let sign = 1;
  if (s.charCodeAt(0) === 40 /* ( */ && s.charCodeAt(s.length - 1) === 41 /* ) */) {
    sign = -1;
    s = s.slice(1, -1);
  } else if (s[0] === "-") {
    sign = -1;
    s = s.slice(1);
  } else if (s[0] === "+") {
    s = s.slice(1);
  }
  if (BARE.test(s)) return sign * Number(s);
  if (GROUPED.test(s)) return sign * Number(s.replace(/,/g, ""));
  return Number.NaN;
}
