/**
 * Folds full-width digits and punctuation (common in Chinese exports: `１２３．５０`, `（１２）`)
 * and the Unicode minus sign into ASCII, leaving everything else alone.
 * @example normalizeWidth("￥１，２３４．５") // "￥1,234.5"
 */
export function normalizeWidth(text: string): string {
  let needs = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x2212 || c === 0x3000) {
      needs = true;
      break;
    }
  }
  if (!needs) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // U+FFE5 (full-width yen) is outside this block on purpose: it is a currency sign, kept as is.
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x2212) out += "-";
    else if (c === 0x3000) out += " ";
    else out += text[i];
  }
  return out;
}
