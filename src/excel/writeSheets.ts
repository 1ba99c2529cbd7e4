import type { AnalysisResult, Lang } from "../core/types";
import { writePairs, writeRows, writeTable, type BlockWriteOptions } from "./writeBlocks";
import {
  cohortOutput,
  customerTable,
  heatmapGrids,
  issueTable,
  kpiTable,
  migrationGrid,
  parameterTable,
  segmentTable,
  thresholdTable,
} from "./outputTables";
import type { Migration } from "../core/models/migrateSegments";

export interface SheetWriteContext extends BlockWriteOptions {
  result: AnalysisResult;
  lang: Lang;
  /** Table names to use (temporary during the run, renamed at the end). */
  tableNames: { customers: string; segments: string; thresholds: string; issues: string; cohorts: string; pivot: string };
  /** Segment migration to write, when a comparison date was chosen. */
  migration?: Migration;
  sourceAddress: string;
  sourceSheet: string;
  runAt: string;
}

const TITLE = {
  en: {
    summary: "RFM summary",
    kpis: "Key figures",
    params: "Run",
    segments: "Segments",
    thresholds: "Thresholds",
    heatCount: "Customers by R and F",
    heatMoney: "Mean monetary value by R and F",
    chart: "Share of customers and revenue by segment",
  },
  "zh-CN": {
    summary: "RFM 汇总",
    kpis: "关键指标",
    params: "运行参数",
    segments: "客户分群",
    thresholds: "分界点",
    heatCount: "按 R、F 的客户数",
    heatMoney: "按 R、F 的平均消费金额",
    chart: "各分群客户与销售额占比",
  },
} as const;

/** `RFM Customers`: the customer table, frozen header, autofit. */
export async function writeCustomersSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, w: SheetWriteContext): Promise<void> {
  await writeTable(context, sheet, 0, 0, customerTable(w.result, w.lang), w.tableNames.customers, w);
  sheet.freezePanes.freezeRows(1);
  sheet.getRangeByIndexes(0, 0, 1, customerTable(w.result, w.lang).header.length).getEntireColumn().format.autofitColumns();
  await context.sync();
}

/** `RFM Summary`: KPIs, run parameters, the segment table with advice, a PivotTable, a chart, thresholds. */
export async function writeSummarySheet(context: Excel.RequestContext, sheet: Excel.Worksheet, w: SheetWriteContext): Promise<void> {
  const t = TITLE[w.lang];
  const segments = segmentTable(w.result, w.lang);
  sheet.getRange("A1").values = [[t.summary]];
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("A2").values = [[t.kpis]];
  writePairs(sheet, 2, 0, kpiTable(w.result, w.lang));
  sheet.getRange("D2").values = [[t.params]];
  writePairs(sheet, 2, 3, parameterTable(w.result, w.lang, w.sourceAddress, w.runAt));
  await context.sync();

  const segRow = 18;
  sheet.getRangeByIndexes(segRow - 1, 0, 1, 1).values = [[t.segments]];
  await writeTable(context, sheet, segRow, 0, segments, w.tableNames.segments, w);
  const thrRow = segRow + segments.rows.length + 4;
  sheet.getRangeByIndexes(thrRow - 1, 0, 1, 1).values = [[t.thresholds]];
  await writeTable(context, sheet, thrRow, 0, thresholdTable(w.result, w.lang), w.tableNames.thresholds, {
    ...w,
    style: "TableStyleLight9",
  });

  // Chart data: segment, share of customers, share of revenue (a contiguous block the chart binds to).
  const chartRows = w.result.segments.map((s, i) => [segments.rows[i][0], s.customerShare, s.revenueShare]);
  const chartCol = 23; // column X, out of the way of the tables
  const chartHeader = [segments.header[0], segments.header[2], segments.header[5]];
  await writeRows(context, sheet, segRow, chartCol, [chartHeader, ...chartRows], w);
  sheet.getRangeByIndexes(segRow + 1, chartCol + 1, Math.max(1, chartRows.length), 2).numberFormat = [["0.0%"]];
  const chart = sheet.charts.add(
    "ColumnClustered" as Excel.ChartType,
    sheet.getRangeByIndexes(segRow, chartCol, chartRows.length + 1, 3),
    "Columns" as Excel.ChartSeriesBy,
  );
  chart.title.text = t.chart;
  chart.setPosition(sheet.getRange("H3"), sheet.getRange("P16"));

  // A native PivotTable over the customer table: customers and revenue per segment.
  const pivot = sheet.pivotTables.add(w.tableNames.pivot, context.workbook.tables.getItem(w.tableNames.customers), sheet.getRange("R3"));
  const headers = customerTable(w.result, w.lang).header;
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(headers[11]));
  const count = pivot.dataHierarchies.add(pivot.hierarchies.getItem(headers[0]));
  count.summarizeBy = "Count" as Excel.AggregationFunction;
  const revenue = pivot.dataHierarchies.add(pivot.hierarchies.getItem(headers[5]));
  revenue.summarizeBy = "Sum" as Excel.AggregationFunction;
  sheet.getRange("A:F").format.autofitColumns();
  await context.sync();
}

/** `RFM Heatmap`: R × F grids of customer counts and mean monetary value, each with a 3-colour scale. */
export async function writeHeatmapSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, w: SheetWriteContext): Promise<void> {
  const t = TITLE[w.lang];
  const grids = heatmapGrids(w.result, w.lang);
  const n = w.result.options.bins;
  const place = (row: number, title: string, grid: unknown[][], format: string) => {
    sheet.getRangeByIndexes(row, 0, 1, 1).values = [[title]];
    sheet.getRangeByIndexes(row, 0, 1, 1).format.font.bold = true;
    sheet.getRangeByIndexes(row + 1, 0, n + 1, n + 1).values = grid;
    const body = sheet.getRangeByIndexes(row + 2, 1, n, n);
    body.numberFormat = [[format]];
    const scale = body.conditionalFormats.add("ColorScale" as Excel.ConditionalFormatType);
    scale.colorScale.criteria = {
      minimum: { type: "LowestValue" as Excel.ConditionalFormatColorCriterionType, color: "#F8696B" },
      midpoint: { type: "Percentile" as Excel.ConditionalFormatColorCriterionType, formula: "50", color: "#FFEB84" },
      maximum: { type: "HighestValue" as Excel.ConditionalFormatColorCriterionType, color: "#63BE7B" },
    };
  };
  place(0, `${t.heatCount} — ${grids.labels.r} × ${grids.labels.f}`, grids.counts, "0");
  place(n + 4, `${t.heatMoney} — ${grids.labels.r} × ${grids.labels.f}`, grids.monetary, "#,##0.00");
  await context.sync();
}

/** `RFM Issues`: every rejected or excluded row, located, with a link to the source cell. */
export async function writeIssuesSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, w: SheetWriteContext): Promise<void> {
  await writeTable(context, sheet, 0, 0, issueTable(w.result, w.lang, w.sourceSheet), w.tableNames.issues, {
    ...w,
    style: "TableStyleLight10",
  });
  sheet.freezePanes.freezeRows(1);
  sheet.getRange("A:G").format.autofitColumns();
  await context.sync();
}

/** A 3-colour scale (red → yellow → green) on a block of numbers. */
function colourScale(range: Excel.Range): void {
  range.conditionalFormats.add("ColorScale" as Excel.ConditionalFormatType).colorScale.criteria = {
    minimum: { type: "LowestValue" as Excel.ConditionalFormatColorCriterionType, color: "#F8696B" },
    midpoint: { type: "Percentile" as Excel.ConditionalFormatColorCriterionType, formula: "50", color: "#FFEB84" },
    maximum: { type: "HighestValue" as Excel.ConditionalFormatColorCriterionType, color: "#63BE7B" },
  };
}

/** `RFM Cohorts`: retention by month of first purchase × months since, a colour scale, and a chart of the average curve. */
export async function writeCohortsSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, w: SheetWriteContext): Promise<void> {
  const table = cohortOutput(w.result, w.lang);
  const width = table.header.length;
  await writeTable(context, sheet, 0, 0, table, w.tableNames.cohorts, { ...w, style: "TableStyleLight9" });
  if (table.rows.length > 0) colourScale(sheet.getRangeByIndexes(1, 2, table.rows.length, width - 2));
  // The customer-weighted average share buying N months after the first purchase, for the chart.
  const cohorts = w.result.cohorts ?? [];
  const avg = Array.from({ length: width - 2 }, (_, k) => {
    const eligible = cohorts.filter((c) => k < c.retention.length);
    const customers = eligible.reduce((s, c) => s + c.customers, 0);
    return customers ? eligible.reduce((s, c) => s + c.retention[k] * c.customers, 0) / customers : 0;
  });
  const chartRow = table.rows.length + 3;
  const label = w.lang === "zh-CN" ? "平均仍购买占比" : "Average share still buying";
  sheet.getRangeByIndexes(chartRow, 1, 2, width - 1).values = [
    ["", ...table.header.slice(2)],
    [label, ...avg],
  ];
  sheet.getRangeByIndexes(chartRow + 1, 2, 1, width - 2).numberFormat = [["0.0%"]];
  const chart = sheet.charts.add(
    "Line" as Excel.ChartType,
    sheet.getRangeByIndexes(chartRow, 1, 2, width - 1),
    "Rows" as Excel.ChartSeriesBy,
  );
  chart.title.text = label;
  chart.setPosition(sheet.getRangeByIndexes(chartRow + 3, 0, 1, 1), sheet.getRangeByIndexes(chartRow + 18, 8, 1, 1));
  sheet.freezePanes.freezeRows(1);
  await context.sync();
}

/** `RFM Migration`: customers and revenue from each earlier segment to each later one, colour scales, and a chart. */
export async function writeMigrationSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, w: SheetWriteContext): Promise<void> {
  const migration = w.migration!;
  const n = migration.segments.length;
  const titles =
    w.lang === "zh-CN"
      ? ["客户数（行：之前的分群，列：之后的分群）", "之后的销售额"]
      : ["Customers (rows: earlier segment, columns: later segment)", "Revenue at the later date"];
  [
    [0, titles[0], migrationGrid(migration, "counts"), "0"],
    [n + 4, titles[1], migrationGrid(migration, "revenue"), "#,##0.00"],
  ].forEach(([row, title, grid, format]) => {
    const r = row as number;
    sheet.getRangeByIndexes(r, 0, 1, 1).values = [[title]];
    sheet.getRangeByIndexes(r, 0, 1, 1).format.font.bold = true;
    sheet.getRangeByIndexes(r + 1, 0, n + 1, n + 1).values = grid as unknown[][];
    const body = sheet.getRangeByIndexes(r + 2, 1, n, n);
    body.numberFormat = [[format as string]];
    colourScale(body);
  });
  const chart = sheet.charts.add(
    "ColumnStacked" as Excel.ChartType,
    sheet.getRangeByIndexes(1, 0, n + 1, n + 1),
    "Columns" as Excel.ChartSeriesBy,
  );
  chart.title.text = w.lang === "zh-CN" ? "各分群客户的来源" : "Where each segment's customers came from";
  chart.setPosition(sheet.getRangeByIndexes(2 * n + 8, 0, 1, 1), sheet.getRangeByIndexes(2 * n + 26, 9, 1, 1));
  sheet.getRangeByIndexes(0, 0, 1, 1).format.autofitColumns();
  await context.sync();
}
