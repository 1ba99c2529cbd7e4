/**
 * The core's two kinds of exception. Cell contents never throw (they become issues); these are
 * for problems with the call itself.
 */

/** A caller passed an option the core does not accept (bins 12, a break list of the wrong length). */
export class RfmOptionError extends Error {
  override readonly name = "RfmOptionError";
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message);
  }
}

/** The input as a whole cannot be analysed (no customer / date / amount column). */
export class RfmInputError extends Error {
  override readonly name = "RfmInputError";
  constructor(
    readonly code: "missing_column" | "unknown_column",
    message: string,
    readonly headers: string[],
  ) {
    super(message);
  }
}
