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
  // Howard Hinnant's civil-from-days: pure integer arithmetic, no Date object per call.
  const z = (whole < 61 ? whole + 1 : whole) - 25569 + 719468; // days since 0000-03-01
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? "0" : ""}${m}-${day < 10 ? "0" : ""}${day}`;
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
