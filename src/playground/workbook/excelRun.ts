import { FakeRequestContext, type RunOptions } from "./context";
import { FakeWorkbook } from "./FakeWorkbook";
import { RichApiError } from "./officeError";
import type { WorkbookModel } from "./WorkbookModel";

/** The stand-in's request context with its workbook, as `Excel.run` hands it to a batch. */
export type FakeContext = FakeRequestContext & { workbook: FakeWorkbook };

/**
 * `Excel.run` over a workbook model: the batch must return a promise; after it resolves, one more
 * sync sends what is still queued; when it rejects, the queue is dropped. Proxies die with the run.
 * @example await createExcelRun(model)(async (ctx) => { ctx.workbook.worksheets.add("Out"); await ctx.sync(); })
 */
export function createExcelRun(model: WorkbookModel) {
  return async function run<T>(
    optionsOrBatch: RunOptions | ((ctx: FakeContext) => Promise<T>),
    maybeBatch?: (ctx: FakeContext) => Promise<T>,
  ): Promise<T> {
    const batch = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch!;
    const options = typeof optionsOrBatch === "function" ? {} : optionsOrBatch;
    const context = new FakeRequestContext(model, options) as FakeContext;
    context.workbook = new FakeWorkbook(context);
    try {
      const pending = batch(context);
      if (!pending || typeof (pending as Promise<T>).then !== "function") {
        throw new RichApiError(
          "RunMustReturnPromise",
          'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
        );
      }
      const result = await pending;
      await context.sync();
      return result;
    } finally {
      context.closed = true;
    }
  };
}
