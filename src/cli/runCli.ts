import { analyzeOrders } from "../core/analyzeOrders";
import { RfmInputError, RfmOptionError } from "../core/errors";
import { migrateSegments } from "../core/models/migrateSegments";
import { formatReport } from "./formatReport";
import { parseCliArgs, USAGE, UsageError } from "./parseCliArgs";
import { FileInputError, readOrdersFile } from "./readOrdersFile";

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * The command line as a function: arguments in, exit code out (0 fine, 1 unusable file, 2 bad
 * command line). Bad rows never fail the run; they are issues in the output.
 * @example await runCli(["orders.csv", "--json"], { out: console.log, err: console.error }) // 0
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`rfm: ${e.message} (see --help)`);
      return 2;
    }
    throw e;
  }
  if (args === "help") {
    io.out(USAGE);
    return 0;
  }
  try {
    const { cells, description } = await readOrdersFile(args.file, args.sheet);
    const result = analyzeOrders(cells, args.options);
    const migration = args.compare && result.asOf ? migrateSegments(cells, args.options, args.compare, result.asOf) : undefined;
    io.out(
      args.json
        ? JSON.stringify(migration ? { ...result, migration } : result, null, 2)
        : formatReport(result, description, result.options.lang, migration),
    );
    return 0;
  } catch (e) {
    if (e instanceof FileInputError || e instanceof RfmInputError) {
      io.err(`rfm: ${oneLine(e.message)}`);
      return 1;
    }
    if (e instanceof RfmOptionError) {
      io.err(`rfm: ${oneLine(e.message)}`);
      return 2;
    }
    throw e;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}
