import { describe, expect, it } from "vitest";
import { analyzeOrders } from "./analyzeOrders";
import { RfmOptionError } from "./errors";

const H = ["Customer", "Date", "Amount"];
const byId = (res: ReturnType<typeof analyzeOrders>) => Object.fromEntries(res.customers.map((c) => [c.customerId, c]));

describe("analyzeOrders: metrics", () => {
  const cells = [H, ["A", "2024-03-01", 100], ["A", "2024-03-04", 50], ["B", "2024-02-01", 20], ["A", "2024-03-04", -30]];

  it("computes recency, frequency and net monetary value; returns lower monetary and are never orders", () => {
    const res = analyzeOrders(cells);
    expect(res.asOf).toBe("2024-03-05"); // latest valid row + 1 day
    expect(byId(res).A).toMatchObject({
      recencyDays: 1,
      frequency: 2,
      monetary: 120,
      firstPurchase: "2024-03-01",
      lastPurchase: "2024-03-04",
    });
    expect(byId(res).B).toMatchObject({ recencyDays: 33, frequency: 1, monetary: 20 });
  });

  it("takes an explicit as-of date and leaves out later rows, each listed", () => {
    const res = analyzeOrders(cells, { asOf: "2024-03-02" });
    expect(byId(res).A).toMatchObject({ recencyDays: 1, frequency: 1, monetary: 100 });
    expect(res.counts).toMatchObject({ rows: 4, used: 2, excluded: 2, balanced: true });
    expect(res.issues.filter((i) => i.code === "after_as_of").map((i) => i.row)).toEqual([3, 5]);
    expect(res.issues[0].message).toBe("Dated 2024-03-04, after the as-of date 2024-03-02: left out");
  });

  it("accepts the as-of date as an Excel serial", () => {
    expect(analyzeOrders(cells, { asOf: 45353 }).asOf).toBe("2024-03-02");
  });

  it("counts only the window's last N days", () => {
    const res = analyzeOrders(cells, { asOf: "2024-03-05", windowDays: 10 });
    expect(res.windowStart).toBe("2024-02-24");
    expect(byId(res).B).toBeUndefined();
    expect(res.issues.find((i) => i.code === "before_window")).toMatchObject({ row: 4, cell: "B4", kind: "excluded" });
  });

  it("averages monetary value per order on request", () => {
    expect(byId(analyzeOrders(cells, { monetary: "average" })).A.monetary).toBe(60);
  });

  it("merges same-day purchases into one order on request", () => {
    const same = [H, ["A", "2024-03-01 09:00", 10], ["A", "2024-03-01 18:00", 10], ["A", "2024-03-02", 10]];
    expect(byId(analyzeOrders(same)).A.frequency).toBe(3);
    expect(byId(analyzeOrders(same, { mergeSameDay: true })).A.frequency).toBe(2);
  });

  it("groups order lines by order id; frequency counts orders with a positive net amount", () => {
    const lines = [
      ["Order", "Customer", "Date", "Amount"],
      ["O1", "A", "2024-03-01", 30],
      ["O1", "A", "2024-03-01", 20],
      ["O2", "A", "2024-03-03", 10],
      ["C3", "A", "2024-03-04", -10], // a cancellation invoice
      ["O4", "B", "2024-03-02", 0],
      ["O5", "B", "2024-03-02", 5],
    ];
    const res = analyzeOrders(lines);
    expect(byId(res).A).toMatchObject({ frequency: 2, monetary: 50, lastPurchase: "2024-03-03" });
    expect(byId(res).B).toMatchObject({ frequency: 1, monetary: 5 });
    expect(res.kpis.orders).toBe(3);
  });

  it("computes amount as quantity × unit price when those are mapped", () => {
    const res = analyzeOrders([
      ["CustomerID", "InvoiceDate", "Quantity", "UnitPrice"],
      [17850, "12/1/2010 8:26", 6, 2.55],
      [17850, "12/1/2010 8:28", -2, 2.55],
    ]);
    expect(byId(res)["17850"]).toMatchObject({ frequency: 1, monetary: 6 * 2.55 - 2 * 2.55 });
  });

  it("does not score a customer with only returns, and says so", () => {
    const res = analyzeOrders([H, ["A", "2024-03-01", 10], ["R", "2024-03-01", -10]]);
    expect(byId(res).R).toBeUndefined();
    expect(res.issues).toContainEqual(expect.objectContaining({ code: "no_purchase", kind: "customer", value: "R", row: 3 }));
  });
});

describe("analyzeOrders: every row accounted for", () => {
  const cells = [
    H,
    ["A", "2024-03-01", 100],
    ["", "", ""],
    ["NA", "2024-03-01", 5],
    ["B", "#N/A", 5],
    ["C", "2024-03-01", "twelve"],
    ["D", "2024-02-30", "(7.50)"],
    [" ", null, "  "],
    ["E", "2024-03-01", "¥1,200.00"],
    ["F", "2024-12-01", 1],
  ];

  it("puts each row in exactly one bucket and reports the counts", () => {
    const res = analyzeOrders(cells, { asOf: "2024-06-01" });
    expect(res.counts).toEqual({ rows: 9, used: 2, blank: 2, rejected: 4, excluded: 1, balanced: true });
  });

  it("locates each issue by sheet row, cell, raw value and reason", () => {
    const res = analyzeOrders(cells, { asOf: "2024-06-01", firstRowNumber: 5, firstColumnIndex: 2 });
    const rejected = res.issues.filter((i) => i.kind === "rejected");
    expect(rejected.map((i) => [i.row, i.cell, i.column, i.value, i.code])).toEqual([
      [8, "C8", "customer", "NA", "customer_missing"],
      [9, "D9", "date", "#N/A", "excel_error"],
      [10, "E10", "amount", "twelve", "amount_invalid"],
      [11, "D11", "date", "2024-02-30", "date_invalid"],
    ]);
    expect(rejected[1].message).toBe("Excel error value #N/A in the order date column");
  });

  it("writes messages in Chinese for Chinese users", () => {
    const res = analyzeOrders(cells, { asOf: "2024-06-01", lang: "zh-CN" });
    expect(res.issues.map((i) => i.message)).toContain("twelve 不是有效金额");
    expect(res.segments[0].name).toBe("冠军客户");
  });

  it("rejects a row with a bad required cell whatever its date", () => {
    const res = analyzeOrders([H, ["A", "2030-01-01", "bad"], ["A", "2024-01-01", 1]], { asOf: "2024-06-01" });
    expect(res.counts).toMatchObject({ rejected: 1, excluded: 0, used: 1 });
  });

  it("handles a block with only a header", () => {
    const res = analyzeOrders([H]);
    expect(res.counts).toEqual({ rows: 0, used: 0, blank: 0, rejected: 0, excluded: 0, balanced: true });
    expect(res.asOf).toBeNull();
    expect(res.warnings.map((w) => w.code)).toContain("no_customers");
  });
});

describe("analyzeOrders: dates", () => {
  it("decides day-first per column from a first field above 12, and says so", () => {
    const res = analyzeOrders([H, ["A", "25/12/2023", 1], ["B", "3/1/2024", 1]]);
    expect(res.dateOrder).toBe("dmy");
    expect(byId(res).B.lastPurchase).toBe("2024-01-03");
    expect(res.warnings.find((w) => w.code === "date_order_detected")?.message).toMatch(/day-first/);
  });

  it("defaults to month-first for ambiguous dates and warns", () => {
    const res = analyzeOrders([H, ["A", "3/1/2024", 1], ["B", "4/2/2024", 1]]);
    expect(res.dateOrder).toBe("mdy");
    expect(byId(res).A.lastPurchase).toBe("2024-03-01");
    expect(res.warnings.find((w) => w.code === "date_order_default")?.message).toMatch(/month-first/);
  });

  it("lets the user force the order", () => {
    expect(byId(analyzeOrders([H, ["A", "3/1/2024", 1]], { dateOrder: "dmy" })).A.lastPurchase).toBe("2024-01-03");
  });
});

describe("analyzeOrders: misuse throws with the option and allowed values", () => {
  it.each<[object, RegExp]>([
    [{ bins: 12 }, /Option bins is 12; allowed: a whole number 2–9/],
    [{ bins: 1 }, /Option bins/],
    [{ scoring: "magic" }, /Option scoring is magic; allowed: quantile, fixed, rfm-r, ntile/],
    [{ scheme: "abc" }, /Option scheme is abc; allowed: standard, cn8, rfm-r, custom/],
    [
      { scoring: "fixed", breaksR: [1, 2], breaksF: [1, 2, 3, 4], breaksM: [1, 2, 3, 4] },
      /Option breaksR is \[1,2\]; allowed: 4 ascending numbers/,
    ],
    [{ scoring: "fixed", breaksR: [4, 3, 2, 1], breaksF: [1, 2, 3, 4], breaksM: [1, 2, 3, 4] }, /Option breaksR/],
    [{ asOf: "someday" }, /Option asOf is someday/],
    [{ windowDays: 0 }, /Option windowDays/],
    [{ scheme: "standard", bins: 4 }, /needs bins = 5/],
    [{ scheme: "custom", customRules: [{ segment: "x", r: [0, 9], f: [1, 5], m: [1, 5] }] }, /customRules\[0\]\.r/],
  ])("%j", (options, message) => {
    const run = () => analyzeOrders([H, ["A", "2024-03-01", 1]], options);
    expect(run).toThrow(RfmOptionError);
    expect(run).toThrow(message);
  });
});
