/**
 * Excel's 1900 date system. Serial 1 is 1900-01-01 and serial 60 is the non-existent 1900-02-29
 * that Excel keeps for Lotus compatibility, so from 1900-03-01 (serial 61) on, serial = days since
 * 1899-12-30. Day arithmetic in the core happens on these integers, which is why recency is a
 * plain subtraction.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);
/** Serial of 9999-12-31, the last date Excel can show. */
export const MAX_EXCEL_SERIAL = 2_958_465;

/**
 * Serial number of a calendar date, or `null` when the date does not exist.
 * @example serialFromYmd(2024, 3, 5) // 45356
 */
export function serialFromYmd(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  const serial = Math.round((Date.UTC(year, month - 1, day) - EPOCH_1899_12_30) / MS_PER_DAY);
  // Before 1900-03-01 Excel's serials run one behind the real calendar (the phantom leap day).
  return serial < 61 ? serial - 1 : serial;
}

/**
 * `YYYY-MM-DD` of a serial day (the fraction, the time of day, is dropped).
 * @example isoFromSerial(45356) // "2024-03-05"
 */
export function isoFromSerial(serial: number): string {
  const whole = Math.floor(serial);
  const days = whole < 61 ? whole + 1 : whole;
  const d = new Date(EPOCH_1899_12_30 + days * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${day < 10 ? "0" : ""}${day}`;
}

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Serial number (with the time as a fraction) of a UTC instant, as Excel stores a date cell.
 * @example serialFromUtcMs(Date.UTC(2024, 2, 5, 12)) // 45356.5
 */
export function serialFromUtcMs(ms: number): number {
  const serial = (ms - EPOCH_1899_12_30) / MS_PER_DAY;
  return serial < 61 ? serial - 1 : serial;
}
