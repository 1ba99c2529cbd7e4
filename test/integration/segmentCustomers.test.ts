import { describe, expect, it } from "vitest";
import type { ExcelRunner } from "../../src/excel/excelRunner";
import { OUTPUTS_SETTING } from "../../src/excel/writeResults";
import { createExcelRun, WorkbookModel, type SheetModel } from "../../src/playground/workbook";
import { segmentCustomers, type SegmentRequest } from "../../src/workflows/segmentCustomers";
import { simulateBgNbd } from "../../bench/simulateBgNbd";

const ORDERS = [
  ["Order", "Customer", "Date", "Amount"],
  ["O1", "C001", 45300, 120],
  ["O2", "C001", 45350, 80],
  ["O3", "C002", 45200, 40],
  ["O4", '=HYPERLINK("http://evil","x")', 45340, 60],
  ["O5", "00123", 45345, 10],
  ["O6", "+1", 45346, 15],
  ["O7", "@me", 45347, 25],
  ["O8", "2024-01-01", 45348, 35],
  ["O9", "C003", "not a date", 50],
  ["O10", "C004", 45351, -20],
];

function workbook(rows: unknown[][] = ORDERS, extraSheets: string[] = []) {
  const model = new WorkbookModel(["Orders", ...extraSheets]);
  const orders = model.sheets[0];
  // Written as a user would type them: formula-looking text is stored as text (quote prefix).
  rows.forEach((row, r) => row.forEach((v, c) => orders.writeValue(r, c, typeof v === "string" && /^[=+\-@]|^\d/.test(v) ? `'${v}` : v)));
  model.selection = { sheetId: orders.id, rect: { row: 0, col: 0, rows: rows.length, cols: rows[0].length } };
  return { model, run: createExcelRun(model) as unknown as ExcelRunner, orders };
}

const request = (over: Partial<SegmentRequest> = {}): SegmentRequest => ({
  lang: "en",
  options: { asOf: "2024-03-10" },
  confirmReplace: async () => true,
  runAt: "2026-11-23T10:00:00Z",
  ...over,
});

function checksum(sheet: SheetModel): string {
  const used = sheet.usedRect();
  const cells: unknown[] = [];
  for (let r = 0; r < used.rows + 2; r++)
    for (let c = 0; c < used.cols + 2; c++) cells.push([sheet.formula(r, c), sheet.numberFormat(r, c)]);
  return JSON.stringify(cells);
}

const sheetByName = (model: WorkbookModel, name: string) => model.sheets.find((s) => s.name === name)!;
const column = (sheet: SheetModel, col: number, rows: number) => Array.from({ length: rows }, (_, r) => sheet.formula(r, col));

describe("Segment customers through the Excel stand-in", () => {
  it("writes the four sheets for a 10-row order list and accounts for every row", async () => {
    const { model, run } = workbook();
    const outcome = await segmentCustomers(run, request());
    expect(outcome.result.counts).toEqual({ rows: 10, used: 9, blank: 0, rejected: 1, excluded: 0, balanced: true });
    expect(model.sheets.map((s) => s.name)).toEqual(["Orders", "RFM Customers", "RFM Summary", "RFM Heatmap", "RFM Issues"]);

    const customers = sheetByName(model, "RFM Customers");
    expect(column(customers, 0, 1)).toEqual(["Customer"]);
    const table = model.tables.find((t) => t.name === "RFM_Customers")!;
    expect(table).toMatchObject({ sheetId: customers.id, rect: { row: 0, col: 0, rows: outcome.result.customers.length + 1, cols: 13 } });
    expect(customers.frozenRows).toBe(1);
    expect(customers.numberFormat(1, 1)).toBe("yyyy-mm-dd");
    expect(customers.numberFormat(1, 5)).toBe("#,##0.00");

    const summary = sheetByName(model, "RFM Summary");
    expect(summary.charts).toHaveLength(1);
    expect(model.pivots[0]).toMatchObject({
      sheetId: summary.id,
      sourceTableId: table.id,
      rows: ["Segment"],
      data: [
        { field: "Customer", summarizeBy: "Count" },
        { field: "Monetary", summarizeBy: "Sum" },
      ],
    });
    expect(summary.formula(2, 0)).toBe("Customers");
    // Run parameters: the as-of date is written as a date.
    expect(summary.formula(3, 3)).toBe("As-of date");
    expect(summary.numberFormat(3, 4)).toBe("yyyy-mm-dd");
    expect(summary.formula(2, 1)).toBe(outcome.result.kpis.customers);

    const heat = sheetByName(model, "RFM Heatmap");
    let total = 0;
    for (let r = 2; r < 7; r++) for (let c = 1; c < 6; c++) total += Number(heat.value(r, c));
    expect(total).toBe(outcome.result.customers.length);
    expect(heat.conditionalFormats).toHaveLength(2);

    const issues = sheetByName(model, "RFM Issues");
    expect([issues.formula(1, 0), issues.formula(1, 1), issues.formula(1, 3)]).toEqual([10, "C10", "not a date"]);
    expect(issues.formula(1, 6)).toBe('=HYPERLINK("#\'Orders\'!C10","C10")');
    expect(model.settings.has(OUTPUTS_SETTING)).toBe(true);
  });

  it("keeps hostile and look-alike customer ids as text, exactly", async () => {
    const { model, run } = workbook();
    await segmentCustomers(run, request());
    const customers = sheetByName(model, "RFM Customers");
    const ids = column(customers, 0, 9)
      .slice(1)
      .filter((v) => v !== "");
    expect(ids.sort()).toEqual(["+1", "00123", "2024-01-01", '=HYPERLINK("http://evil","x")', "@me", "C001", "C002"].sort());
  });

  it("never changes the source range", async () => {
    const { run, orders } = workbook();
    const before = checksum(orders);
    await segmentCustomers(run, request());
    expect(checksum(orders)).toBe(before);
  });

  it("replaces its own earlier output on a re-run after asking, and ends with the same sheets", async () => {
    const { model, run } = workbook();
    await segmentCustomers(run, request());
    const first = model.sheets.map((s) => [s.name, s.id]);
    const asked: string[][] = [];
    await segmentCustomers(run, request({ confirmReplace: async (names) => (asked.push(names), true) }));
    expect(asked).toEqual([["RFM Customers", "RFM Summary", "RFM Heatmap", "RFM Issues"]]);
    expect(model.sheets.map((s) => s.name)).toEqual(first.map(([name]) => name));
    expect(model.sheets.slice(1).every((s, i) => s.id !== first[i + 1][1])).toBe(true);
    expect(model.tables.map((t) => t.name).sort()).toEqual(["RFM_Customers", "RFM_Issues", "RFM_Segments", "RFM_Thresholds"]);
  });

  it("leaves everything as it was when the user declines the replacement", async () => {
    const { model, run } = workbook();
    await segmentCustomers(run, request());
    const names = model.sheets.map((s) => s.id);
    await expect(segmentCustomers(run, request({ confirmReplace: async () => false }))).rejects.toMatchObject({ code: "cancelled" });
    expect(model.sheets.map((s) => s.id)).toEqual(names);
  });

  it("recognises its output by id, not by name: a user sheet with the same name gets a suffix on ours", async () => {
    const { model, run } = workbook(ORDERS, ["RFM Summary"]);
    const mine = sheetByName(model, "RFM Summary");
    mine.writeValue(0, 0, "my notes");
    let asked = false;
    await segmentCustomers(run, request({ confirmReplace: async () => (asked = true) }));
    expect(asked).toBe(false);
    expect(model.sheets.map((s) => s.name)).toEqual([
      "Orders",
      "RFM Summary",
      "RFM Customers",
      "RFM Summary (2)",
      "RFM Heatmap",
      "RFM Issues",
    ]);
    expect(mine.value(0, 0)).toBe("my notes");
  });

  it("cancelling while writing leaves no half-written sheets and keeps the earlier output", async () => {
    const { model, run } = workbook();
    await segmentCustomers(run, request());
    const before = model.sheets.map((s) => s.id);
    const controller = new AbortController();
    const run2 = segmentCustomers(
      run,
      request({ signal: controller.signal, onProgress: (step, f) => step === "write" && f > 0 && controller.abort() }),
    );
    await expect(run2).rejects.toMatchObject({ code: "cancelled" });
    expect(model.sheets.map((s) => s.id)).toEqual(before);
  });

  it("reads only the mapped columns, in blocks under the payload cap, halving when a block is refused", async () => {
    const rows: unknown[][] = [["Customer", "Date", "Amount", "Notes"]];
    for (let i = 0; i < 3000; i++) rows.push([`C${i % 400}`, 45000 + (i % 300), 10 + (i % 7), "x".repeat(200)]);
    const { model, run } = workbook(rows);
    model.payloadLimit = 60_000;
    const outcome = await segmentCustomers(run, request({ budgetBytes: 200_000 }));
    expect(outcome.read.halvings).toBeGreaterThan(0);
    expect(model.stats.refusedForSize).toBe(outcome.read.halvings);
    expect(outcome.read.blocks).toBeGreaterThanOrEqual(2);
    // Every response stayed under the cap; the 200-character notes column was never read (it alone is 600 kB).
    expect(model.stats.largestResponseBytes).toBeLessThanOrEqual(60_000);
    expect(model.stats.largestRequestBytes).toBeLessThanOrEqual(60_000);
    expect(outcome.result.customers).toHaveLength(400);
  });

  it("finds the Excel table around a single selected cell", async () => {
    const { model, run } = workbook();
    model.tables.push({ id: "t1", name: "Orders", sheetId: model.sheets[0].id, rect: { row: 0, col: 0, rows: 11, cols: 4 }, style: "" });
    model.selection = { sheetId: model.sheets[0].id, rect: { row: 4, col: 2, rows: 1, cols: 1 } };
    const outcome = await segmentCustomers(run, request());
    expect(outcome.source).toMatchObject({ tableName: "Orders", address: "Orders!A1:D11" });
  });

  it.each<[string, (m: WorkbookModel) => void, RegExp]>([
    [
      "one cell outside any table",
      (m) => void (m.selection = { sheetId: m.sheets[0].id, rect: { row: 20, col: 8, rows: 1, cols: 1 } }),
      /Select your order lines/,
    ],
    [
      "no recognisable columns",
      (m) => void (m.selection = { sheetId: m.sheets[0].id, rect: { row: 0, col: 0, rows: 11, cols: 1 } }),
      /No customer, date or amount column was recognised/,
    ],
    ["Excel in cell-edit mode", (m) => void (m.cellEditMode = true), /Excel is editing a cell/],
    ["a protected workbook", (m) => void (m.structureProtected = true), /protected, so the results cannot be written/],
  ])("explains %s", async (_name, arrange, message) => {
    const { model, run } = workbook();
    arrange(model);
    await expect(segmentCustomers(run, request())).rejects.toThrow(message);
  });

  it("works from a single data row", async () => {
    const { model, run } = workbook([ORDERS[0], ORDERS[1]]);
    const outcome = await segmentCustomers(run, request());
    expect(outcome.result.counts).toMatchObject({ rows: 1, used: 1 });
    expect(sheetByName(model, "RFM Customers").formula(1, 0)).toBe("C001");
  });

  it("activates the summary sheet so a ribbon run shows its outcome", async () => {
    const { model, run } = workbook();
    await segmentCustomers(run, request());
    expect(model.activeSheetId).toBe(sheetByName(model, "RFM Summary").id);
  });

  it("refuses a second run while one is in progress", async () => {
    const { run } = workbook();
    const first = segmentCustomers(run, request());
    await expect(segmentCustomers(run, request())).rejects.toMatchObject({ code: "busy" });
    await first;
  });

  it("writes Chinese sheet names and headers in the Chinese UI", async () => {
    const { model, run } = workbook();
    await segmentCustomers(run, request({ lang: "zh-CN" }));
    expect(model.sheets.map((s) => s.name)).toEqual(["Orders", "RFM 客户", "RFM 汇总", "RFM 热力图", "RFM 问题行"]);
    expect(sheetByName(model, "RFM 客户").formula(0, 11)).toBe("分群");
  });
});

describe("customer value in Excel", () => {
  // Customers that follow BG/NBD (seeded), as order lines: first purchase T weeks before the as-of
  // date (2023-11-01 = serial 45231), x repeat purchases spread up to t_x weeks later.
  const sim = simulateBgNbd(300, { r: 0.6, alpha: 4, a: 1.3, b: 3.5 }, 11);
  const rows: unknown[][] = [["Customer", "Date", "Amount"]];
  sim.x.forEach((x, c) => {
    const first = 45231 - Math.ceil(sim.T[c] * 7);
    const id = `C${String(c).padStart(3, "0")}`;
    rows.push([id, first, 30 + (c % 7) * 5]);
    for (let k = 1; k <= x; k++) rows.push([id, first + Math.round((sim.tx[c] * 7 * k) / x), 20 + ((c + k) % 9) * 5]);
  });

  it("adds P(alive), expected purchases, spend, CLV and lifecycle columns, and Cohorts and Migration sheets", async () => {
    const { model, run } = workbook(rows);
    const outcome = await segmentCustomers(
      run,
      request({ options: { asOf: "2023-11-01", clv: true, cohorts: true }, compareDate: "2023-06-01" }),
    );
    expect(outcome.result.models?.bgnbd.status).toBe("fitted");
    expect(model.sheets.map((s) => s.name)).toEqual([
      "Orders",
      "RFM Customers",
      "RFM Summary",
      "RFM Heatmap",
      "RFM Issues",
      "RFM Cohorts",
      "RFM Migration",
    ]);
    const customers = sheetByName(model, "RFM Customers");
    expect([13, 14, 15, 16, 17].map((c) => customers.formula(0, c))).toEqual([
      "P(alive)",
      "Expected purchases",
      "Expected spend",
      "CLV",
      "Lifecycle stage",
    ]);
    const first = outcome.result.customers[0];
    expect(customers.value(1, 13)).toBeCloseTo(first.pAlive!, 12);
    expect(customers.value(1, 16)).toBeCloseTo(first.clv!, 9);
    expect(["New", "Active", "Sleeping", "Lost"]).toContain(customers.value(1, 17));

    const cohorts = sheetByName(model, "RFM Cohorts");
    expect(cohorts.formula(0, 0)).toBe("First purchase month");
    expect(cohorts.formula(1, 2)).toBe(1); // month 0 is every cohort's first purchase
    expect(cohorts.conditionalFormats).toHaveLength(1);
    expect(cohorts.charts).toHaveLength(1);

    const migration = sheetByName(model, "RFM Migration");
    const n = outcome.result.segments.length + 1;
    let total = 0;
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) total += Number(migration.value(2 + r, 1 + c));
    expect(total).toBe(outcome.result.customers.length);
    expect(migration.conditionalFormats).toHaveLength(2);
    expect(migration.charts).toHaveLength(1);
  });

  it("names them in Chinese in the Chinese UI", async () => {
    const { model, run } = workbook(rows);
    await segmentCustomers(
      run,
      request({ lang: "zh-CN", options: { asOf: "2023-11-01", clv: true, cohorts: true }, compareDate: "2023-06-01" }),
    );
    expect(model.sheets.slice(5).map((s) => s.name)).toEqual(["RFM 同期群", "RFM 分群迁移"]);
    expect(sheetByName(model, "RFM 客户").formula(0, 16)).toBe("客户终身价值");
  });
});

describe("undo", () => {
  it.each([
    [true, { mergeUndoGroup: true }],
    [false, {}],
  ])("writes the results as one undo step only where ExcelApi 1.20 is available (%s)", async (supported, expected) => {
    const { run } = workbook();
    const options: unknown[] = [];
    const spy = ((a: unknown, b?: unknown) => {
      if (typeof a !== "function") options.push(a);
      return (run as (...args: unknown[]) => Promise<unknown>)(a, b);
    }) as unknown as ExcelRunner;
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: (_: string, v: string) => supported && Number(v.split(".")[1]) <= 20 } },
    };
    try {
      await segmentCustomers(spy, request());
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
    expect(options).toEqual([expected]);
  });
});

describe("binding to a table", () => {
  it("binds to the Excel table when the selection is exactly the table", async () => {
    const { model, run } = workbook();
    model.tables.push({ id: "t1", name: "Orders", sheetId: model.sheets[0].id, rect: { row: 0, col: 0, rows: 11, cols: 4 }, style: "" });
    const outcome = await segmentCustomers(run, request());
    expect(outcome.source.tableName).toBe("Orders");
  });

  it("keeps a fixed block when the selection is only part of a table", async () => {
    const { model, run } = workbook();
    model.tables.push({ id: "t1", name: "Orders", sheetId: model.sheets[0].id, rect: { row: 0, col: 0, rows: 12, cols: 4 }, style: "" });
    const outcome = await segmentCustomers(run, request());
    expect(outcome.source.tableName).toBeNull();
  });
});
