import {
  Button,
  FluentProvider,
  Switch,
  Tab,
  TabList,
  Toolbar,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
  Dropdown,
  Option,
  Text,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang } from "../../core/types";
import type { PaneServices } from "../../excel/paneServices";
import { App } from "../../taskpane/App";
import type { RunController } from "../../workflows/runController";
import type { FormulaEngine } from "../formulas/FormulaEngine";
import type { PlaygroundHost } from "../host/installHost";
import type { WorkbookModel } from "../workbook/WorkbookModel";
import { Grid } from "./Grid";
import { SheetCharts } from "./SheetCharts";
import { csvCells, loadOrdersIntoSheet } from "./loadOrdersIntoSheet";
import { sampleOrders } from "./sampleOrders";
import { workbookToXlsx } from "./workbookToXlsx";

const useStyles = makeStyles({
  root: { display: "flex", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  book: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  pane: { width: "380px", flexShrink: 0, overflowY: "auto", borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
});

const TEXT = {
  en: {
    open: "Open orders file",
    sample: "Load sample orders",
    download: "Download workbook",
    dark: "Dark theme",
    language: "Language",
    sheets: "Sheets",
    grid: "Sheet",
  },
  "zh-CN": {
    open: "Open orders file",
    sample: "载入示例订单",
    download: "Download workbook",
    dark: "深色主题",
    language: "语言",
    sheets: "工作表",
    grid: "工作表",
  },
} as const;

export interface PlaygroundProps {
  model: WorkbookModel;
  host: PlaygroundHost;
  engine: FormulaEngine;
  services: PaneServices;
  controller: RunController;
  /** Bumped by the host whenever the workbook changes, so the grid redraws. */
  subscribe: (redraw: () => void) => void;
}

/** The whole add-in in a browser: the workbook (stand-in) on the left, the real task pane on the right. */
export function Playground({ model, host, engine, services, controller, subscribe }: PlaygroundProps) {
  const styles = useStyles();
  const [version, setVersion] = useState(0);
  const [lang, setLang] = useState<Lang>("zh-CN");
  const [dark, setDark] = useState(false);
  useEffect(() => subscribe(() => setVersion((v) => v + 1)), [subscribe]);
  const t = TEXT[lang];
  const active = model.sheets.find((s) => s.id === model.activeSheetId) ?? model.sheets[0];
  const redraw = () => setVersion((v) => v + 1);

  const open = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let cells: unknown[][];
    if (/\.xlsx$/i.test(file.name)) {
      const ExcelJS = (await import("exceljs")).default;
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes.buffer as ArrayBuffer);
      const ws = book.worksheets[0];
      cells = [];
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        cells[r - 1] = (row.values as unknown[])
          .slice(1)
          .map((v) =>
            v instanceof Date
              ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000
              : typeof v === "object" && v !== null
                ? String((v as { result?: unknown; text?: unknown }).result ?? (v as { text?: unknown }).text ?? "")
                : (v ?? ""),
          );
      });
    } else cells = csvCells(bytes);
    loadOrdersIntoSheet(model, file.name, cells);
    redraw();
  };
  const download = async () => {
    const bytes = await workbookToXlsx(model, (sheetId, r, c) => {
      const sheet = model.findSheet(sheetId);
      return sheet ? engine.spilled(sheet, r, c) : undefined;
    });
    const url = URL.createObjectURL(
      new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
    );
    const a = document.createElement("a");
    a.href = url;
    a.download = "rfm-playground.xlsx";
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.root}>
        <div className={styles.book}>
          <Toolbar aria-label="Workbook">
            <label>
              <Text size={200}>{t.open}</Text>{" "}
              <input
                type="file"
                aria-label="Open orders file"
                accept=".csv,.txt,.tsv,.xlsx"
                onChange={(e) => e.target.files?.[0] && void open(e.target.files[0])}
              />
            </label>
            <Button
              onClick={() => {
                loadOrdersIntoSheet(model, lang === "zh-CN" ? "示例订单" : "Sample orders", sampleOrders());
                redraw();
              }}
            >
              {t.sample}
            </Button>
            <Button onClick={() => void download()}>Download workbook</Button>
            <Dropdown
              aria-label={t.language}
              value={lang === "zh-CN" ? "简体中文" : "English"}
              selectedOptions={[lang]}
              onOptionSelect={(_, d) => {
                const next = (d.optionValue as Lang) ?? "en";
                host.setLanguage(next);
                setLang(next);
              }}
            >
              <Option value="en">English</Option>
              <Option value="zh-CN">简体中文</Option>
            </Dropdown>
            <Switch
              label={t.dark}
              checked={dark}
              onChange={(_, d) => {
                host.setDark(d.checked);
                setDark(d.checked);
              }}
            />
          </Toolbar>
          <TabList
            aria-label={t.sheets}
            selectedValue={active?.id}
            onTabSelect={(_, d) => {
              model.activeSheetId = String(d.value);
              redraw();
            }}
          >
            {model.sheets.map((s) => (
              <Tab key={s.id} value={s.id}>
                {s.name}
              </Tab>
            ))}
          </TabList>
          {active && <SheetCharts sheet={active} version={version} />}
          {active && (
            <Grid
              key={active.id}
              model={model}
              sheet={active}
              engine={engine}
              version={version}
              label={`${t.grid} ${active.name}`}
              onPaste={(row, col, cells) => {
                const rect = { row, col, rows: cells.length, cols: cells[0].length };
                model.userEdit(active.name, rect, cells);
                engine.edited(active, rect);
                redraw();
              }}
              onEdit={(row, col, text) => {
                model.userEdit(active.name, { row, col, rows: 1, cols: 1 }, [[text]]);
                engine.edited(active, { row, col, rows: 1, cols: 1 });
                redraw();
              }}
            />
          )}
        </div>
        <aside className={styles.pane} aria-label="RFM">
          <App
            key={`${lang}-${dark}`}
            services={services}
            controller={controller}
            initialLang={lang}
            dark={dark}
            today={() => new Date().toLocaleDateString("en-CA")}
          />
        </aside>
      </div>
    </FluentProvider>
  );
}
