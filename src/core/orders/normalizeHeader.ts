import { normalizeWidth } from "./normalizeWidth";

/**
 * Header text folded for matching: lower case, full-width folded, and spaces, underscores,
 * hyphens, dots and brackets removed, so `CustomerID`, `customer id` and `customer_id` agree.
 * @example normalizeHeader("Customer_ID") // "customerid"
 */
export function normalizeHeader(text: unknown): string {
  if (typeof text !== "string" && typeof text !== "number") return "";
  return normalizeWidth(String(text))
    .toLowerCase()
    .replace(/[\s_\-.·•/\\:：()（）[\]【】#＃]+/g, "");
}
