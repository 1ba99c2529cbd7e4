/**
 * Why a cell could not be used. Parsers return `NaN`/`null` on the hot path (no allocation per
 * row); only a failing cell is passed here to learn the reason.
 */
export type CellFailure = "empty" | "error" | "missing" | "invalid";

/** The error values Excel hands over as strings in `range.values`. */
const EXCEL_ERRORS = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#EXTERNAL!",
]);

/** Markers that exports use for "no value"; never a customer id. */
const MISSING_MARKERS = new Set(["na", "n/a", "null", "none", "nan"]);

/**
 * True for an Excel error value such as `"#N/A"`.
 * @example isExcelError("#DIV/0!") // true
 */
export function isExcelError(cell: unknown): boolean {
  return typeof cell === "string" && cell.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(cell.trim().toUpperCase());
}

/**
 * True for an empty cell: `""`, whitespace only, `null` or `undefined`.
 * @example isEmptyCell("  ") // true
 */
export function isEmptyCell(cell: unknown): boolean {
  if (cell === "" || cell === null || cell === undefined) return true;
  return typeof cell === "string" && cell.trim() === "";
}

/**
 * True for `NA`, `N/A`, `null`, `NULL`, `None`, `nan` (any case).
 * @example isMissingMarker("N/A") // true
 */
export function isMissingMarker(cell: unknown): boolean {
  return typeof cell === "string" && cell.length <= 6 && MISSING_MARKERS.has(cell.trim().toLowerCase());
}

/**
 * Classifies a cell that a parser refused.
 * @example cellFailure("#REF!") // "error"
 */
export function cellFailure(cell: unknown): CellFailure {
  if (isEmptyCell(cell)) return "empty";
  if (isExcelError(cell)) return "error";
  if (isMissingMarker(cell)) return "missing";
  return "invalid";
}
