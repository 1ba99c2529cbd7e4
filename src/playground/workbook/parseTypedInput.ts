import { serialFromYmd } from "../../core/dates/excelSerial";

/** What a string written to `range.values` becomes, as if typed into a cell (en-US). */
export type TypedInput = { kind: "value"; value: string | number | boolean; numberFormat?: string } | { kind: "formula"; formula: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Excel parses strings written to `values` like typed input: `=…`, `+…`, `-…` become formulas
 * (documented), and so does `@…` here (the stand-in's choice: Excel turns typed `@` input into a
 * formula too, so writers must protect it); numbers become numbers, `TRUE`/`FALSE` booleans, ISO
 * dates date serials shown as m/d/yyyy, and a leading apostrophe keeps the rest as text. A cell
 * formatted as text (`@`) keeps any string verbatim.
 * @example parseTypedInput("=1+1", "General") // { kind: "formula", formula: "=1+1" }
 */
export function parseTypedInput(text: string, numberFormat: string): TypedInput {
  if (numberFormat === "@") return { kind: "value", value: text };
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const n = Number(percent ? trimmed.slice(0, -1) : trimmed);
    return { kind: "value", value: percent ? n / 100 : n };
  }
  if (/^(=|\+|-|@)/.test(text)) return { kind: "formula", formula: text.startsWith("=") ? text : `=${text}` };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const serial = serialFromYmd(+iso[1], +iso[2], +iso[3]);
    if (serial !== null) return { kind: "value", value: serial, numberFormat: numberFormat === "General" ? "m/d/yyyy" : undefined };
  }
  return { kind: "value", value: text };
}
