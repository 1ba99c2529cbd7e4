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

/**
 * The real `Excel.run`, looked up at call time: outside Excel (a browser, the playground before its
 * stand-in is installed) there is no `Excel` global, and a run fails with a message instead of the
 * whole page failing to start.
 */
export const officeExcelRun = ((...args: unknown[]) => {
  const excel = (globalThis as { Excel?: { run: (...a: unknown[]) => Promise<unknown> } }).Excel;
  if (!excel) return Promise.reject(new Error("Excel is not available here: open the add-in in Excel."));
  return excel.run(...args);
}) as ExcelRunner;
