import { analyzeOrders } from "../core/analyzeOrders";
import { RfmOptionError } from "../core/errors";
import type { AnalysisResult, CustomerResult, Lang, SchemeName } from "../core/types";
import { functionError } from "./functionError";

export interface RangeModel {
  result: AnalysisResult;
  byId: Map<string, CustomerResult>;
}

export interface RangeArgs {
  customerIds: unknown[][];
  orderDates: unknown[][];
  amounts: unknown[][];
  asOf?: unknown;
  bins?: number | null;
  scheme?: string | null;
  /** Also fit the customer-value models (RFM.CLV, RFM.PALIVE). */
  clv?: boolean;
  lang: Lang;
}

// Formulas over the same ranges recalculate together; the last few analyses are kept so each
// distinct input is computed once per recalculation, not once per cell.
const cache = new Map<string, RangeModel>();
const CACHE_SIZE = 8;

/**
 * The analysis of the orders passed as three ranges (one column or one row each, equal lengths),
 * as `RFM.SEGMENT(A2, Orders[Customer], Orders[Date], Orders[Amount])` passes them.
 * Throws a `#VALUE!` function error for ranges of different lengths or a bad option.
 * @example modelFromRanges({ customerIds: [["C1"]], orderDates: [[45356]], amounts: [[10]], lang: "en" }).byId.get("C1")?.segment
 */
export function modelFromRanges(args: RangeArgs): RangeModel {
  const ids = flatten(args.customerIds, "customerIds");
  const dates = flatten(args.orderDates, "orderDates");
  const amounts = flatten(args.amounts, "amounts");
  if (ids.length !== dates.length || ids.length !== amounts.length) {
    throw functionError(
      "invalidValue",
      `customerIds, orderDates and amounts must have the same length (got ${ids.length}, ${dates.length} and ${amounts.length})`,
    );
  }
  const asOf = args.asOf === null || args.asOf === undefined || args.asOf === "" ? undefined : (args.asOf as string | number);
  if (asOf !== undefined && typeof asOf !== "number" && typeof asOf !== "string")
    throw functionError("invalidValue", "asOf must be a date");
  const key = fingerprint(ids, dates, amounts, [asOf, args.bins, args.scheme, args.lang, args.clv === true]);
  const hit = cache.get(key);
  if (hit) return hit;
  const cells: unknown[][] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) cells[i] = [ids[i], dates[i], amounts[i]];
  let result: AnalysisResult;
  try {
    result = analyzeOrders(cells, {
      hasHeader: false,
      columns: { customer: 0, date: 1, amount: 2 },
      asOf,
      bins: args.bins ?? undefined,
      scheme: (args.scheme ?? undefined) as SchemeName | undefined,
      clv: args.clv === true,
      lang: args.lang,
    });
  } catch (e) {
    if (e instanceof RfmOptionError) throw functionError("invalidValue", e.message);
    throw e;
  }
  const model = { result, byId: new Map(result.customers.map((c) => [c.customerId, c])) };
  cache.set(key, model);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return model;
}

function flatten(range: unknown[][], name: string): unknown[] {
  if (!Array.isArray(range) || range.length === 0 || !Array.isArray(range[0]))
    throw functionError("invalidValue", `${name} must be a range`);
  if (range[0].length === 1) return range.map((row) => row[0]);
  if (range.length === 1) return range[0];
  throw functionError("invalidValue", `${name} must be a single column or row (got ${range.length}×${range[0].length})`);
}

/**
 * A 64-bit content hash of the inputs (two independent 32-bit FNV-style hashes over their text and
 * types), so equal ranges share one analysis and a collision is vanishingly unlikely.
 */
function fingerprint(...parts: unknown[][]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  let n = 0;
  for (const part of parts) {
    for (const v of part) {
      const s = `${typeof v}:${String(v)}`;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
      }
      h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
      h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
      n++;
    }
  }
  return `${n}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}
