/* eslint-disable @typescript-eslint/no-explicit-any */
import { afterEach, describe, expect, it, vi } from "vitest";
import { segment, recency, frequency } from "../functions/functions";
import { setLiveModel } from "../functions/liveModelHolder";
import { PENDING_LIMIT_MS } from "../functions/streamCustomer";
import { createExcelRun, WorkbookModel } from "../playground/workbook";
import { segmentCustomers } from "../workflows/segmentCustomers";
import type { ExcelRunner } from "./excelRunner";
import { LiveModel } from "./LiveModel";

/** A cell's formula: a streaming invocation whose every pushed value is recorded. */
function cell(fn: (...args: any[]) => void, id: string) {
  const values: unknown[] = [];
  const invocation: { setResult: (v: unknown) => void; onCanceled?: () => void } = { setResult: (v) => values.push(v) };
  fn(id, undefined, undefined, undefined, undefined, invocation);
  return { values, last: () => values[values.length - 1], cancel: () => invocation.onCanceled?.() };
}

async function boundWorkbook() {
  const model = new WorkbookModel(["Orders"]);
  const rows = [
    ["Customer", "Date", "Amount"],
    ["C001", 45300, 100],
    ["C002", 45310, 20],
    ["C001", 45320, 50],
    ["C003", 45100, 5],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => model.sheets[0].writeValue(r, c, v)));
  model.tables.push({
    id: "t",
    name: "Orders",
    sheetId: model.sheets[0].id,
    rect: { row: 0, col: 0, rows: rows.length, cols: 3 },
    style: "",
  });
  model.selection = { sheetId: model.sheets[0].id, rect: { row: 1, col: 1, rows: 1, cols: 1 } };
  const run = createExcelRun(model) as unknown as ExcelRunner;
  return { model, run };
}

afterEach(() => {
  setLiveModel(null);
  delete (globalThis as { Office?: unknown }).Office;
  vi.useRealTimers();
});

describe("the live model behind =RFM.SEGMENT(A2)", () => {
  it("says how to create one when no run has bound any orders", async () => {
    const { run } = await boundWorkbook();
    const live = new LiveModel(run, { lang: () => "en" });
    setLiveModel(live);
    await live.load();
    expect(live.state).toBe("none");
    const c = cell(segment, "C001");
    expect(c.last()).toMatchObject({ code: "#N/A", message: expect.stringMatching(/^No segments yet: run Segment customers/) });
  });

  it("answers from the orders bound by the last run, and names the source for an unknown customer", async () => {
    const { run } = await boundWorkbook();
    await segmentCustomers(run, { lang: "en", options: {}, confirmReplace: async () => true, runAt: "2026-11-23T00:00:00Z" });
    const live = new LiveModel(run, { lang: () => "en", debounceMs: 5 });
    setLiveModel(live);
    await live.load();
    expect(live.state).toBe("ready");
    expect(cell(frequency, "C001").last()).toBe(2);
    expect(typeof cell(segment, "C002").last()).toBe("string");
    expect(cell(segment, "ZZZ").last()).toMatchObject({ code: "#N/A", message: "No orders for ZZZ in Orders!A1:C5" });
  });

  it("pushes new values to the cells when orders are pasted under the table or edited, with no recalculation asked", async () => {
    const { model, run } = await boundWorkbook();
    await segmentCustomers(run, { lang: "en", options: {}, confirmReplace: async () => true, runAt: "2026-11-23T00:00:00Z" });
    const live = new LiveModel(run, { lang: () => "en", debounceMs: 5 });
    setLiveModel(live);
    await live.load();
    const freq = cell(frequency, "C002");
    const newcomer = cell(frequency, "C009");
    expect(freq.last()).toBe(1);
    expect(newcomer.last()).toMatchObject({ code: "#N/A" });

    // Paste two orders right under the table: it grows, the sheet's change event fires.
    model.userEdit("Orders", { row: 5, col: 0, rows: 2, cols: 3 }, [
      ["C002", 45330, 30],
      ["C009", 45331, 9],
    ]);
    await new Promise((r) => setTimeout(r, 20));
    await live.whenReady();
    expect(freq.last()).toBe(2);
    expect(newcomer.last()).toBe(1);

    // Edit a cell inside: C003's order now belongs to C002.
    const days = cell(recency, "C002");
    const before = days.last();
    model.userEdit("Orders", { row: 4, col: 0, rows: 1, cols: 1 }, [["C002"]]);
    await new Promise((r) => setTimeout(r, 20));
    await live.whenReady();
    expect(freq.last()).toBe(3);
    expect(days.last()).toBe(before); // the moved order is older: recency unchanged
    expect(cell(segment, "C003").last()).toMatchObject({ code: "#N/A" });

    // A cancelled cell (deleted formula) is no longer updated.
    freq.cancel();
    const count = freq.values.length;
    model.userEdit("Orders", { row: 7, col: 0, rows: 1, cols: 3 }, [["C002", 45332, 1]]);
    await new Promise((r) => setTimeout(r, 20));
    await live.whenReady();
    expect(freq.values.length).toBe(count);
  });

  it("never leaves a cell pending past the limit while the orders are still being read", async () => {
    vi.useFakeTimers();
    const { run } = await boundWorkbook();
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "zh-CN" } };
    const live = new LiveModel(run, { lang: () => "zh-CN" });
    live.state = "loading";
    setLiveModel(live);
    const c = cell(segment, "C001");
    expect(c.values).toHaveLength(0);
    vi.advanceTimersByTime(PENDING_LIMIT_MS);
    expect(c.last()).toMatchObject({ code: "#N/A", message: "正在读取订单，请稍候……" });
  });
});

describe("RFM.CLV and RFM.PALIVE in id form", () => {
  it("fit the customer-value models on the live orders when first asked", async () => {
    const { simulateBgNbd } = await import("../../bench/simulateBgNbd");
    const { clv, pAlive } = await import("../functions/functions");
    const model = new WorkbookModel(["Orders"]);
    const sim = simulateBgNbd(200, { r: 0.6, alpha: 4, a: 1.3, b: 3.5 }, 21);
    const rows: unknown[][] = [["Customer", "Date", "Amount"]];
    sim.x.forEach((x, c) => {
      const first = 45231 - Math.ceil(sim.T[c] * 7);
      for (let k = 0; k <= x; k++)
        rows.push([`K${c}`, k === 0 ? first : first + Math.round((sim.tx[c] * 7 * k) / x), 25 + ((c + k) % 5) * 10]);
    });
    rows.forEach((row, r) => row.forEach((v, c) => model.sheets[0].writeValue(r, c, v)));
    model.selection = { sheetId: model.sheets[0].id, rect: { row: 0, col: 0, rows: rows.length, cols: 3 } };
    const run = createExcelRun(model) as unknown as ExcelRunner;
    await segmentCustomers(run, { lang: "en", options: {}, confirmReplace: async () => true, runAt: "2026-11-23T00:00:00Z" });
    const live = new LiveModel(run, { lang: () => "en" });
    setLiveModel(live);
    await live.load();
    expect(live.result?.models).toBeUndefined(); // the run did not ask for them
    const value = cell(clv, "K1");
    const alive = cell(pAlive, "K1");
    await live.whenReady();
    expect(live.result?.models?.bgnbd.status).toBe("fitted");
    expect(value.last()).toBeGreaterThan(0);
    expect(alive.last()).toBeGreaterThan(0);
    expect(alive.last()).toBeLessThanOrEqual(1);
  });
});
