import { parseAddress, type Rect } from "../workbook/addresses";

/** An argument of a formula call. */
export type FormulaArg =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "ref"; sheet: string | null; rect: Rect; text: string }
  | { kind: "missing" };

export interface FormulaCall {
  /** Upper-cased, namespace included: `RFM.SEGMENT`. */
  name: string;
  args: FormulaArg[];
}

/**
 * Parses the formulas the playground evaluates: one function call whose arguments are numbers,
 * "text", TRUE/FALSE, cell references and ranges (optionally on another, quoted sheet), or left
 * empty. Anything else gives `null` (the cell shows #NAME?).
 * @example parseFormula('=RFM.SEGMENT(A2, Orders!A2:A10, Orders!B2:B10, Orders!C2:C10, "2024-06-30")')
 */
export function parseFormula(text: string): FormulaCall | null {
  const m = /^=\s*([A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*)\s*\((.*)\)\s*$/s.exec(text);
  if (!m) return null;
  const args: FormulaArg[] = [];
  const body = m[2];
  let i = 0;
  const skip = () => {
    while (i < body.length && /\s/.test(body[i])) i++;
  };
  skip();
  if (i >= body.length) return { name: m[1].toUpperCase(), args };
  for (;;) {
    skip();
    let arg: FormulaArg | null = null;
    if (body[i] === "," || i >= body.length) arg = { kind: "missing" };
    else if (body[i] === '"') {
      let s = "";
      i++;
      while (i < body.length) {
        if (body[i] === '"' && body[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (body[i] === '"') break;
        else s += body[i++];
      }
      if (body[i] !== '"') return null;
      i++;
      arg = { kind: "string", value: s };
    } else {
      const tokenMatch = /^('(?:[^']|'')+'|[^,()\s]+)(!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)?/.exec(body.slice(i));
      if (!tokenMatch) return null;
      const token = tokenMatch[0];
      i += token.length;
      if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(token)) arg = { kind: "number", value: Number(token) };
      else if (/^(TRUE|FALSE)$/i.test(token)) arg = { kind: "boolean", value: token.toUpperCase() === "TRUE" };
      else {
        const parsed = parseAddress(token);
        if (!parsed) return null;
        arg = { kind: "ref", sheet: parsed.sheet, rect: parsed.rect, text: token };
      }
    }
    args.push(arg);
    skip();
    if (i >= body.length) break;
    if (body[i] !== ",") return null;
    i++;
  }
  return { name: m[1].toUpperCase(), args };
}
