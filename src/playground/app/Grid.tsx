import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { columnLetters } from "../../core/orders/detectColumns";
import type { FormulaEngine } from "../formulas/FormulaEngine";
import type { SheetModel } from "../workbook/SheetModel";
import type { WorkbookModel } from "../workbook/WorkbookModel";
import { cellText, colourScaleFill } from "./cellDisplay";
import { pivotValues } from "../workbook/pivotValues";

const ROW_HEIGHT = 24;
const COL_WIDTH = 110;
const OVERSCAN = 10;

const useStyles = makeStyles({
  viewport: {
    overflow: "auto",
    position: "relative",
    flexGrow: 1,
    minHeight: 0,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  row: { display: "flex", position: "absolute", left: 0, height: `${ROW_HEIGHT}px` },
  cell: {
    width: `${COL_WIDTH}px`,
    flexShrink: 0,
    boxSizing: "border-box",
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 4px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground1,
  },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "center",
    position: "sticky",
    zIndex: 1,
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  number: { textAlign: "right" },
  editor: { width: "100%", boxSizing: "border-box", font: "inherit" },
});

export interface GridProps {
  model: WorkbookModel;
  sheet: SheetModel;
  engine: FormulaEngine;
  version: number;
  label: string;
  onEdit: (row: number, col: number, text: string) => void;
  /** A tab-separated block pasted at the cursor (what Excel puts on the clipboard). */
  onPaste: (row: number, col: number, cells: string[][]) => void;
}

/**
 * The sheet as a grid: only the visible rows are drawn (a million-row sheet scrolls smoothly),
 * frozen rows stay on top, tables show a bold header, colour scales and spilled results appear as
 * in Excel. Arrow keys move the selection; Enter or double-click edits; Enter commits.
 */
export function Grid({ model, sheet, engine, version, label, onEdit, onPaste }: GridProps) {
  const styles = useStyles();
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [editing, setEditing] = useState<string | null>(null);
  const sel = model.selection?.sheetId === sheet.id ? model.selection.rect : { row: 0, col: 0, rows: 1, cols: 1 };
  const [cursor, setCursor] = useState({ row: sel.row, col: sel.col });
  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  void version;

  // Computed when the workbook changes, not on every scroll frame: a sheet may hold a million rows.
  const used = useMemo(() => sheet.usedRect(), [sheet, version]);
  const rowCount = Math.max(used.row + used.rows + 50, 100);
  const colCount = Math.max(used.col + used.cols + 3, 12);
  const frozen = sheet.frozenRows;
  const first = Math.max(frozen, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const tables = model.tables.filter((t) => t.sheetId === sheet.id);
  // PivotTables on this sheet, laid out at their destination as Excel shows them (recomputed on change only).
  const pivotCells = useMemo(() => {
    const cells = new Map<string, unknown>();
    for (const pivot of model.pivots.filter((p) => p.sheetId === sheet.id)) {
      pivotValues(model, pivot).forEach((row, i) =>
        row.forEach((v, j) => cells.set(`${pivot.destination.row + i}:${pivot.destination.col + j}`, v)),
      );
    }
    return cells;
  }, [model, sheet, version]);

  const select = (row: number, col: number) => {
    setCursor({ row, col });
    model.selection = { sheetId: sheet.id, rect: { row, col, rows: 1, cols: 1 } };
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing !== null) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      select(Math.max(0, cursor.row + move[0]), Math.max(0, cursor.col + move[1]));
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      setEditing(String(sheet.formula(cursor.row, cursor.col) ?? ""));
    }
  };

  const renderRow = (r: number, sticky: boolean) => (
    <div
      key={r}
      className={styles.row}
      role="row"
      style={{ top: sticky ? undefined : (r + 1) * ROW_HEIGHT, position: sticky ? "sticky" : "absolute", zIndex: sticky ? 1 : undefined }}
    >
      <div className={`${styles.cell} ${styles.head}`} style={{ width: 48, left: 0 }} role="rowheader">
        {r + 1}
      </div>
      {Array.from({ length: colCount }, (_, c) => {
        const value = sheet.value(r, c);
        const shown = value === "" ? (engine.spilled(sheet, r, c) ?? pivotCells.get(`${r}:${c}`) ?? "") : value;
        const isSelected = cursor.row === r && cursor.col === c;
        const fill = colourScaleFill(sheet, r, c, shown);
        // Table style: a bold, tinted header row and banded data rows.
        const table = tables.find(
          (t) => r >= t.rect.row && r < t.rect.row + t.rect.rows && c >= t.rect.col && c < t.rect.col + t.rect.cols,
        );
        const isHeader = table !== undefined && r === table.rect.row;
        const banded = table !== undefined && !isHeader && (r - table.rect.row) % 2 === 0;
        return (
          <div
            key={c}
            role="gridcell"
            data-cell={`${columnLetters(c)}${r + 1}`}
            aria-selected={isSelected}
            className={`${styles.cell} ${typeof shown === "number" ? styles.number : ""} ${isSelected ? styles.selected : ""}`}
            style={{
              background: fill ?? (isHeader ? tokens.colorBrandBackground2 : banded ? tokens.colorNeutralBackground2 : undefined),
              fontWeight: isHeader ? 600 : undefined,
            }}
            onClick={() => select(r, c)}
            onDoubleClick={() => {
              select(r, c);
              setEditing(String(sheet.formula(r, c) ?? ""));
            }}
          >
            {isSelected && editing !== null ? (
              <input
                autoFocus
                aria-label={`${columnLetters(c)}${r + 1}`}
                className={styles.editor}
                value={editing}
                onChange={(e) => setEditing(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    onEdit(r, c, editing);
                    setEditing(null);
                    select(r + 1, c);
                    viewport.current?.focus();
                  } else if (e.key === "Escape") setEditing(null);
                }}
              />
            ) : (
              cellText(shown, sheet.numberFormat(r, c))
            )}
          </div>
        );
      })}
    </div>
  );

  return (
    <div
      ref={viewport}
      className={styles.viewport}
      role="grid"
      aria-label={label}
      aria-rowcount={rowCount}
      tabIndex={0}
      onKeyDown={onKey}
      onPaste={(e) => {
        if (editing !== null) return;
        const text = e.clipboardData.getData("text/plain").replace(/\r?\n$/, "");
        if (!text) return;
        e.preventDefault();
        const rows = text.split(/\r?\n/).map((line) => line.split("\t"));
        const width = Math.max(...rows.map((r) => r.length));
        onPaste(
          cursor.row,
          cursor.col,
          rows.map((r) => [...r, ...new Array<string>(width - r.length).fill("")]),
        );
      }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div style={{ height: (rowCount + 1) * ROW_HEIGHT, width: 48 + colCount * COL_WIDTH, position: "relative" }}>
        <div className={styles.row} role="row" style={{ position: "sticky", top: 0, zIndex: 2 }}>
          <div className={`${styles.cell} ${styles.head}`} style={{ width: 48 }} />
          {Array.from({ length: colCount }, (_, c) => (
            <div key={c} className={`${styles.cell} ${styles.head}`} role="columnheader">
              {columnLetters(c)}
            </div>
          ))}
        </div>
        {Array.from({ length: frozen }, (_, r) => renderRow(r, true))}
        {Array.from({ length: Math.max(0, last - first) }, (_, k) => renderRow(first + k, false))}
      </div>
    </div>
  );
}
