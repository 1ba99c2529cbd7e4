/** Terminal width of text: East Asian wide characters take two columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

/**
 * A plain-text table with aligned columns; numeric-looking cells are right-aligned.
 * @example formatTable(["a", "n"], [["x", "1"]]) // "a  n\n-  -\nx  1"
 */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, j) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[j] ?? ""))));
  const numeric = header.map((_, j) => rows.length > 0 && rows.every((r) => /^[-+]?[\d,.%]+$|^$/.test(r[j] ?? "")));
  const pad = (text: string, j: number) => {
    const gap = " ".repeat(widths[j] - displayWidth(text));
    return numeric[j] ? gap + text : text + gap;
  };
  const line = (cells: string[]) =>
    cells
      .map((c, j) => pad(c, j))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
