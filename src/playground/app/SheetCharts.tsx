import {
  Chart,
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Title,
  Tooltip,
} from "chart.js";
import { useEffect, useRef } from "react";
import type { ChartModel, SheetModel } from "../workbook/SheetModel";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Title, Tooltip);

/** Chart.js configuration for a chart object: categories and series read from its source range. */
export function chartConfig(sheet: SheetModel, chart: ChartModel) {
  const { row, col, rows, cols } = chart.source;
  const byColumns = chart.seriesBy !== "Rows";
  const cell = (r: number, c: number) => sheet.value(row + r, col + c);
  const seriesCount = byColumns ? cols - 1 : rows - 1;
  const pointCount = byColumns ? rows - 1 : cols - 1;
  const labels = Array.from({ length: pointCount }, (_, i) => String(byColumns ? cell(i + 1, 0) : cell(0, i + 1)));
  const palette = [
    "#0F6CBD",
    "#E3008C",
    "#13A10E",
    "#FF8C00",
    "#8764B8",
    "#038387",
    "#C50F1F",
    "#986F0B",
    "#4F6BED",
    "#5C2E91",
    "#00B7C3",
    "#A4262C",
  ];
  const datasets = Array.from({ length: seriesCount }, (_, s) => ({
    label: String(byColumns ? cell(0, s + 1) : cell(s + 1, 0)),
    data: Array.from({ length: pointCount }, (_, i) => Number((byColumns ? cell(i + 1, s + 1) : cell(s + 1, i + 1)) || 0)),
    backgroundColor: palette[s % palette.length],
    borderColor: palette[s % palette.length],
  }));
  const stacked = /Stacked/.test(chart.type);
  return {
    type: /Line/.test(chart.type) ? ("line" as const) : ("bar" as const),
    data: { labels, datasets },
    options: {
      responsive: false,
      animation: false as const,
      plugins: { title: { display: true, text: chart.title } },
      scales: { x: { stacked }, y: { stacked } },
    },
  };
}

/** The charts the add-in created on this sheet, drawn from their chart objects. */
export function SheetCharts({ sheet, version }: { sheet: SheetModel; version: number }) {
  return (
    <div style={{ display: "flex", flexShrink: 0, gap: 12, overflowX: "auto", padding: sheet.charts.length ? 8 : 0 }}>
      {sheet.charts.map((chart, i) => (
        <ChartCanvas key={`${i}-${version}`} sheet={sheet} chart={chart} />
      ))}
    </div>
  );
}

function ChartCanvas({ sheet, chart }: { sheet: SheetModel; chart: ChartModel }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const instance = new Chart(canvas.current, chartConfig(sheet, chart));
    return () => instance.destroy();
  }, [sheet, chart]);
  return <canvas ref={canvas} width={520} height={260} role="img" aria-label={chart.title || chart.name} />;
}
