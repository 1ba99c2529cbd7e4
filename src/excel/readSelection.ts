/** The selected block of cells with where it sits, for located issues. */
export interface SelectionBlock {
  address: string;
  values: unknown[][];
  firstRowNumber: number;
  firstColumnIndex: number;
}

/**
 * Reads the values of the current selection (one request; the chunked reader for large ranges
 * comes with the workbook output). Only code in src/excel touches `Excel.*`.
 * @example await readSelection() // { address: "Sheet1!A1:C10", values: [...], firstRowNumber: 1, firstColumnIndex: 0 }
 */
export async function readSelection(): Promise<SelectionBlock> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load(["address", "values", "rowIndex", "columnIndex"]);
    await context.sync();
    return { address: range.address, values: range.values, firstRowNumber: range.rowIndex + 1, firstColumnIndex: range.columnIndex };
  });
}
