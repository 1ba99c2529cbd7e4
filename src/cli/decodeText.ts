/** Why a file's bytes could not be turned into text. */
export class EncodingError extends Error {
  override readonly name = "EncodingError";
}

/**
 * Text of a CSV file as Excel saves them: UTF-8 (with or without BOM), UTF-16 with BOM ("Unicode
 * text"), or GB18030/GBK (Excel in China). Anything else throws `EncodingError`.
 * @example decodeText(Buffer.from([0xbf, 0xcd, 0xbb, 0xa7])) // "客户" (GBK bytes)
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  if (bytes.includes(0)) throw new EncodingError("binary content (NUL bytes): not a text file");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: the other encoding Excel writes CSV in is the Chinese national standard.
  }
  try {
    return { text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), encoding: "gb18030" };
  } catch {
    throw new EncodingError("unreadable encoding: neither UTF-8 nor GB18030");
  }
}
