import { afterEach, describe, expect, it } from "vitest";
import { officeLanguage } from "../../excel/officeLanguage";
import { supportsExcelApi } from "../../excel/excelRunner";
import { functionError } from "../../functions/functionError";
import { WorkbookModel } from "../workbook";
import { installHost } from "./installHost";

afterEach(() => {
  for (const name of ["Office", "Excel", "CustomFunctions"]) delete (globalThis as Record<string, unknown>)[name];
});

describe("installHost", () => {
  it("lets the add-in's own host code see Office, Excel and CustomFunctions", async () => {
    const model = new WorkbookModel(["Orders"]);
    const host = installHost(model, "zh-CN");
    expect(officeLanguage()).toBe("zh-CN");
    host.setLanguage("en");
    expect(officeLanguage()).toBe("en");
    expect(supportsExcelApi("1.20")).toBe(true);
    expect(supportsExcelApi("1.21")).toBe(false);
    const e = functionError("notAvailable", "No orders for X");
    expect([e.code, e.message]).toEqual(["#N/A", "No orders for X"]);
    const run = (
      globalThis as unknown as {
        Excel: {
          run: (
            f: (ctx: { workbook: { worksheets: { add: (n: string) => unknown } }; sync: () => Promise<void> }) => Promise<void>,
          ) => Promise<void>;
        };
      }
    ).Excel.run;
    await run(async (ctx) => {
      ctx.workbook.worksheets.add("Made by the add-in");
      await ctx.sync();
    });
    expect(model.sheets.map((s) => s.name)).toEqual(["Orders", "Made by the add-in"]);
  });

  it("collects the functions the bundle registers", async () => {
    const host = installHost(new WorkbookModel(), "en");
    (globalThis as unknown as { CustomFunctions: { associate: (id: string, f: () => number) => void } }).CustomFunctions.associate(
      "segment",
      () => 1,
    );
    expect([...host.functions.keys()]).toEqual(["SEGMENT"]);
  });
});
