import { describe, expect, it } from "vitest";
import { WorkbookModel } from "../playground/workbook";
import { protectText } from "./protectText";

describe("protectText keeps hostile and look-alike text as text (checked through the Excel stand-in)", () => {
  it.each([
    "=1+1",
    "+A1",
    "-cmd|' /C calc'!A0",
    "@SUM(A1:A2)",
    "'quoted",
    "00123",
    "12345",
    "1e5",
    "2024-03-05",
    "3/5/2024",
    "TRUE",
    "5-Mar",
    "Mar-5",
    "45%",
    "C001",
    "张三",
    "",
    "a=b",
  ])("%j", (text) => {
    const model = new WorkbookModel();
    model.writeValues(model.sheets[0], { row: 0, col: 0, rows: 1, cols: 1 }, [[protectText(text)]]);
    expect(model.sheets[0].formula(0, 0)).toBe(text);
  });

  it("leaves plain text alone", () => {
    expect(protectText("Champions")).toBe("Champions");
    expect(protectText("冠军客户")).toBe("冠军客户");
  });
});
