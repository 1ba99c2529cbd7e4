import { describe, expect, it } from "vitest";
import { createExcelRun, WorkbookModel, type ChangeEvent } from "./index";

const setup = (sheets = ["Sheet1"]) => {
  const model = new WorkbookModel(sheets);
  return { model, run: createExcelRun(model) };
};

async function rejection(
  p: Promise<unknown>,
): Promise<{ name: string; code: string; message: string; debugInfo: { errorLocation?: string } }> {
  try {
    await p;
  } catch (e) {
    return e as never;
  }
  throw new Error("expected a rejection");
}

describe("proxies, load and sync", () => {
  it("throws PropertyNotLoaded synchronously for a property that was not loaded and synced", async () => {
    const { run } = setup();
    await run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(() => range.values).toThrow(/The property 'values' is not available/);
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" }));
      await ctx.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
    });
  });

  it("queues writes until sync, and a setter's value reads back raw", async () => {
    const { model, run } = setup();
    await run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["=1+1"]];
      expect(model.sheets[0].formula(0, 0)).toBe("");
      expect(range.values).toEqual([["=1+1"]]);
      await ctx.sync();
      expect(model.sheets[0].formula(0, 0)).toBe("=1+1");
    });
  });

  it("fails at sync with InvalidArgument when the array does not fit the range; earlier commands stay done", async () => {
    const { model, run } = setup();
    const error = await rejection(
      run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["first"]];
        sheet.getRange("A2:B2").values = [["only one"]];
        sheet.getRange("A3").values = [["never"]];
        await ctx.sync();
      }),
    );
    expect(error).toMatchObject({ name: "RichApi.Error", code: "InvalidArgument", debugInfo: { errorLocation: "Range.values" } });
    expect(error.message).toBe("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    expect(model.sheets[0].value(0, 0)).toBe("first");
    expect(model.sheets[0].value(2, 0)).toBe("");
  });

  it("fails at sync with ItemNotFound for a missing sheet; getItemOrNullObject answers isNullObject", async () => {
    const { run } = setup();
    const error = await rejection(run(async (ctx) => void ctx.workbook.worksheets.getItem("Nope").load("name")));
    expect(error.code).toBe("ItemNotFound");
    await run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const present = ctx.workbook.worksheets.getItemOrNullObject("sheet1");
      await ctx.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
    });
  });

  it("requires the batch to return a promise and invalidates proxies after the run", async () => {
    const { run } = setup();
    const error = await rejection(run((() => undefined) as never));
    expect(error.code).toBe("RunMustReturnPromise");
    let kept: { load: (p: string) => unknown } | null = null;
    await run(async (ctx) => {
      kept = ctx.workbook.worksheets.getItem("Sheet1");
    });
    expect(() => kept!.load("name")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  it("refuses work in cell-edit mode unless the run waits for it", async () => {
    const { model, run } = setup();
    model.cellEditMode = true;
    const error = await rejection(run(async (ctx) => void ctx.workbook.worksheets.getItem("Sheet1").load("name")));
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    await expect(
      run({ delayForCellEdit: true }, async (ctx) => void ctx.workbook.worksheets.getItem("Sheet1").load("name")),
    ).resolves.toBeUndefined();
  });
});

describe("payload cap (Excel on the web: 5 MB per request and response)", () => {
  it("rejects a request over the cap and counts syncs and the largest request", async () => {
    const { model, run } = setup();
    model.payloadLimit = 10_000;
    const big = Array.from({ length: 1000 }, (_, i) => [`customer-${i}`]);
    const error = await rejection(run(async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A1000").values = big)));
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(model.sheets[0].value(0, 0)).toBe("");
    expect(model.stats.refusedForSize).toBe(1);
    expect(model.stats.largestRequestBytes).toBe(0); // refused requests are counted, not recorded as accepted
    const syncs = model.stats.syncs;
    await run(async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = big.slice(0, 100)));
    expect(model.stats.syncs).toBe(syncs + 1);
    expect(model.stats.largestRequestBytes).toBeGreaterThan(1000);
    expect(model.stats.largestRequestBytes).toBeLessThanOrEqual(10_000);
  });

  it("rejects a response over the cap", async () => {
    const { model, run } = setup();
    model.writeValues(
      model.sheets[0],
      { row: 0, col: 0, rows: 2000, cols: 1 },
      Array.from({ length: 2000 }, () => ["xxxxxxxxxx"]),
    );
    model.payloadLimit = 10_000;
    const error = await rejection(run(async (ctx) => void ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A2000").load("values")));
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

describe("values are parsed like typed input", () => {
  it.each<[string, unknown, unknown]>([
    ["=1+1", "=1+1", "#NAME?"],
    ["+A1", "=+A1", "#NAME?"],
    ["-x", "=-x", "#NAME?"],
    ["@SUM(A1)", "=@SUM(A1)", "#NAME?"],
    ["123", 123, 123],
    ["-12.5", -12.5, -12.5],
    ["TRUE", true, true],
    ["2024-03-05", 45356, 45356],
    ["'=kept", "=kept", "=kept"],
    ["C001", "C001", "C001"],
  ])("%j → formula/value %j, value %j", async (text, formula, value) => {
    const { model, run } = setup();
    await run(async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[text]]));
    expect([model.sheets[0].formula(0, 0), model.sheets[0].value(0, 0)]).toEqual([formula, value]);
  });

  it("keeps any string verbatim in a cell formatted as text, formatted first in the same batch", async () => {
    const { model, run } = setup();
    await run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A3");
      range.numberFormat = [["@"]];
      range.values = [['=HYPERLINK("http://x")'], ["00123"], ["2024-03-05"]];
    });
    expect([0, 1, 2].map((r) => model.sheets[0].formula(r, 0))).toEqual(['=HYPERLINK("http://x")', "00123", "2024-03-05"]);
  });

  it("reads null values for a whole column", async () => {
    const { run } = setup();
    await run(async (ctx) => {
      const col = ctx.workbook.worksheets.getItem("Sheet1").getRange("A:A").load("values, address");
      await ctx.sync();
      expect(col.values).toBeNull();
      expect(col.address).toBe("Sheet1!A1:A1048576");
    });
  });
});

describe("worksheets, tables, settings, events", () => {
  it("keeps sheet names unique ignoring case and refuses invalid names", async () => {
    const { run } = setup();
    expect((await rejection(run(async (ctx) => void ctx.workbook.worksheets.add("SHEET1")))).code).toBe("ItemAlreadyExists");
    expect((await rejection(run(async (ctx) => void ctx.workbook.worksheets.add("a/b")))).code).toBe("InvalidArgument");
    expect((await rejection(run(async (ctx) => void ctx.workbook.worksheets.add("x".repeat(32))))).code).toBe("InvalidArgument");
  });

  it("quotes sheet names in addresses", async () => {
    const { run } = setup(["Sheet's Data"]);
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet's Data").getRange("B2:C3").load("address");
      await ctx.sync();
      expect(r.address).toBe("'Sheet''s Data'!B2:C3");
    });
  });

  it("adds tables, refuses overlaps, and grows a table when rows are written right under it", async () => {
    const { model, run } = setup();
    await run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [
        ["Customer", "Amount"],
        ["A", 1],
        ["B", 2],
      ];
      const t = ctx.workbook.tables.add("Sheet1!A1:B3", true);
      t.name = "Orders";
    });
    expect((await rejection(run(async (ctx) => void ctx.workbook.tables.add("Sheet1!B2:C5", true)))).message).toMatch(/cannot overlap/);
    model.userEdit("Sheet1", { row: 3, col: 0, rows: 2, cols: 2 }, [
      ["C", 3],
      ["D", 4],
    ]);
    expect(model.tables[0].rect).toEqual({ row: 0, col: 0, rows: 5, cols: 2 });
    await run(async (ctx) => {
      const body = ctx.workbook.tables.getItem("orders").getDataBodyRange().load("address");
      await ctx.sync();
      expect(body.address).toBe("Sheet1!A2:B5");
    });
  });

  it("round-trips settings, Dates included", async () => {
    const { run } = setup();
    await run(async (ctx) => ctx.workbook.settings.add("rfm", { source: "Orders", at: new Date(Date.UTC(2024, 0, 2)) }));
    await run(async (ctx) => {
      const s = ctx.workbook.settings.getItemOrNullObject("rfm").load("value");
      const none = ctx.workbook.settings.getItemOrNullObject("none").load("value");
      await ctx.sync();
      expect(s.value).toEqual({ source: "Orders", at: new Date(Date.UTC(2024, 0, 2)) });
      expect(none.isNullObject).toBe(true);
    });
  });

  it("fires worksheet change handlers after the sync that wrote, and for user edits", async () => {
    const { model, run } = setup();
    const events: ChangeEvent[] = [];
    await run(async (ctx) => void ctx.workbook.worksheets.getItem("Sheet1").onChanged.add((e) => void events.push(e)));
    await run(async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:C2").values = [[1, 2]]));
    model.userEdit("Sheet1", { row: 9, col: 0, rows: 1, cols: 1 }, [["x"]]);
    expect(events.map((e) => [e.address, e.changeType, e.triggerSource])).toEqual([
      ["B2:C2", "RangeEdited", "ThisLocalAddin"],
      ["Sheet1!A10", "RangeEdited", "Unknown"],
    ]);
  });

  it("records custom properties, freeze panes, charts, PivotTables and colour scales", async () => {
    const { model, run } = setup();
    await run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [
        ["Segment", "Customers"],
        ["Lost", 3],
        ["Loyal", 5],
      ];
      ctx.workbook.tables.add("Sheet1!A1:B3", true).name = "Seg";
      sheet.customProperties.add("RfmOutput", "summary");
      sheet.freezePanes.freezeRows(1);
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
      chart.title.text = "Customers per segment";
      const pivot = sheet.pivotTables.add("SegPivot", "Seg", sheet.getRange("E1"));
      pivot.rowHierarchies.add(pivot.hierarchies.getItem("Segment"));
      pivot.dataHierarchies.add(pivot.hierarchies.getItem("Customers")).summarizeBy = "Sum";
      sheet.getRange("B2:B3").conditionalFormats.add("ColorScale").colorScale.criteria = {
        minimum: { type: "LowestValue", color: "#F8696B" },
      };
      const prop = sheet.customProperties.getItemOrNullObject("rfmoutput").load("value");
      await ctx.sync();
      expect(prop.value).toBe("summary");
    });
    const sheet = model.sheets[0];
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.charts[0]).toMatchObject({
      type: "ColumnClustered",
      title: "Customers per segment",
      source: { row: 0, col: 0, rows: 3, cols: 2 },
    });
    expect(model.pivots[0]).toMatchObject({ name: "SegPivot", rows: ["Segment"], data: [{ field: "Customers", summarizeBy: "Sum" }] });
    expect(sheet.conditionalFormats[0]).toMatchObject({ type: "ColorScale", rect: { row: 1, col: 1, rows: 2, cols: 1 } });
  });
});
