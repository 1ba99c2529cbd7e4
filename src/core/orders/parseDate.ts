import { MAX_EXCEL_SERIAL, serialFromYmd } from "../dates/excelSerial";
import { normalizeWidth } from "./normalizeWidth";

/** How to read `3/5/2024`: month first (US, the default) or day first. */
export type DateOrder = "mdy" | "dmy";

const TIME = String.raw`(?:[T\s]+(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2})?))?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*(.*))?$/;
const EIGHT = new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})${TIME}$`);
/** `3/5/2024`, `03-05-24`, `5.3.2024`: the order of the first two fields is ambiguous. */
export const AMBIGUOUS_DATE = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})${TIME}$`);
const SERIAL_TEXT = /^\d{1,7}(?:\.\d+)?$/;
// prettier-ignore
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const DAY_MON_YEAR = new RegExp(String.raw`^(\d{1,2})[-\s]([A-Za-z]{3,9})\.?[-\s,]+(\d{4})${TIME}$`);
const MON_DAY_YEAR = new RegExp(String.raw`^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}$`);
/** Chinese time suffixes such as `10:30` or `10时30分`; anything else after a date is refused. */
const CHINESE_TIME = /^(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{1,2}\s*[时點点](?:\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?)?)$/;

/**
 * The serial day of a date cell, or `NaN` when the cell holds no date. Reads Excel serial numbers
 * (time of day dropped), 8-digit `20240305` numbers and text in ISO, slash, dotted, Chinese
 * (`2024年3月5日`), 8-digit and month-name forms, each with or without a time.
 * @example parseDate("2024年3月5日 10:30", "mdy") // 45356
 */
export function parseDate(cell: unknown, order: DateOrder): number {
  if (typeof cell === "number") return dateFromNumber(cell);
  if (typeof cell !== "string") return Number.NaN;
  const s = normalizeWidth(cell).trim();
  if (s === "") return Number.NaN;
  let m = YMD.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = AMBIGUOUS_DATE.exec(s);
  if (m) {
    const year = expandYear(m[3]);
    return order === "dmy" ? ymd(year, +m[2], +m[1]) : ymd(year, +m[1], +m[2]);
  }
  m = CHINESE.exec(s);
  if (m) {
    if (m[4] !== undefined && m[4] !== "" && !CHINESE_TIME.test(m[4].trim())) return Number.NaN;
    return ymd(+m[1], +m[2], +m[3]);
  }
  m = EIGHT.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  if (SERIAL_TEXT.test(s)) return dateFromNumber(Number(s));
  m = DAY_MON_YEAR.exec(s);
  if (m) return ymd(+m[3], monthNumber(m[2]), +m[1]);
  m = MON_DAY_YEAR.exec(s);
  if (m) return ymd(+m[3], monthNumber(m[1]), +m[2]);
  return Number.NaN;
}

/**
 * The fields of an ambiguous `a/b/yyyy` date (`3/5/2024`, `05.03.24`), year expanded, or `null`
 * for any other text. Which of a and b is the month is decided per column.
 * @example ambiguousDateParts("3/5/24") // [3, 5, 2024]
 */
export function ambiguousDateParts(text: string): [number, number, number] | null {
  const m = AMBIGUOUS_DATE.exec(normalizeWidth(text).trim());
  return m ? [+m[1], +m[2], expandYear(m[3])] : null;
}

/**
 * Serial day of ambiguous date parts read in the given order, or `NaN` when no such day exists.
 * @example serialFromAmbiguous(3, 5, 2024, "dmy") // 45415 (3 May 2024)
 */
export function serialFromAmbiguous(a: number, b: number, year: number, order: DateOrder): number {
  return order === "dmy" ? ymd(year, b, a) : ymd(year, a, b);
}

function dateFromNumber(n: number): number {
  if (!Number.isFinite(n)) return Number.NaN;
  if (n >= 19000101 && n <= 99991231 && Number.isInteger(n)) {
    return ymd(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
  }
  if (n >= 1 && n < MAX_EXCEL_SERIAL + 1) return Math.floor(n);
  return Number.NaN;
}

function ymd(y: number, m: number, d: number): number {
  return serialFromYmd(y, m, d) ?? Number.NaN;
}

/** Two-digit years follow Excel: 00–29 → 2000s, 30–99 → 1900s. */
function expandYear(text: string): number {
  const y = Number(text);
  if (text.length === 4) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

function monthNumber(name: string): number {
  const key = name.toLowerCase();
  const exact = MONTHS[key.length > 4 ? key.slice(0, 3) : key];
  // Full names must really be the month ("March"), not any word starting "Mar".
  if (exact === undefined) return 0;
  if (key.length > 4) {
    const full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"][
      exact - 1
    ];
    return full === key ? exact : 0;
  }
  return exact;
}
