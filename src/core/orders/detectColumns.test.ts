import { describe, expect, it } from "vitest";
import { RfmInputError } from "../errors";
import { columnIndexFromLetters, columnLetters, detectColumns } from "./detectColumns";
import { normalizeHeader } from "./normalizeHeader";

const roles = (header: unknown[], rows: unknown[][] = [], opts = {}) =>
  Object.fromEntries(detectColumns([header, ...rows], opts).mapping.map((m) => [m.role, m.index]));

describe("normalizeHeader", () => {
  it.each([
    ["CustomerID", "customerid"],
    ["customer id", "customerid"],
    ["customer_id", "customerid"],
    ["Customer-ID", "customerid"],
    ["Cust.ID", "custid"],
    ["  客户 编号 ", "客户编号"],
    ["ＯｒｄｅｒＤａｔｅ", "orderdate"],
  ])("%j → %j", (text, normal) => expect(normalizeHeader(text)).toBe(normal));
});

describe("detectColumns from headers", () => {
  it.each<[string, unknown[], Record<string, number>]>([
    ["English", ["CustomerID", "InvoiceDate", "Amount"], { customer: 0, date: 1, amount: 2 }],
    ["snake case", ["customer_id", "order_date", "revenue", "first_name", "email"], { customer: 0, date: 1, amount: 2 }],
    ["Chinese export", ["订单编号", "客户编号", "下单时间", "实付金额"], { orderId: 0, customer: 1, date: 2, amount: 3 }],
    ["Chinese alt", ["会员号", "支付时间", "支付金额"], { customer: 0, date: 1, amount: 2 }],
    ["member and sales", ["Member", "Purchase Date", "Sales"], { customer: 0, date: 1, amount: 2 }],
    [
      "quantity × price",
      ["InvoiceNo", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID"],
      { orderId: 0, quantity: 1, date: 2, unitPrice: 3, customer: 4 },
    ],
    ["date with a suffix", ["客户ID", "下单时间(UTC)", "金额"], { customer: 0, date: 1, amount: 2 }],
    ["id beats email", ["email", "user id", "date", "total"], { customer: 1, date: 2, amount: 3 }],
  ])("%s", (_name, header, expected) => {
    expect(roles(header, [["x", "2024-01-01", 1, 1, 1]])).toEqual(expected);
  });

  it("marks the source of each mapping", () => {
    const d = detectColumns([["客户", "日期", "金额"]], {});
    expect(d.hasHeader).toBe(true);
    expect(d.mapping.every((m) => m.source === "header")).toBe(true);
  });
});

describe("detectColumns overrides and inference", () => {
  it("lets the user override any role by header, letter or index", () => {
    const header = ["Buyer", "Seller", "Date", "Net", "Gross"];
    expect(roles(header, [], { columns: { customer: "Seller", amount: "E" } })).toMatchObject({ customer: 1, date: 2, amount: 4 });
    expect(roles(header, [], { columns: { amount: 3 } })).toMatchObject({ amount: 3 });
  });

  it("infers roles from contents when there is no header", () => {
    const rows = [
      ["C001", 45300, 12.5],
      ["C002", 45301, 99.99],
      ["C001", 45310, 5.25],
      ["C003", 45311, 8],
    ];
    const d = detectColumns(rows, {});
    expect(d.hasHeader).toBe(false);
    expect(Object.fromEntries(d.mapping.map((m) => [m.role, [m.index, m.source]]))).toEqual({
      customer: [0, "content"],
      date: [1, "content"],
      amount: [2, "content"],
    });
  });

  it("infers text dates and amounts in any column order", () => {
    const rows = [
      ["¥12.50", "2024-03-05", "张三"],
      ["¥8.00", "2024-03-06", "李四"],
      ["¥30.10", "2024-03-09", "张三"],
    ];
    expect(Object.fromEntries(detectColumns(rows, {}).mapping.map((m) => [m.role, m.index]))).toEqual({ amount: 0, date: 1, customer: 2 });
  });

  it("names the missing role and lists the headers it saw", () => {
    expect(() =>
      detectColumns(
        [
          ["Name", "Colour"],
          ["a", "red"],
        ],
        {},
      ),
    ).toThrow(RfmInputError);
    expect(() =>
      detectColumns(
        [
          ["Name", "Colour"],
          ["a", "red"],
        ],
        {},
      ),
    ).toThrow(/No (customer|order date|amount) column found\. Headers seen: "Name", "Colour"/);
    expect(() =>
      detectColumns(
        [
          ["客户", "颜色"],
          ["a", "red"],
        ],
        { lang: "zh-CN" },
      ),
    ).toThrow(/未找到.*列。读到的表头/);
  });

  it("rejects an override naming a column that does not exist", () => {
    expect(() => detectColumns([["customer", "date", "amount"]], { columns: { amount: "Price" } })).toThrow(
      /Column "Price" for amount not found/,
    );
  });

  it("converts column letters both ways", () => {
    for (const [i, s] of [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ] as const) {
      expect(columnLetters(i)).toBe(s);
      expect(columnIndexFromLetters(s)).toBe(i);
    }
  });
});

describe("detectColumns keeps short words exact", () => {
  it.each<[unknown[], Record<string, number>]>([
    [["Order", "Customer", "Date", "Amount"], { orderId: 0, customer: 1, date: 2, amount: 3 }],
    [["Order Status", "Customer", "Date", "Amount"], { customer: 1, date: 2, amount: 3 }],
    [["订单状态", "客户", "日期", "金额"], { customer: 1, date: 2, amount: 3 }],
    [["username", "date", "amount", "user"], { customer: 3, date: 1, amount: 2 }],
  ])("%j", (header, expected) => {
    expect(Object.fromEntries(detectColumns([header], {}).mapping.map((m) => [m.role, m.index]))).toEqual(expected);
  });
});
