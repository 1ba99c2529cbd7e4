import { columnIndexFromLetters, columnLetters } from "../../core/orders/detectColumns";

/** A rectangle of cells, zero-based and inclusive. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/**
 * A sheet name as Excel writes it in an address: quoted when it has anything but letters,
 * digits, underscores and dots, with inner apostrophes doubled.
 * @example quoteSheetName("Sheet's Data") // "'Sheet''s Data'"
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/**
 * `A1` or `A1:C4` of a rectangle (a single cell stays `A1`).
 * @example rectAddress({ row: 0, col: 0, rows: 4, cols: 3 }) // "A1:C4"
 */
export function rectAddress(r: Rect): string {
  const tl = `${columnLetters(r.col)}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return tl;
  return `${tl}:${columnLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
}

/**
 * Parses `A1`, `A1:C4`, `A:C`, `2:5`, optionally prefixed by a (quoted) sheet name. Returns
 * `null` for anything else.
 * @example parseAddress("'My Sheet'!B2:C3") // { sheet: "My Sheet", rect: { row: 1, col: 1, rows: 2, cols: 2 } }
 */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } | null {
  let sheet: string | null = null;
  let ref = address.trim();
  const bang = ref.lastIndexOf("!");
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const parts = ref.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length > 2) return null;
  const ends = parts.map(parseEnd);
  if (ends.some((e) => e === null)) return null;
  const [a, b = a] = ends as End[];
  const row0 = a.row ?? 0;
  const row1 = b.row ?? MAX_ROWS - 1;
  const col0 = a.col ?? 0;
  const col1 = b.col ?? MAX_COLS - 1;
  if (row1 < row0 || col1 < col0) return null;
  return { sheet, rect: { row: row0, col: col0, rows: row1 - row0 + 1, cols: col1 - col0 + 1 } };
}

interface End {
  row: number | null;
  col: number | null;
}

function parseEnd(text: string): End | null {
  const m = /^([A-Z]{0,3})(\d{0,7})$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) return null;
  const col = m[1] === "" ? null : columnIndexFromLetters(m[1]);
  const row = m[2] === "" ? null : Number(m[2]) - 1;
  if ((col !== null && col >= MAX_COLS) || (row !== null && (row < 0 || row >= MAX_ROWS))) return null;
  return { row, col };
}
