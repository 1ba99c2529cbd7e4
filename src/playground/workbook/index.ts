/**
 * The in-memory Excel stand-in: an implementation of the Excel JavaScript API subset the add-in
 * uses, over a plain workbook model. Tests run src/excel against it; the playground shows it.
 */
export { createExcelRun, type FakeContext } from "./excelRun";
export { WorkbookModel, type ChangeEvent, type PivotModel, type TableModel } from "./WorkbookModel";
export { SheetModel } from "./SheetModel";
export { RichApiError } from "./officeError";
export { parseAddress, rectAddress, quoteSheetName, type Rect } from "./addresses";
