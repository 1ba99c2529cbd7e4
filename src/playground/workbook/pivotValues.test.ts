import { describe, expect, it } from "vitest";
import { pivotValues } from "./pivotValues";
import { WorkbookModel } from "./WorkbookModel";

describe("pivotValues", () => {
  it("counts and sums the source table per row-field value, with a grand total", () => {
    const model = new WorkbookModel(["Data"]);
    const sheet = model.sheets[0];
    model.writeValues(sheet, { row: 0, col: 0, rows: 4, cols: 3 }, [
      ["Customer", "Segment", "Monetary"],
      ["A", "Lost", 10],
      ["B", "Loyal", 30],
      ["C", "Lost", 5],
    ]);
    model.tables.push({ id: "t", name: "T", sheetId: sheet.id, rect: { row: 0, col: 0, rows: 4, cols: 3 }, style: "" });
    const pivot = {
      id: "p",
      name: "P",
      sheetId: sheet.id,
      sourceTableId: "t",
      source: { sheetId: sheet.id, rect: { row: 0, col: 0, rows: 4, cols: 3 } },
      destination: { row: 0, col: 5 },
      rows: ["Segment"],
      data: [
        { field: "Customer", name: "", summarizeBy: "Count" },
        { field: "Monetary", name: "", summarizeBy: "Sum" },
      ],
    };
    expect(pivotValues(model, pivot)).toEqual([
      ["Segment", "Count of Customer", "Sum of Monetary"],
      ["Lost", 2, 15],
      ["Loyal", 1, 30],
      ["Grand Total", 3, 45],
    ]);
  });
});
