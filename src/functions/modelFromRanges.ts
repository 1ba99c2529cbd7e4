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

/** How many analyses the range form has run (for tests and the benchmark). */
export const rangeStats = { analyses: 0 };

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
  rangeStats.analyses++;
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

const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);

/**
 * A 64-bit content hash of the inputs (two independent 32-bit hashes over each value's type and
 * content: numbers by their bits, text by its characters), so equal ranges share one analysis and
 * a collision is vanishingly unlikely. No allocation per cell: 100,000 formulas hash their ranges
 * 100,000 times.
 */
function fingerprint(...parts: unknown[][]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  let n = 0;
  const mix = (c: number) => {
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  };
  for (const part of parts) {
    for (const v of part) {
      if (typeof v === "number") {
        bits[0] = v;
        mix(1);
        mix(words[0]);
        mix(words[1]);
      } else if (typeof v === "string") {
        mix(2);
        for (let i = 0; i < v.length; i++) mix(v.charCodeAt(i));
      } else if (typeof v === "boolean") mix(v ? 3 : 4);
      else {
        const s = String(v);
        mix(5);
        for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
      }
      mix(0x1f);
      n++;
    }
  }
  return `${n}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}
