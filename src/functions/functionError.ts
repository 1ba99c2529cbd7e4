/** The error kinds the functions raise, as named by `CustomFunctions.ErrorCode`. */
export type FunctionErrorCode = "notAvailable" | "invalidValue" | "invalidNumber";

/** What a function throws: `CustomFunctions.Error` in Excel, a look-alike elsewhere (tests). */
export interface FunctionError extends Error {
  code: string;
}

const FALLBACK_CODES: Record<FunctionErrorCode, string> = { notAvailable: "#N/A", invalidValue: "#VALUE!", invalidNumber: "#NUM!" };

/**
 * An error a cell shows as `#N/A` / `#VALUE!` with the message in its tooltip.
 * @example throw functionError("notAvailable", "No orders for C42 in Orders!A2:C900")
 */
export function functionError(code: FunctionErrorCode, message: string): FunctionError {
  const cf = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (cf?.Error && cf.ErrorCode) return new cf.Error(cf.ErrorCode[code], message) as unknown as FunctionError;
  const error = new Error(message) as FunctionError;
  error.code = FALLBACK_CODES[code];
  return error;
}
