import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { setLiveModel } from "../../functions/liveModelHolder";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { installHost } from "../host/installHost";
import { WorkbookModel } from "../workbook";
import { FormulaEngine, type FunctionMetadata } from "./FormulaEngine";
import { parseFormula } from "./parseFormula";

const root = fileURLToPath(new URL("../../..", import.meta.url));

afterEach(() => {
  setLiveModel(null);
  for (const name of ["Office", "Excel", "CustomFunctions"]) delete (globalThis as Record<string, unknown>)[name];
});

describe("parseFormula", () => {
  it.each([
    [
      "=RFM.SEGMENT(A2)",
      { name: "RFM.SEGMENT", args: [{ kind: "ref", sheet: null, rect: { row: 1, col: 0, rows: 1, cols: 1 }, text: "A2" }] },
    ],
    ['=rfm.score(A2, Orders!A2:A5, Orders!B2:B5, \'My "Sheet\'!C2:C5, "2024-06-30")', null],
    ["=RFM.TABLE(Orders!A2:A5,Orders!B2:B5,Orders!C2:C5,,3)", { name: "RFM.TABLE" }],
    ["=1+1", null],
    ["=RFM.SEGMENT(A2", null],
  ])("%s", (text, expected) => {
    const parsed = parseFormula(text);
    if (expected === null && text.startsWith("=rfm.score")) {
      expect(parsed?.name).toBe("RFM.SCORE");
      expect(parsed?.args.map((a) => a.kind)).toEqual(["ref", "ref", "ref", "ref", "string"]);
      expect(parsed?.args[3]).toMatchObject({ sheet: 'My "Sheet', rect: { row: 1, col: 2, rows: 4, cols: 1 } });
    } else if (expected === null) expect(parsed).toBeNull();
    else expect(parsed).toMatchObject(expected);
  });

  it("keeps empty arguments in place", () => {
    expect(parseFormula("=RFM.TABLE(A1:A2,B1:B2,C1:C2,,3)")?.args.map((a) => a.kind)).toEqual(["ref", "ref", "ref", "missing", "number"]);
  });
});

describe("FormulaEngine with the add-in's registered functions", async () => {
  const meta: FunctionMetadata[] = JSON.parse(
    (await generateCustomFunctionsMetadata(`${root}/src/functions/functions.ts`, true)).metadataJson,
  ).functions;

  async function playground() {
    const model = new WorkbookModel(["Orders", "Sheet2"]);
    const host = installHost(model, "en");
    await import("../../functions/functions");
    // The bundle registers through CustomFunctions.associate; in a test, register the module's exports by id.
    const fns = await import("../../functions/functions");
    const byId: Record<string, unknown> = { SEGMENT: fns.segment, SCORE: fns.score, FREQUENCY: fns.frequency, TABLE: fns.table };
    for (const [id, f] of Object.entries(byId))
      (globalThis as unknown as { CustomFunctions: { associate: (i: string, f: unknown) => void } }).CustomFunctions.associate(id, f);
    let changes = 0;
    const engine = new FormulaEngine(model, host.functions, meta, () => changes++);
    const orders = model.sheets[0];
    [
      ["Customer", "Date", "Amount"],
      ["A", 45300, 10],
      ["B", 45310, 20],
      ["A", 45320, 5],
    ].forEach((row, r) => row.forEach((v, c) => orders.writeValue(r, c, v)));
    return { model, engine, orders, sheet2: model.sheets[1], changes: () => changes };
  }

  it("evaluates a typed range-form formula and recalculates when a referenced cell changes", async () => {
    const { model, engine, sheet2 } = await playground();
    sheet2.writeValue(0, 0, "A");
    sheet2.writeValue(0, 1, "=RFM.FREQUENCY(A1, Orders!A2:A4, Orders!B2:B4, Orders!C2:C4)");
    expect(sheet2.value(0, 1)).toBe(2);
    model.userEdit("Orders", { row: 2, col: 0, rows: 1, cols: 1 }, [["A"]]);
    engine.edited(model.sheets[0], { row: 2, col: 0, rows: 1, cols: 1 });
    expect(sheet2.value(0, 1)).toBe(3);
  });

  it("spills RFM.TABLE and shows errors as their codes", async () => {
    const { engine, sheet2 } = await playground();
    sheet2.writeValue(3, 0, "=RFM.TABLE(Orders!A2:A4, Orders!B2:B4, Orders!C2:C4)");
    expect(sheet2.value(3, 0)).toBe("Customer");
    expect(engine.spilled(sheet2, 3, 1)).toBe("Recency (days)");
    expect(engine.spilled(sheet2, 4, 0)).toBe("A");
    sheet2.writeValue(9, 0, '=RFM.SEGMENT("Z", Orders!A2:A4, Orders!B2:B4, Orders!C2:C4)');
    expect(sheet2.value(9, 0)).toBe("#N/A");
    sheet2.writeValue(10, 0, "=RFM.NOPE(1)");
    expect(sheet2.value(10, 0)).toBe("#NAME?");
  });

  it("shows the live id form's value once the model is there", async () => {
    const { sheet2 } = await playground();
    sheet2.writeValue(0, 0, '=RFM.SEGMENT("A")');
    expect(String(sheet2.value(0, 0))).toBe("#N/A"); // no run has bound any orders yet
  });
});
