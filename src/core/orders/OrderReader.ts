import { MAX_EXCEL_SERIAL } from "../dates/excelSerial";
import { translate } from "../i18n/translate";
import type { ColumnMapping, Issue, IssueCode, Lang, Role, Warning } from "../types";
import { cellFailure, isEmptyCell, isExcelError } from "./cellFailure";
import { columnLetters } from "./detectColumns";
import { parseAmount } from "./parseAmount";
import { isSpaceCode, parseCustomerId, plainNumberText } from "./parseCustomerId";
import { ambiguousDateParts, parseDate, serialFromAmbiguous, type DateOrder } from "./parseDate";

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
  /** The order used for `a/b/yyyy` dates, or `null` when the column had none. */
  dateOrder: DateOrder | null;
  warnings: Warning[];
}

export interface ReadOptions {
  lang: Lang;
  firstRowNumber: number;
  firstColumnIndex: number;
  /** Forces the order of `a/b/yyyy` dates; by default it is decided from the whole column. */
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
    const column = translate(this.options.lang, `role_${role}`);
    return {
      row,
      column: role,
      cell: `${columnLetters(this.options.firstColumnIndex + col)}${row}`,
      value,
      code,
      kind,
      message: translate(this.options.lang, code, { value, column, ...params }),
    };
  }
}

/**
 * Reads order lines block by block — a whole sheet, or row blocks as they arrive from Excel — into
 * `OrderRows`. Each data row is *blank* (every mapped cell empty), *rejected* (a required cell
 * missing or unreadable: one issue per bad cell) or valid; valid rows are later used or excluded by
 * date. Dates like `3/5/2024` wait until `finish()`, when the whole column has shown whether it is
 * day-first or month-first. Never throws on cell contents.
 * @example
 * const reader = new OrderReader(mapping, { lang: "en", firstRowNumber: 1, firstColumnIndex: 0 });
 * reader.addRows(cells, 1, cells.length);
 * reader.finish().length // number of valid rows
 */
export class OrderReader {
  private readonly ci: number;
  private readonly di: number;
  private readonly ai: number;
  private readonly oi: number;
  private readonly qi: number;
  private readonly pi: number;
  private readonly mapped: number[];
  private readonly issueFactory: IssueFactory;
  private n = 0;
  private customer: Int32Array;
  private day: Int32Array;
  private amount: Float64Array;
  private order: Int32Array | null;
  private rowIndex: Int32Array;
  private readonly ids = new Map<string, number>();
  private readonly customerIds: string[] = [];
  private readonly orderIds = new Map<string, number>();
  private readonly issues: Issue[] = [];
  private blank = 0;
  private rejected = 0;
  // Ambiguous a/b/yyyy dates: stored position, the two fields, the year and the raw text.
  private readonly pending: { at: number; a: number; b: number; year: number; raw: string }[] = [];
  private dayFirstProofs = 0;
  private monthFirstProofs = 0;

  constructor(
    mapping: ColumnMapping[],
    private readonly options: ReadOptions,
    capacity = 1024,
  ) {
    const col = (role: Role) => mapping.find((m) => m.role === role)?.index ?? -1;
    this.ci = col("customer");
    this.di = col("date");
    this.ai = col("amount");
    this.oi = col("orderId");
    this.qi = this.ai < 0 ? col("quantity") : -1;
    this.pi = this.ai < 0 ? col("unitPrice") : -1;
    this.mapped = mapping.map((m) => m.index);
    this.issueFactory = new IssueFactory(mapping, options);
    const size = Math.max(16, capacity);
    this.customer = new Int32Array(size);
    this.day = new Int32Array(size);
    this.amount = new Float64Array(size);
    this.order = this.oi >= 0 ? new Int32Array(size) : null;
    this.rowIndex = new Int32Array(size);
  }

  /**
   * Reads rows `from` … `to − 1` of `block`; `rowOffset` + the row's position in `block` is its row
   * index in the whole input (0-based, header included), which issues turn into sheet rows.
   */
  addRows(block: readonly (readonly unknown[])[], from: number, to: number, rowOffset = 0): void {
    this.reserve(to - from);
    const { ci, di, ai } = this;
    const fixedOrder = this.options.dateOrder;
    for (let i = from; i < to; i++) {
      const row = block[i];
      if (!row) {
        this.blank++;
        continue;
      }
      const rawCustomer = row[ci];
      // Text longer than the missing markers, not starting with "#" and with no space at either
      // end is already a valid id: the common case needs no parsing.
      const id =
        typeof rawCustomer === "string" &&
        rawCustomer.length > 4 &&
        rawCustomer.charCodeAt(0) !== 35 &&
        !isSpaceCode(rawCustomer.charCodeAt(0)) &&
        !isSpaceCode(rawCustomer.charCodeAt(rawCustomer.length - 1))
          ? rawCustomer
          : parseCustomerId(rawCustomer);
      const rawDate = row[di];
      let d: number;
      let parts: [number, number, number] | null = null;
      if (typeof rawDate === "number" && rawDate >= 1 && rawDate < MAX_EXCEL_SERIAL + 1) d = Math.floor(rawDate);
      else if (typeof rawDate === "string" && fixedOrder === undefined && (parts = ambiguousDateParts(rawDate)) !== null) d = 0;
      else d = parseDate(rawDate, fixedOrder ?? "mdy");
      const rawAmount = ai >= 0 ? row[ai] : undefined;
      const a =
        typeof rawAmount === "number" && rawAmount - rawAmount === 0
          ? rawAmount
          : ai >= 0
            ? parseAmount(rawAmount)
            : parseAmount(row[this.qi]) * parseAmount(row[this.pi]);
      const orderKey = this.order ? this.orderKey(row[this.oi]) : -1;
      if (id === null || d !== d || a !== a || orderKey === -2) {
        this.badRow(row, rowOffset + i, id === null, d !== d, a !== a, orderKey === -2);
        continue;
      }
      let c = this.ids.get(id);
      if (c === undefined) {
        c = this.customerIds.length;
        this.ids.set(id, c);
        this.customerIds.push(id);
      }
      const at = this.n++;
      this.customer[at] = c;
      this.day[at] = d;
      this.amount[at] = a;
      if (this.order) this.order[at] = orderKey;
      this.rowIndex[at] = rowOffset + i;
      if (parts) {
        this.pending.push({ at, a: parts[0], b: parts[1], year: parts[2], raw: rawDate as string });
        if (parts[0] > 12) this.dayFirstProofs++;
        else if (parts[1] > 12) this.monthFirstProofs++;
      }
    }
  }

  /** Decides the order of ambiguous dates, resolves them, and returns the rows. */
  finish(): OrderRows {
    const warnings: Warning[] = [];
    let dateOrder: DateOrder | null = this.options.dateOrder ?? null;
    if (this.pending.length > 0) {
      const order: DateOrder = this.dayFirstProofs > this.monthFirstProofs ? "dmy" : "mdy";
      dateOrder = order;
      const invalid = new Set<number>();
      const detail = translate(this.options.lang, "detail_order", { order: translate(this.options.lang, `order_${order}`) });
      for (const p of this.pending) {
        const serial = serialFromAmbiguous(p.a, p.b, p.year, order);
        if (serial === serial) this.day[p.at] = serial;
        else {
          invalid.add(p.at);
          this.rejected++;
          this.issues.push(this.issueFactory.make(this.rowIndex[p.at], "date", p.raw, "date_invalid", "rejected", { detail }));
        }
      }
      if (invalid.size > 0) this.compact(invalid);
      warnings.push(this.dateOrderWarning(order, invalid.size));
    }
    return {
      length: this.n,
      customer: this.customer.subarray(0, this.n),
      day: this.day.subarray(0, this.n),
      amount: this.amount.subarray(0, this.n),
      order: this.order ? this.order.subarray(0, this.n) : null,
      rowIndex: this.rowIndex.subarray(0, this.n),
      customerIds: this.customerIds,
      orderCount: this.orderIds.size,
      blank: this.blank,
      rejected: this.rejected,
      issues: this.issues,
      dateOrder,
      warnings,
    };
  }

  /** Order-id index of a cell: -1 for none (the line is an order of its own), -2 for an error value. */
  private orderKey(raw: unknown): number {
    if (isEmptyCell(raw)) return -1;
    if (isExcelError(raw)) return -2;
    const key = typeof raw === "number" ? plainNumberText(raw) : String(raw).trim();
    let k = this.orderIds.get(key);
    if (k === undefined) {
      k = this.orderIds.size;
      this.orderIds.set(key, k);
    }
    return k;
  }

  /** A row that cannot be used: blank, or rejected with an issue for each bad cell. */
  private badRow(
    row: readonly unknown[],
    rowIndex: number,
    badCustomer: boolean,
    badDate: boolean,
    badAmount: boolean,
    badOrder: boolean,
  ): void {
    if (this.mapped.every((j) => isEmptyCell(row[j]))) {
      this.blank++;
      return;
    }
    this.rejected++;
    if (badCustomer) this.cellIssue(rowIndex, "customer", row[this.ci], "customer");
    if (badDate) this.cellIssue(rowIndex, "date", row[this.di], "date", { detail: "" });
    if (badAmount) {
      if (this.ai >= 0) this.cellIssue(rowIndex, "amount", row[this.ai], "amount");
      else {
        if (Number.isNaN(parseAmount(row[this.qi]))) this.cellIssue(rowIndex, "quantity", row[this.qi], "quantity");
        if (Number.isNaN(parseAmount(row[this.pi]))) this.cellIssue(rowIndex, "unitPrice", row[this.pi], "price");
      }
    }
    if (badOrder) this.issues.push(this.issueFactory.make(rowIndex, "orderId", row[this.oi], "excel_error", "rejected"));
  }

  private cellIssue(
    rowIndex: number,
    role: Role,
    raw: unknown,
    prefix: "customer" | "date" | "amount" | "quantity" | "price",
    params = {},
  ): void {
    const failure = cellFailure(raw);
    const code: IssueCode =
      failure === "error" ? "excel_error" : failure === "empty" || failure === "missing" ? `${prefix}_missing` : `${prefix}_invalid`;
    this.issues.push(this.issueFactory.make(rowIndex, role, raw, code, "rejected", params));
  }

  private reserve(more: number): void {
    const need = this.n + more;
    if (need <= this.customer.length) return;
    const size = Math.max(need, this.customer.length * 2);
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a.subarray(0, this.n));
      return b;
    };
    this.customer = grow(this.customer, (s) => new Int32Array(s));
    this.day = grow(this.day, (s) => new Int32Array(s));
    this.amount = grow(this.amount, (s) => new Float64Array(s));
    if (this.order) this.order = grow(this.order, (s) => new Int32Array(s));
    this.rowIndex = grow(this.rowIndex, (s) => new Int32Array(s));
  }

  /** Drops the stored rows whose ambiguous date turned out invalid. */
  private compact(invalid: Set<number>): void {
    let w = 0;
    for (let r = 0; r < this.n; r++) {
      if (invalid.has(r)) continue;
      this.customer[w] = this.customer[r];
      this.day[w] = this.day[r];
      this.amount[w] = this.amount[r];
      if (this.order) this.order[w] = this.order[r];
      this.rowIndex[w] = this.rowIndex[r];
      w++;
    }
    this.n = w;
  }

  private dateOrderWarning(order: DateOrder, failures: number): Warning {
    const lang = this.options.lang;
    const column = translate(lang, "role_date");
    const orderText = translate(lang, `order_${order}`);
    if (this.dayFirstProofs > 0 && this.monthFirstProofs > 0) {
      return {
        code: "date_order_conflict",
        message: translate(lang, "warn_date_order_conflict", { column, order: orderText, other: failures }),
      };
    }
    const proofs = order === "dmy" ? this.dayFirstProofs : this.monthFirstProofs;
    if (proofs > 0)
      return { code: "date_order_detected", message: translate(lang, "warn_date_order_detected", { column, order: orderText, proofs }) };
    return { code: "date_order_default", message: translate(lang, "warn_date_order_default", { example: this.pending[0].raw.trim() }) };
  }
}

/**
 * Reads a whole block of cells (header excluded by `dataStart`) with an `OrderReader`, a few
 * thousand rows at a time so the reading loop is optimised like any hot function.
 */
export function readOrderRows(
  cells: readonly (readonly unknown[])[],
  dataStart: number,
  mapping: ColumnMapping[],
  options: ReadOptions,
): OrderRows {
  const reader = new OrderReader(mapping, options, cells.length - dataStart);
  const STEP = 8192;
  for (let from = dataStart; from < cells.length; from += STEP) reader.addRows(cells, from, Math.min(cells.length, from + STEP));
  return reader.finish();
}

function rawText(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "number") return plainNumberText(raw);
  return String(raw);
}
