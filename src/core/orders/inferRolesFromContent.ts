import type { Role } from "../types";
import { isEmptyCell } from "./cellFailure";
import { parseAmount } from "./parseAmount";
import { parseDate } from "./parseDate";

interface ColumnProfile {
  index: number;
  filled: number;
  dates: number;
  amounts: number;
  decimals: number;
  texts: number;
  distinct: number;
}

const SAMPLE_ROWS = 500;
/** Serials between 1954 and 2119: plausible order dates, unlike small integers or amounts. */
const PLAUSIBLE_SERIAL = [20_000, 80_000] as const;

/**
 * Guesses the columns of headerless data from what they hold: a date column, a numeric column
 * (preferring decimals) and an id-like column whose values repeat. Only the roles asked for, only
 * among columns not already mapped.
 * @example inferRolesFromContent([["C1", "2024-01-05", 12.5]], 0, 3, new Set(), ["customer", "date", "amount"])
 * // Map { "date" => 1, "amount" => 2, "customer" => 0 }
 */
export function inferRolesFromContent(
  cells: readonly (readonly unknown[])[],
  startRow: number,
  width: number,
  used: ReadonlySet<number>,
  wanted: readonly Role[],
): Map<Role, number> {
  const profiles: ColumnProfile[] = [];
  for (let j = 0; j < width; j++) if (!used.has(j)) profiles.push(profile(cells, startRow, j));
  const result = new Map<Role, number>();
  const take = (role: Role, pick: ColumnProfile | undefined) => {
    if (!pick) return;
    result.set(role, pick.index);
    profiles.splice(profiles.indexOf(pick), 1);
  };
  const usable = (p: ColumnProfile) => p.filled > 0;
  if (wanted.includes("date")) {
    take(
      "date",
      best(
        profiles.filter((p) => usable(p) && p.dates / p.filled >= 0.8),
        (p) => p.dates,
      ),
    );
  }
  if (wanted.includes("amount")) {
    const numeric = profiles.filter((p) => usable(p) && p.amounts / p.filled >= 0.8);
    take(
      "amount",
      best(numeric, (p) => p.decimals / p.filled + p.distinct / p.filled),
    );
  }
  if (wanted.includes("customer")) {
    const ids = profiles.filter((p) => usable(p) && p.filled >= 0.8 * Math.max(...profiles.map((q) => q.filled)));
    // Ids repeat across a customer's orders; text ids beat numbers; then the leftmost column.
    take(
      "customer",
      best(ids, (p) => (p.distinct < p.filled ? 2 : 0) + p.texts / p.filled - p.index * 1e-6),
    );
  }
  return result;
}

function profile(cells: readonly (readonly unknown[])[], startRow: number, j: number): ColumnProfile {
  const p: ColumnProfile = { index: j, filled: 0, dates: 0, amounts: 0, decimals: 0, texts: 0, distinct: 0 };
  const seen = new Set<unknown>();
  const end = Math.min(cells.length, startRow + SAMPLE_ROWS);
  for (let i = startRow; i < end; i++) {
    const v = cells[i]?.[j];
    if (isEmptyCell(v)) continue;
    p.filled++;
    seen.add(v);
    if (looksLikeDate(v)) p.dates++;
    const amount = parseAmount(v);
    if (!Number.isNaN(amount)) {
      p.amounts++;
      if (!Number.isInteger(amount)) p.decimals++;
    } else if (typeof v === "string") p.texts++;
  }
  p.distinct = seen.size;
  return p;
}

function looksLikeDate(v: unknown): boolean {
  if (typeof v === "number") {
    if (v >= 19000101 && v <= 99991231) return !Number.isNaN(parseDate(v, "mdy"));
    return v >= PLAUSIBLE_SERIAL[0] && v <= PLAUSIBLE_SERIAL[1];
  }
  if (typeof v !== "string" || (/^\s*[\d.]+\s*$/.test(v) === true && !/^\s*\d{8}\s*$/.test(v))) return false;
  return !Number.isNaN(parseDate(v, "mdy")) || !Number.isNaN(parseDate(v, "dmy"));
}

function best<T>(items: T[], score: (item: T) => number): T | undefined {
  let top: T | undefined;
  let topScore = -Infinity;
  for (const item of items) {
    const s = score(item);
    if (s > topScore) {
      top = item;
      topScore = s;
    }
  }
  return top;
}
