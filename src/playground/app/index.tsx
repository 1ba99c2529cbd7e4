import { createRoot } from "react-dom/client";
import type { ExcelRunner } from "../../excel/excelRunner";
import { paneServices } from "../../excel/paneServices";
import { getLiveModel } from "../../functions/liveModelHolder";
import { RunController } from "../../workflows/runController";
import { FormulaEngine, type FunctionMetadata } from "../formulas/FormulaEngine";
import { installHost } from "../host/installHost";
import { createExcelRun, WorkbookModel } from "../workbook";
import { loadOrdersIntoSheet } from "./loadOrdersIntoSheet";
import { Playground } from "./Playground";
import { sampleOrders } from "./sampleOrders";

// The stand-in workbook, then the host globals, then the add-in's own functions bundle code, which
// registers itself through CustomFunctions.associate exactly as in Excel.
const model = new WorkbookModel(["Sheet1"]);
const host = installHost(model, "zh-CN");
const redraws = new Set<() => void>();
const changed = () => redraws.forEach((r) => r());

async function start() {
  await import("../../functions/functions");
  const metadata: FunctionMetadata[] = (await (await fetch("functions.json")).json()).functions;
  const engine = new FormulaEngine(model, host.functions, metadata, changed);
  // Every edit the add-in or the user makes re-runs the formulas that depend on it.
  for (const sheet of model.sheets) model.onSheetChanged(sheet.id, changed);
  const sample = sampleOrders();
  const name = loadOrdersIntoSheet(model, "示例订单", sample);
  // As an Excel table, so orders pasted right under it extend it (and the live formulas follow).
  model.tables.push({
    id: "sample",
    name: "订单",
    sheetId: model.findSheet(name)!.id,
    rect: { row: 0, col: 0, rows: sample.length, cols: sample[0].length },
    style: "TableStyleMedium2",
  });
  const run = createExcelRun(model) as unknown as ExcelRunner;
  // For the browser tests: the workbook behind the page, and how to tell the page it changed.
  (globalThis as { rfmPlayground?: unknown }).rfmPlayground = { model, changed };
  const controller = new RunController(run, () => new Date().toISOString());
  controller.subscribe(changed);
  // As in Excel's shared runtime: a finished run binds the orders the live formulas follow.
  let last: unknown = null;
  controller.subscribe((state) => {
    if (state.status === "done" && state.outcome !== last) {
      last = state.outcome;
      void getLiveModel()?.load();
    }
  });
  createRoot(document.getElementById("root")!).render(
    <Playground
      model={model}
      host={host}
      engine={engine}
      services={paneServices(run)}
      controller={controller}
      subscribe={(r) => void redraws.add(r)}
    />,
  );
}

void start();
