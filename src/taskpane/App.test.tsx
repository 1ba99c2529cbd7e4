import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PaneServices } from "../excel/paneServices";
import { RunController } from "../workflows/runController";
import { App } from "./App";

const services: PaneServices = { chooseSource: async () => Promise.reject(new Error("unused")), activateSheet: async () => undefined };
const controller = new RunController((async () => undefined) as never, () => "");

describe("task pane renders in both languages", () => {
  it.each([
    ["en", ["RFM customer segments", "Use selection", "As-of date", "Segment customers", "Quantiles (default)", "Standard (11 segments)"]],
    ["zh-CN", ["RFM 客户分群", "使用所选区域", "分析基准日", "客户分群", "分位数（默认）", "标准（11 个分群）"]],
  ] as const)("%s", (lang, texts) => {
    const html = renderToString(
      <App services={services} controller={controller} initialLang={lang} dark={false} today={() => "2026-11-23"} />,
    );
    for (const text of texts) expect(html).toContain(text);
    // Every form control has an accessible name.
    expect(html).not.toMatch(/<input(?![^>]*(aria-label|aria-labelledby|id=))[^>]*>/);
  });
});
