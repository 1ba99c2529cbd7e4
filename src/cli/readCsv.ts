import Papa from "papaparse";

/**
 * Cells of CSV text: comma, semicolon or tab separated (guessed from the text), quotes handled,
 * every cell kept as text exactly as written (as Excel's "Text" import would, so ids like
 * `00123` survive).
 * @example readCsv("id;date\nC1;2024-03-05") // [["id", "date"], ["C1", "2024-03-05"]]
 */
export function readCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, {
    delimitersToGuess: [",", ";", "\t"],
    skipEmptyLines: false,
  });
  const rows = result.data;
  // A trailing newline yields one empty row; it is not a data row of the file.
  while (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === "") rows.pop();
  return rows;
}
