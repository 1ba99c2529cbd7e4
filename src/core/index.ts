/**
 * The shared RFM module: the one place where RFM is computed, used by the task pane, the custom
 * functions and the command line alike.
 */
export { analyzeOrders, analyzeOrderRows } from "./analyzeOrders";
export { OrderReader, type OrderRows } from "./orders/OrderReader";
export { normalizeOptions } from "./options/normalizeOptions";
export { RfmInputError, RfmOptionError } from "./errors";
export { detectColumns, columnLetters, columnIndexFromLetters } from "./orders/detectColumns";
export { isoFromSerial, serialFromYmd } from "./dates/excelSerial";
export { parseDate } from "./orders/parseDate";
export { parseAmount } from "./orders/parseAmount";
export { parseCustomerId } from "./orders/parseCustomerId";
export { segmentText, SEGMENT_TEXTS } from "./i18n/segmentTexts";
export { translate } from "./i18n/translate";
export { validateRules } from "./segments/validateRules";
export { schemeSegments } from "./segments/assignSegments";
export { STANDARD_SEGMENTS } from "./segments/standardScheme";
export { RFM_R_RULES } from "./segments/rfmRScheme";
export { migrateSegments, type Migration } from "./models/migrateSegments";
export { cohortTable } from "./models/cohortTable";
export type * from "./types";
