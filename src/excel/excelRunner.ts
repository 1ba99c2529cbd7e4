/**
 * `Excel.run` as the add-in uses it. Production passes the real `Excel.run`; tests and the
 * playground pass the stand-in's, which implements the same API subset.
 */
export type ExcelRunner = {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
};

/** Whether the host supports an Excel API requirement set (false outside Office). */
export function supportsExcelApi(version: string): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported: (name: string, v: string) => boolean } } } })
    .Office;
  return office?.context?.requirements?.isSetSupported("ExcelApi", version) ?? false;
}
