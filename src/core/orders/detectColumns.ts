import { RfmInputError } from "../errors";
import { translate } from "../i18n/translate";
import type { ColumnMapping, ColumnRef, Lang, Role } from "../types";
import { isEmptyCell } from "./cellFailure";
import { DATE_HINTS, HEADER_SYNONYMS } from "./headerSynonyms";
import { normalizeHeader } from "./normalizeHeader";
import { inferRolesFromContent } from "./inferRolesFromContent";

export interface DetectedColumns {
  hasHeader: boolean;
  /** Header texts (empty strings without a header row). */
  headers: string[];
  mapping: ColumnMapping[];
}

const ROLES: readonly Role[] = ["customer", "date", "amount", "orderId", "quantity", "unitPrice"];

/**
 * Maps columns to roles: the user's overrides first, then header text (English and Chinese
 * synonyms, normalised), then column contents for required roles still missing. Throws
 * `RfmInputError` when no customer, date or amount (or quantity × unit price) column can be found.
 * @example detectColumns([["客户编号", "下单时间", "实付金额"]], {}).mapping.map((m) => m.role)
 * // ["customer", "date", "amount"]
 */
export function detectColumns(
  cells: readonly (readonly unknown[])[],
  options: { columns?: Partial<Record<Role, ColumnRef>>; hasHeader?: boolean; lang?: Lang },
): DetectedColumns {
  const lang = options.lang ?? "en";
  const width = blockWidth(cells);
  const first = cells[0] ?? [];
  const normalized = Array.from({ length: width }, (_, j) => normalizeHeader(first[j]));
  const fromHeader = matchHeaders(normalized);
  const hasHeader = options.hasHeader ?? (fromHeader.size > 0 || looksLikeHeaderRow(cells, width));
  const headers = Array.from({ length: width }, (_, j) => (hasHeader ? cellText(first[j]) : ""));

  const mapping: ColumnMapping[] = [];
  const usedColumns = new Set<number>();
  const put = (role: Role, index: number, source: ColumnMapping["source"]) => {
    mapping.push({ role, index, header: hasHeader ? headers[index] : null, source });
    usedColumns.add(index);
  };

  for (const role of ROLES) {
    const ref = options.columns?.[role];
    if (ref === undefined || ref === null || ref === "") continue;
    put(role, resolveColumn(ref, role, headers, normalized, width, lang), "user");
  }
  if (hasHeader) {
    for (const [role, index] of fromHeader) {
      if (!mapping.some((m) => m.role === role) && !usedColumns.has(index)) put(role, index, "header");
    }
  }
  const missing = requiredMissing(mapping);
  if (missing.length > 0) {
    const inferred = inferRolesFromContent(cells, hasHeader ? 1 : 0, width, usedColumns, missing);
    for (const [role, index] of inferred) put(role, index, "content");
  }
  const stillMissing = requiredMissing(mapping);
  if (stillMissing.length > 0) {
    throw new RfmInputError(
      "missing_column",
      translate(lang, "err_missing_column", {
        role: translate(lang, `role_${stillMissing[0]}`),
        headers: listHeaders(hasHeader ? headers : first.map(cellText)),
      }),
      headers,
    );
  }
  mapping.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
  return { hasHeader, headers, mapping };
}

function requiredMissing(mapping: ColumnMapping[]): Role[] {
  const has = (role: Role) => mapping.some((m) => m.role === role);
  const missing: Role[] = [];
  if (!has("customer")) missing.push("customer");
  if (!has("date")) missing.push("date");
  if (!has("amount") && !(has("quantity") && has("unitPrice"))) missing.push("amount");
  return missing;
}

/** Best column per role by synonym rank: exact matches first, then headers containing a synonym. */
function matchHeaders(normalized: string[]): Map<Role, number> {
  const candidates: { role: Role; index: number; rank: number }[] = [];
  normalized.forEach((name, index) => {
    if (name === "") return;
    for (const role of ROLES) {
      const synonyms = HEADER_SYNONYMS[role];
      const exact = synonyms.indexOf(name);
      if (exact >= 0) {
        candidates.push({ role, index, rank: exact });
        continue;
      }
      const partial = synonyms.findIndex((s) => isSubstantial(s) && name.includes(s));
      if (partial >= 0) candidates.push({ role, index, rank: 1000 + partial });
      else if (role === "date" && DATE_HINTS.some((h) => name.includes(h))) candidates.push({ role, index, rank: 2000 });
    }
  });
  candidates.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const chosen = new Map<Role, number>();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (chosen.has(c.role) || taken.has(c.index)) continue;
    chosen.set(c.role, c.index);
    taken.add(c.index);
  }
  return chosen;
}

/**
 * Short synonyms match only exactly: `order` inside `Order Status` or `订单` inside `订单状态`
 * would map the wrong column.
 */
function isSubstantial(synonym: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(synonym) ? synonym.length >= 3 : synonym.length >= 6;
}

/** A first row of text over a column that holds numbers below is a header, even unrecognised. */
function looksLikeHeaderRow(cells: readonly (readonly unknown[])[], width: number): boolean {
  if (cells.length < 2) return false;
  const first = cells[0];
  let texts = 0;
  for (let j = 0; j < width; j++) {
    const v = first[j];
    if (isEmptyCell(v)) continue;
    if (typeof v !== "string" || /^[\d\s.,:/\-年月日$¥￥€£()+]+$/.test(v)) return false;
    texts++;
  }
  if (texts === 0) return false;
  for (let i = 1; i < Math.min(cells.length, 6); i++) {
    if (cells[i].some((v) => typeof v === "number")) return true;
  }
  return false;
}

function resolveColumn(ref: ColumnRef, role: Role, headers: string[], normalized: string[], width: number, lang: Lang): number {
  if (typeof ref === "number") {
    if (Number.isInteger(ref) && ref >= 0 && ref < width) return ref;
  } else {
    const exact = headers.indexOf(ref);
    if (exact >= 0) return exact;
    const byNormal = normalized.indexOf(normalizeHeader(ref));
    if (byNormal >= 0 && normalizeHeader(ref) !== "") return byNormal;
    const letters = /^[A-Za-z]{1,3}$/.exec(ref.trim());
    if (letters) {
      const index = columnIndexFromLetters(letters[0]);
      if (index < width) return index;
    }
  }
  throw new RfmInputError(
    "unknown_column",
    translate(lang, "err_unknown_column", { name: String(ref), role: translate(lang, `role_${role}`), headers: listHeaders(headers) }),
    headers,
  );
}

/** `A` → 0, `Z` → 25, `AA` → 26. */
export function columnIndexFromLetters(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `0` → `A`, `26` → `AA`. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function blockWidth(cells: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (let i = 0; i < Math.min(cells.length, 1000); i++) width = Math.max(width, cells[i]?.length ?? 0);
  return width;
}

function cellText(v: unknown): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

function listHeaders(headers: string[]): string {
  const shown = headers.filter((h) => h !== "");
  return shown.length === 0 ? "(none)" : shown.map((h) => `"${h}"`).join(", ");
}
