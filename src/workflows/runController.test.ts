import { describe, expect, it } from "vitest";
import type { ExcelRunner } from "../excel/excelRunner";
import { createExcelRun, WorkbookModel } from "../playground/workbook";
import { RunController, type RunState } from "./runController";

function setup() {
  const model = new WorkbookModel(["Orders"]);
  const rows = [
    ["Customer", "Date", "Amount"],
    ["A", 45300, 10],
    ["B", 45310, 20],
    ["A", 45320, 5],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => model.sheets[0].writeValue(r, c, v)));
  model.selection = { sheetId: model.sheets[0].id, rect: { row: 0, col: 0, rows: 4, cols: 3 } };
  const controller = new RunController(createExcelRun(model) as unknown as ExcelRunner, () => "2026-11-23T09:00:00Z");
  const states: RunState[] = [];
  controller.subscribe((s) => states.push(s));
  return { model, controller, states };
}

describe("RunController", () => {
  it("reports progress through every step and ends with the outcome", async () => {
    const { controller, states } = setup();
    const end = await controller.start({ lang: "en", options: {} });
    expect(end.status).toBe("done");
    expect(end.outcome?.result.customers).toHaveLength(2);
    expect([...new Set(states.map((s) => s.step))]).toEqual([null, "locate", "read", "analyse", "write", "done"]);
  });

  it("asks before replacing earlier results; declining leaves them and says so", async () => {
    const { model, controller } = setup();
    await controller.start({ lang: "en", options: {} });
    const ids = model.sheets.map((s) => s.id);
    const pending = controller.start({ lang: "en", options: {} });
    await new Promise((r) => setTimeout(r, 20));
    expect(controller.current.confirm?.sheetNames).toEqual(["RFM Customers", "RFM Summary", "RFM Heatmap", "RFM Issues"]);
    controller.current.confirm!.answer(false);
    const end = await pending;
    expect(end).toMatchObject({ status: "idle", error: "Cancelled. No sheets were changed." });
    expect(model.sheets.map((s) => s.id)).toEqual(ids);
  });

  it("reveals the pane only when the user is needed (ribbon runs)", async () => {
    const { controller } = setup();
    let revealed = 0;
    const reveal = async () => void revealed++;
    await controller.start({ lang: "en", options: {}, reveal });
    expect(revealed).toBe(0); // first run: nothing to ask; success shows as the activated summary sheet
    const second = controller.start({ lang: "en", options: {}, reveal });
    await new Promise((r) => setTimeout(r, 20));
    expect(revealed).toBe(1); // replacing earlier results needs the user's yes
    controller.current.confirm!.answer(true);
    expect((await second).status).toBe("done");
  });

  it("refuses to start while a run is in progress", async () => {
    const { controller } = setup();
    const first = controller.start({ lang: "zh-CN", options: {} });
    const second = await controller.start({ lang: "zh-CN", options: {} });
    expect(second.error).toBe("已有分析正在运行，请等待完成或先取消。");
    await first;
  });

  it("shows bad options as an error in the user's language", async () => {
    const { controller } = setup();
    const end = await controller.start({ lang: "en", options: { bins: 4 } });
    expect(end.status).toBe("error");
    expect(end.error).toMatch(/needs bins = 5/);
  });
});
