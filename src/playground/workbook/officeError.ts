/**
 * Errors shaped like Office.js's `OfficeExtension.Error` (name "RichApi.Error", a code, a
 * localised-style message, debugInfo with the error location), so code under test handles the
 * stand-in's errors exactly as it would handle Excel's.
 */
export class RichApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly traceMessages: string[] = [];
  readonly innerError = null;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
    readonly httpStatusCode = HTTP_STATUS[code] ?? 500,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

const HTTP_STATUS: Record<string, number> = {
  AccessDenied: 401,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  InvalidRequestContext: 400,
  ValueNotLoaded: 400,
  PropertyNotLoaded: 400,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  InvalidOperationInCellEditMode: 400,
};

/** The messages Excel uses for the codes the stand-in raises. */
export const MESSAGES = {
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  SizeMismatch: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  TableOverlap: "A table cannot overlap a range that contains a PivotTable report, query results, protected cells or another table.",
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  AccessDenied: "You cannot perform the requested operation.",
} as const;

/**
 * The error thrown synchronously when an unloaded property is read.
 * @example propertyNotLoaded("Range", "values").message // "The property 'values' is not available. …"
 */
export function propertyNotLoaded(type: string, property: string): RichApiError {
  return new RichApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}
