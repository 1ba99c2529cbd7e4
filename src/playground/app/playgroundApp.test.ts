import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { analyzeOrders } from "../../core";
import { WorkbookModel } from "../workbook";
import { csvCells, loadOrdersIntoSheet } from "./loadOrdersIntoSheet";
import { sampleOrders } from "./sampleOrders";
import { workbookToXlsx } from "./workbookToXlsx";

describe("the bundled sample", () => {
  it("is about 20k Chinese retail-style lines the add-in recognises, with the usual few bad rows", () => {
    const rows = sampleOrders();
    expect(rows).toHaveLength(20_003);
    const res = analyzeOrders(rows);
    expect(res.mapping.map((m) => m.header)).toEqual(["客户编号", "下单时间", "实付金额", "订单编号"]);
    expect(res.counts).toMatchObject({ rows: 20_002, rejected: 2, balanced: true });
    expect(res.customers.length).toBeGreaterThan(2000);
    expect(sampleOrders()).toEqual(rows); // seeded: the same for every visitor
  });
});

describe("opening an orders file", () => {
  it("becomes a new, selected sheet, and text never turns into formulas", () => {
    const model = new WorkbookModel(["Sheet1"]);
    const cells = csvCells(new TextEncoder().encode("customer,date,amount\n=1+1,2024-03-05,12\n00123,2024-03-06,¥8\n"));
    const name = loadOrdersIntoSheet(model, "my orders.csv", cells);
    const sheet = model.findSheet(name)!;
    expect(name).toBe("my orders");
    expect([sheet.formula(1, 0), sheet.formula(2, 0), sheet.formula(1, 1)]).toEqual(["=1+1", "00123", "2024-03-05"]);
    expect(model.selection).toEqual({ sheetId: sheet.id, rect: { row: 0, col: 0, rows: 3, cols: 3 } });
    expect(loadOrdersIntoSheet(model, "my orders.csv", cells)).toBe("my orders (2)");
  });

  it("reads a GB18030 file with Chinese headers", () => {
    // "客户编号,下单时间,实付金额\n张三,2024-03-05,10\n" encoded in GB18030 (GBK range)
    const bytes = Uint8Array.from([
      0xbf,
      0xcd,
      0xbb,
      0xa7,
      0xb1,
      0xe0,
      0xba,
      0xc5,
      0x2c,
      0xcf,
      0xc2,
      0xb5,
      0xa5,
      0xca,
      0xb1,
      0xbc,
      0xe4,
      0x2c,
      0xca,
      0xb5,
      0xb8,
      0xb6,
      0xbd,
      0xf0,
      0xb6,
      0xee,
      0x0a,
      0xd5,
      0xc5,
      0xc8,
      0xfd,
      0x2c,
      ...new TextEncoder().encode("2024-03-05,10\n"),
    ]);
    expect(csvCells(bytes)).toEqual([
      ["客户编号", "下单时间", "实付金额"],
      ["张三", "2024-03-05", "10"],
    ]);
  });
});

describe("downloading the workbook", () => {
  it("saves every sheet with values and number formats, formulas as their values", async () => {
    const model = new WorkbookModel(["Orders", "RFM Summary"]);
    model.sheets[0].writeValue(0, 0, "Customer");
    model.sheets[0].writeValue(1, 0, "'=1+1");
    model.sheets[1].writeValue(0, 0, 0.25);
    model.sheets[1].setNumberFormat({ row: 0, col: 0, rows: 1, cols: 1 }, "0.0%");
    model.sheets[1].writeValue(1, 0, 45356);
    model.sheets[1].setNumberFormat({ row: 1, col: 0, rows: 1, cols: 1 }, "yyyy-mm-dd");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbookToXlsx(model)).buffer as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Orders", "RFM Summary"]);
    expect(book.getWorksheet("Orders")!.getCell("A2").value).toBe("=1+1");
    const summary = book.getWorksheet("RFM Summary")!;
    expect([summary.getCell("A1").value, summary.getCell("A1").numFmt]).toEqual([0.25, "0.0%"]);
    expect((summary.getCell("A2").value as Date).toISOString().slice(0, 10)).toBe("2024-03-05");
  });
});
