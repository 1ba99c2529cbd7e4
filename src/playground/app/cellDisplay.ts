import { isoFromSerial } from "../../core/dates/excelSerial";
import type { SheetModel } from "../workbook/SheetModel";

/**
 * How a cell's value reads in the grid for its number format (dates, percentages, money,
 * whole numbers); text as it is.
 * @example cellText(0.253, "0.0%") // "25.3%"
 */
export function cellText(value: unknown, format: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "number") return String(value);
  if (/y{2,4}|m{1,2}\/d|d{1,2}/i.test(format) && !/[#0]/.test(format)) return isoFromSerial(value);
  const pct = /%$/.test(format);
  const decimals = /\.(0+)/.exec(format)?.[1].length ?? (format === "General" ? -1 : 0);
  const shown = pct ? value * 100 : value;
  const text =
    decimals < 0
      ? String(Math.round(shown * 1e10) / 1e10)
      : shown.toLocaleString("en-US", {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
          useGrouping: format.includes(","),
        });
  return pct ? `${text}%` : text;
}

/**
 * The fill of a cell under a 3-colour scale (lowest red, middle yellow, highest green), from the
 * numbers in the scale's range; `undefined` where no scale applies.
 */
export function colourScaleFill(sheet: SheetModel, row: number, col: number, value: unknown): string | undefined {
  if (typeof value !== "number") return undefined;
  const cf = sheet.conditionalFormats.find(
    (f) =>
      f.type === "ColorScale" && row >= f.rect.row && row < f.rect.row + f.rect.rows && col >= f.rect.col && col < f.rect.col + f.rect.cols,
  );
  if (!cf) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (let r = cf.rect.row; r < cf.rect.row + cf.rect.rows; r++) {
    for (let c = cf.rect.col; c < cf.rect.col + cf.rect.cols; c++) {
      const v = sheet.value(r, c);
      if (typeof v === "number") {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  const t = hi > lo ? (value - lo) / (hi - lo) : 0.5;
  const mix = (a: number[], b: number[], u: number) => a.map((x, i) => Math.round(x + (b[i] - x) * u));
  const [red, yellow, green] = [
    [248, 105, 107],
    [255, 235, 132],
    [99, 190, 123],
  ];
  const rgb = t < 0.5 ? mix(red, yellow, t * 2) : mix(yellow, green, (t - 0.5) * 2);
  return `rgb(${rgb.join(",")})`;
}
