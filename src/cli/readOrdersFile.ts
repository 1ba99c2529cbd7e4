import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { decodeText } from "./decodeText";
import { readCsv } from "./readCsv";
import { readXlsx } from "./readXlsx";

/** A file the command line cannot use; its message is the one-line reason shown to the user. */
export class FileInputError extends Error {
  override readonly name = "FileInputError";
}

/**
 * Cells of an orders file: `.csv`/`.txt`/`.tsv` (UTF-8, BOM, UTF-16, GB18030; comma, semicolon or
 * tab) or `.xlsx` (first sheet, or `sheet`). Throws `FileInputError` with a one-line reason.
 * @example await readOrdersFile("orders.csv") // { cells: [["客户编号", …], …], description: "orders.csv (gb18030, 2 rows)" }
 */
export async function readOrdersFile(path: string, sheet?: string): Promise<{ cells: unknown[][]; description: string }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new FileInputError(`${path} is not a file`);
  } catch (e) {
    if (e instanceof FileInputError) throw e;
    throw new FileInputError(`cannot open ${path}: no such file`);
  }
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") {
    try {
      const book = await readXlsx(path, sheet);
      return { cells: book.cells, description: `${path} [${book.sheet}]` };
    } catch (e) {
      throw new FileInputError(`cannot read ${path} as an Excel workbook: ${(e as Error).message}`);
    }
  }
  if (ext === ".xls") throw new FileInputError(`${path}: the old .xls format is not supported; save it as .xlsx or .csv`);
  const bytes = await readFile(path);
  try {
    const { text, encoding } = decodeText(bytes);
    return { cells: readCsv(text), description: `${path} (${encoding})` };
  } catch (e) {
    throw new FileInputError(`cannot read ${path}: ${(e as Error).message}`);
  }
}
