import type { WorkbookModel, PivotModel } from "./WorkbookModel";

/**
 * What a PivotTable shows: a header row, one row per distinct value of its row field (sorted), and
 * a grand total — each data field counted or summed over the source table's rows, as Excel's
 * compact layout lays it out.
 * @example pivotValues(model, pivot) // [["Segment", "Count of Customer", "Sum of Monetary"], ["Champions", 139, 109010], …, ["Grand Total", 995, 464158]]
 */
export function pivotValues(model: WorkbookModel, pivot: PivotModel): unknown[][] {
  const sheet = model.findSheet(pivot.source.sheetId);
  if (!sheet) return [["#REF!"]];
  const rect = model.tables.find((t) => t.id === pivot.sourceTableId)?.rect ?? pivot.source.rect;
  const headers = Array.from({ length: rect.cols }, (_, j) => String(sheet.value(rect.row, rect.col + j)));
  const rowField = pivot.rows[0];
  const rowCol = headers.indexOf(rowField);
  const dataCols = pivot.data.map((d) => headers.indexOf(d.field));
  const groups = new Map<string, number[]>();
  const totals = pivot.data.map(() => 0);
  for (let r = rect.row + 1; r < rect.row + rect.rows; r++) {
    const key = rowCol >= 0 ? String(sheet.value(r, rect.col + rowCol)) : "";
    let acc = groups.get(key);
    if (!acc) groups.set(key, (acc = pivot.data.map(() => 0)));
    pivot.data.forEach((d, k) => {
      const v = dataCols[k] >= 0 ? sheet.value(r, rect.col + dataCols[k]) : "";
      const add = d.summarizeBy === "Count" ? (v === "" ? 0 : 1) : typeof v === "number" ? v : 0;
      acc![k] += add;
      totals[k] += add;
    });
  }
  const label = (d: PivotModel["data"][number]) => `${d.summarizeBy === "Count" ? "Count" : "Sum"} of ${d.field}`;
  return [
    [rowField ?? "", ...pivot.data.map(label)],
    ...[...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, ...v]),
    ["Grand Total", ...totals],
  ];
}
