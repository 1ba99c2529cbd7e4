import type { Lang } from "../core/types";

/**
 * The user's language as Office reports it (`zh-CN`, `zh-TW`, `en-US`…), mapped to the languages the
 * add-in speaks: any Chinese display language gets Simplified Chinese, everything else English.
 * Outside Office (tests, the command line) the answer is English.
 * @example officeLanguage() // "zh-CN" in a Chinese Excel
 */
export function officeLanguage(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const tag = office?.context?.displayLanguage ?? "";
  return tag.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}
