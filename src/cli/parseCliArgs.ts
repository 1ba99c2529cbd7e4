import { parseArgs } from "node:util";
import type { AnalyzeOptions, Lang, Role } from "../core/types";

/** A command line that does not make sense; exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface CliArgs {
  file: string;
  sheet?: string;
  json: boolean;
  /** Earlier as-of date for a segment migration to the as-of date. */
  compare?: string;
  options: AnalyzeOptions;
}

export const USAGE = `Usage: npm run --silent rfm -- FILE [options]
  FILE                     .csv (UTF-8, UTF-8 BOM, GB18030; comma, semicolon or tab) or .xlsx
  --sheet NAME             worksheet of an .xlsx (default: the first)
  --as-of YYYY-MM-DD       the day we stand on (default: latest order date + 1 day)
  --window-days N          only the last N days before the as-of date count
  --scoring METHOD         quantile (default) | fixed | rfm-r | ntile
  --bins N                 scores per metric, 2–9 (default 5)
  --breaks-r a,b,..        fixed scoring: bins−1 ascending breaks (days)
  --breaks-f a,b,..        fixed scoring: breaks for frequency
  --breaks-m a,b,..        fixed scoring: breaks for monetary value
  --scheme NAME            standard (default) | cn8 | rfm-r
  --cn8-split mean|median  how cn8 splits high and low (default mean)
  --monetary sum|average   net sum (default) or average per order
  --merge-same-day         count purchase days rather than purchase rows
  --customer NAME  --date NAME  --amount NAME  --order-id NAME  --quantity NAME  --unit-price NAME
                           column overrides (header text, or a column letter)
  --date-order mdy|dmy     how to read 3/5/2024 (default: decided from the data)
  --lang en|zh-CN          language of names, advice and messages (default en)
  --clv [--period day|week|month] [--horizon N]   customer-value models
  --cohorts                cohort table: month of first purchase × months since
  --lifecycle N,A,S        lifecycle stages: new ≤ N days since the first purchase, then active ≤ A,
                           sleeping ≤ S days since the last one, lost beyond (default 30,90,180)
  --compare YYYY-MM-DD     segment migration from this date to the as-of date
  --json                   one JSON document on stdout
  -h, --help               this text`;

const COLUMN_FLAGS: Record<string, Role> = {
  customer: "customer",
  date: "date",
  amount: "amount",
  "order-id": "orderId",
  quantity: "quantity",
  "unit-price": "unitPrice",
};

/**
 * The command line's arguments as `analyzeOrders` options. Throws `UsageError` on anything it
 * cannot read; value checks (bins range, break counts) are left to the core, which names them.
 * @example parseCliArgs(["orders.csv", "--bins", "4", "--json"]).options.bins // 4
 */
export function parseCliArgs(argv: string[]): CliArgs | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: "boolean", short: "h" },
        sheet: { type: "string" },
        "as-of": { type: "string" },
        "window-days": { type: "string" },
        scoring: { type: "string" },
        bins: { type: "string" },
        "breaks-r": { type: "string" },
        "breaks-f": { type: "string" },
        "breaks-m": { type: "string" },
        scheme: { type: "string" },
        "cn8-split": { type: "string" },
        monetary: { type: "string" },
        "merge-same-day": { type: "boolean" },
        customer: { type: "string" },
        date: { type: "string" },
        amount: { type: "string" },
        "order-id": { type: "string" },
        quantity: { type: "string" },
        "unit-price": { type: "string" },
        "date-order": { type: "string" },
        lang: { type: "string" },
        clv: { type: "boolean" },
        period: { type: "string" },
        horizon: { type: "string" },
        json: { type: "boolean" },
        cohorts: { type: "boolean" },
        lifecycle: { type: "string" },
        compare: { type: "string" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  if (v.help) return "help";
  if (parsed.positionals.length !== 1) {
    throw new UsageError(parsed.positionals.length === 0 ? "no input FILE given" : `one FILE expected, got ${parsed.positionals.length}`);
  }
  const options: AnalyzeOptions = {};
  if (v["as-of"] !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v["as-of"])) throw new UsageError(`--as-of ${v["as-of"]}: expected YYYY-MM-DD`);
    options.asOf = v["as-of"];
  }
  if (v["window-days"] !== undefined) options.windowDays = integer("--window-days", v["window-days"]);
  if (v.scoring !== undefined) options.scoring = v.scoring as AnalyzeOptions["scoring"];
  if (v.bins !== undefined) options.bins = integer("--bins", v.bins);
  if (v["breaks-r"] !== undefined) options.breaksR = numbers("--breaks-r", v["breaks-r"]);
  if (v["breaks-f"] !== undefined) options.breaksF = numbers("--breaks-f", v["breaks-f"]);
  if (v["breaks-m"] !== undefined) options.breaksM = numbers("--breaks-m", v["breaks-m"]);
  if (v.scheme !== undefined) options.scheme = v.scheme as AnalyzeOptions["scheme"];
  if (v["cn8-split"] !== undefined) options.cn8Split = v["cn8-split"] as AnalyzeOptions["cn8Split"];
  if (v.monetary !== undefined) options.monetary = v.monetary as AnalyzeOptions["monetary"];
  if (v["merge-same-day"]) options.mergeSameDay = true;
  if (v["date-order"] !== undefined) options.dateOrder = v["date-order"] as AnalyzeOptions["dateOrder"];
  if (v.lang !== undefined) options.lang = v.lang as Lang;
  for (const [flag, role] of Object.entries(COLUMN_FLAGS)) {
    const name = v[flag as keyof typeof v];
    if (typeof name === "string") (options.columns ??= {})[role] = name;
  }
  if (v.clv) {
    const period = v.period ?? "week";
    if (!["day", "week", "month"].includes(period)) throw new UsageError(`--period ${period}: expected day, week or month`);
    const clv: { period: "day" | "week" | "month"; horizon?: number } = { period: period as "day" | "week" | "month" };
    if (v.horizon !== undefined) {
      const horizon = Number(v.horizon);
      if (!(Number.isFinite(horizon) && horizon > 0)) throw new UsageError(`--horizon ${v.horizon}: expected a number of periods > 0`);
      clv.horizon = horizon;
    }
    options.clv = clv;
  } else if (v.period !== undefined || v.horizon !== undefined) {
    throw new UsageError("--period and --horizon go with --clv");
  }
  if (v.cohorts) options.cohorts = true;
  if (v.lifecycle !== undefined) {
    const [newDays, activeDays, sleepingDays] = numbers("--lifecycle", v.lifecycle);
    if (sleepingDays === undefined) throw new UsageError(`--lifecycle ${v.lifecycle}: expected new,active,sleeping days, e.g. 30,90,180`);
    options.lifecycle = { newDays, activeDays, sleepingDays };
  }
  if (v.compare !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v.compare))
    throw new UsageError(`--compare ${v.compare}: expected YYYY-MM-DD`);
  return { file: parsed.positionals[0], sheet: v.sheet, json: v.json ?? false, compare: v.compare, options };
}

function integer(flag: string, text: string): number {
  if (!/^-?\d+$/.test(text.trim())) throw new UsageError(`${flag} ${text}: expected a whole number`);
  return Number(text);
}

function numbers(flag: string, text: string): number[] {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.some((p) => p === "" || !Number.isFinite(Number(p))))
    throw new UsageError(`${flag} ${text}: expected numbers separated by commas`);
  return parts.map(Number);
}
