/**
 * Text as it must be written to `range.values` so Excel keeps it as text: Excel parses written
 * strings like typed input, so `=…`, `+…`, `-…`, `@…` would become formulas and `00123`,
 * `2024-03-05`, `TRUE` or `5-Mar` numbers, dates or booleans. A leading apostrophe stores the rest
 * verbatim (Excel's quote prefix) and is never shown, so it is added whenever in doubt.
 * @example protectText("=HYPERLINK(\"x\")") // "'=HYPERLINK(\"x\")"
 */
export function protectText(text: string): string {
  if (text === "") return text;
  if (/^[=+\-@']/.test(text)) return `'${text}`;
  if (/^[\s\d.,:/\\%$€£¥()+\-eE年月日]+$/.test(text)) return `'${text}`;
  if (/^\s*(true|false)\s*$/i.test(text)) return `'${text}`;
  if (/^\s*\d{1,4}[-/ ][A-Za-z]{3,9}/.test(text) || /^\s*[A-Za-z]{3,9}[-/ ]\d{1,4}/.test(text)) return `'${text}`;
  return text;
}
