import { translate } from "../i18n/translate";
import type { ColumnMapping, Issue, IssueCode, Lang, Role, Warning } from "../types";
import { cellFailure, isEmptyCell, isExcelError } from "./cellFailure";
import { columnLetters } from "./detectColumns";
import { detectDateOrder } from "./detectDateOrder";
import { parseAmount } from "./parseAmount";
import { isSpaceCode, parseCustomerId, plainNumberText } from "./parseCustomerId";
import { AMBIGUOUS_DATE, parseDate, type DateOrder } from "./parseDate";
import { MAX_EXCEL_SERIAL } from "../dates/excelSerial";

/**
 * Valid order lines in columnar form: one entry per usable row, in input order. Typed arrays keep
 * a million rows at a few bytes each instead of a million objects.
 */
export interface OrderRows {
  length: number;
  /** Index into `customerIds`. */
  customer: Int32Array;
  /** Serial day. */
  day: Int32Array;
  amount: Float64Array;
  /** Index into the order-id table, or -1 when the row has no order id. */
  order: Int32Array | null;
  /** Index of the row in the input block (0-based, header included). */
  rowIndex: Int32Array;
  customerIds: string[];
  orderCount: number;
  blank: number;
  rejected: number;
  issues: Issue[];
  dateOrder: DateOrder | null;
  warnings: Warning[];
}

export interface ReadOptions {
  lang: Lang;
  firstRowNumber: number;
  firstColumnIndex: number;
  dateOrder?: DateOrder;
}

/** Builds located issues: sheet row, cell address, raw value, reason in the user's language. */
export class IssueFactory {
  constructor(
    private readonly mapping: ColumnMapping[],
    private readonly options: ReadOptions,
  ) {}

  make(
    rowIndex: number,
    role: Role,
    raw: unknown,
    code: IssueCode,
    kind: Issue["kind"],
    params: Record<string, string | number> = {},
  ): Issue {
    const col = this.mapping.find((m) => m.role === role)?.index ?? 0;
    const row = this.options.firstRowNumber + rowIndex;
    const value = rawText(raw);
    return {
      row,
      column: role,
      cell: `${columnLetters(this.options.firstColumnIndex + col)}${row}`,
      value,
      code,
      kind,
      message: translate(this.options.lang, code, { value, column: translate(this.options.lang, `role_${role}`), ...params }),
    };
  }
}

/**
 * Parses every data row of the block into `OrderRows`. A row is *blank* (every mapped cell empty),
 * *rejected* (a required cell is missing or unreadable: one issue per bad cell) or valid; valid
 * rows are later used or excluded by date. Never throws on cell contents.
 * @example readOrderRows([["id","date","amount"],["C1",45356,10]], 1, mapping, opts).length // 1
 */
export function readOrderRows(
  cells: readonly (readonly unknown[])[],
  dataStart: number,
  mapping: ColumnMapping[],
  options: ReadOptions,
): OrderRows {
  const col = (role: Role) => mapping.find((m) => m.role === role)?.index ?? -1;
  const ci = col("customer");
  const di = col("date");
  const ai = col("amount");
  const oi = col("orderId");
  const qi = ai < 0 ? col("quantity") : -1;
  const pi = ai < 0 ? col("unitPrice") : -1;
  const mapped = mapping.map((m) => m.index);
  const issues = new IssueFactory(mapping, options);

  const evidence = options.dateOrder ? null : detectDateOrder(cells, di, dataStart);
  const order: DateOrder = options.dateOrder ?? evidence?.order ?? "mdy";

  const capacity = Math.max(0, cells.length - dataStart);
  const customer = new Int32Array(capacity);
  const day = new Int32Array(capacity);
  const amount = new Float64Array(capacity);
  const orderIdx = oi >= 0 ? new Int32Array(capacity) : null;
  const rowIndex = new Int32Array(capacity);
  const ids = new Map<string, number>();
  const customerIds: string[] = [];
  const orderIds = new Map<string, number>();
  const out: Issue[] = [];
  let n = 0;
  let blank = 0;
  let rejected = 0;
  let dateFailuresAmbiguous = 0;

  for (let i = dataStart; i < cells.length; i++) {
    const row = cells[i];
    if (!row) {
      blank++;
      continue;
    }
    const rawCustomer = row[ci];
    const rawDate = row[di];
    // Fast path for what Excel hands over: text ids, serial dates, numeric amounts.
    // Text longer than the missing markers, not starting with "#" and with no space at either end
    // is already a valid id.
    let id: string | null =
      typeof rawCustomer === "string" &&
      rawCustomer.length > 4 &&
      rawCustomer.charCodeAt(0) !== 35 &&
      !isSpaceCode(rawCustomer.charCodeAt(0)) &&
      !isSpaceCode(rawCustomer.charCodeAt(rawCustomer.length - 1))
        ? rawCustomer
        : parseCustomerId(rawCustomer);
    let d = typeof rawDate === "number" && rawDate >= 1 && rawDate < MAX_EXCEL_SERIAL + 1 ? Math.floor(rawDate) : parseDate(rawDate, order);
    let a: number;
    if (ai >= 0) {
      const rawAmount = row[ai];
      a = typeof rawAmount === "number" && rawAmount - rawAmount === 0 ? rawAmount : parseAmount(rawAmount);
    } else {
      a = parseAmount(row[qi]) * parseAmount(row[pi]);
    }
    let orderKey = -1;
    let badOrder = false;
    if (orderIdx) {
      const rawOrder = row[oi];
      if (!isEmptyCell(rawOrder)) {
        if (isExcelError(rawOrder)) badOrder = true;
        else {
          const key = typeof rawOrder === "number" ? plainNumberText(rawOrder) : String(rawOrder).trim();
          let k = orderIds.get(key);
          if (k === undefined) {
            k = orderIds.size;
            orderIds.set(key, k);
          }
          orderKey = k;
        }
      }
    }
    if (id !== null && d === d && a === a && !badOrder) {
      let c = ids.get(id);
      if (c === undefined) {
        c = customerIds.length;
        ids.set(id, c);
        customerIds.push(id);
      }
      customer[n] = c;
      day[n] = d;
      amount[n] = a;
      if (orderIdx) orderIdx[n] = orderKey;
      rowIndex[n] = i;
      n++;
      continue;
    }
    // Slow path: classify the failure and say exactly what is wrong with which cell.
    if (mapped.every((j) => isEmptyCell(row[j]))) {
      blank++;
      continue;
    }
    rejected++;
    if (id === null) out.push(cellIssue(issues, i, "customer", rawCustomer, "customer"));
    if (d !== d) {
      const ambiguous = typeof rawDate === "string" && AMBIGUOUS_DATE.test(rawDate.trim());
      if (ambiguous) dateFailuresAmbiguous++;
      const detail = ambiguous ? translate(options.lang, "detail_order", { order: translate(options.lang, `order_${order}`) }) : "";
      out.push(cellIssue(issues, i, "date", rawDate, "date", { detail }));
    }
    if (a !== a) {
      if (ai >= 0) out.push(cellIssue(issues, i, "amount", row[ai], "amount"));
      else {
        if (Number.isNaN(parseAmount(row[qi]))) out.push(cellIssue(issues, i, "quantity", row[qi], "quantity"));
        if (Number.isNaN(parseAmount(row[pi]))) out.push(cellIssue(issues, i, "unitPrice", row[pi], "price"));
      }
    }
    if (badOrder) out.push(issues.make(i, "orderId", row[oi], "excel_error", "rejected"));
    id = null;
    d = Number.NaN;
  }

  const warnings: Warning[] = [];
  if (evidence && evidence.ambiguousRows > 0)
    warnings.push(dateOrderWarning(evidence, order, dateFailuresAmbiguous, cells, di, dataStart, options.lang));
  return {
    length: n,
    customer,
    day,
    amount,
    order: orderIdx,
    rowIndex,
    customerIds,
    orderCount: orderIds.size,
    blank,
    rejected,
    issues: out,
    dateOrder: evidence && evidence.ambiguousRows > 0 ? order : (options.dateOrder ?? null),
    warnings,
  };
}

type Prefix = "customer" | "date" | "amount" | "quantity" | "price";

function cellIssue(
  issues: IssueFactory,
  rowIndex: number,
  role: Role,
  raw: unknown,
  prefix: Prefix,
  params: Record<string, string | number> = {},
): Issue {
  const failure = cellFailure(raw);
  const code: IssueCode =
    failure === "error"
      ? "excel_error"
      : failure === "empty" || failure === "missing"
        ? (`${prefix}_missing` as IssueCode)
        : (`${prefix}_invalid` as IssueCode);
  return issues.make(rowIndex, role, raw, code, "rejected", params);
}

function dateOrderWarning(
  evidence: ReturnType<typeof detectDateOrder>,
  order: DateOrder,
  failures: number,
  cells: readonly (readonly unknown[])[],
  di: number,
  dataStart: number,
  lang: Lang,
): Warning {
  const column = translate(lang, "role_date");
  const orderText = translate(lang, `order_${order}`);
  if (evidence.dayFirstProofs > 0 && evidence.monthFirstProofs > 0) {
    return {
      code: "date_order_conflict",
      message: translate(lang, "warn_date_order_conflict", { column, order: orderText, other: failures }),
    };
  }
  const proofs = order === "dmy" ? evidence.dayFirstProofs : evidence.monthFirstProofs;
  if (proofs > 0)
    return { code: "date_order_detected", message: translate(lang, "warn_date_order_detected", { column, order: orderText, proofs }) };
  let example = "";
  for (let i = dataStart; i < cells.length && example === ""; i++) {
    const v = cells[i]?.[di];
    if (typeof v === "string" && AMBIGUOUS_DATE.test(v.trim())) example = v.trim();
  }
  return { code: "date_order_default", message: translate(lang, "warn_date_order_default", { example }) };
}

function rawText(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "number") return plainNumberText(raw);
  return String(raw);
}
