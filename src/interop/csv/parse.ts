/** CSV reading with papaparse: delimiter detection, BOM, Excel's `sep=` line, ragged rows. */
import Papa from "papaparse";
import { assertTextual, ImportError } from "../errors";

/** A CSV file as a table: trimmed headers and data rows padded to the header width. */
export interface CsvTable {
  headers: string[];
  rows: string[][];
  delimiter: ";" | "," | "\t";
}

const DELIMITERS = [";", ",", "\t"] as const;

/** Counts `ch` outside double quotes in one line. */
function countOutsideQuotes(line: string, ch: string): number {
  let quoted = false;
  let n = 0;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/**
 * Picks the delimiter from the header line: the one that splits it most (French spreadsheets
 * write `;`, others `,`, some tools tabs). A tie, such as a single-column file, means `,`.
 */
function detectDelimiter(headerLine: string): CsvTable["delimiter"] {
  let best: CsvTable["delimiter"] = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = countOutsideQuotes(headerLine, d);
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Parses a CSV file's text. Rows whose cells are all empty are dropped.
 * @throws ImportError `empty-file` or `binary` when the file as a whole is unusable.
 */
export function parseCsvFile(text: string): CsvTable {
  let body = text.replace(/^\uFEFF/, "");
  assertTextual(body);
  let delimiter: CsvTable["delimiter"] | undefined;
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep !== null) {
    // Excel's hint line: it names the delimiter and is not a header.
    delimiter = DELIMITERS.find((d) => d === sep[1]);
    body = body.slice(sep[0].length);
  }
  const firstLine = body.split(/\r\n|\r|\n/).find((l) => l.trim() !== "") ?? "";
  delimiter ??= detectDelimiter(firstLine);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: "greedy", header: false });
  const [head, ...data] = parsed.data.filter((row) => row.some((cell) => cell.trim() !== ""));
  if (head === undefined) throw new ImportError("empty-file", "The file has no header line");
  const headers = head.map((h) => h.trim());
  const width = data.reduce((w, r) => Math.max(w, r.length), headers.length);
  while (headers.length < width) headers.push("");
  const rows = data.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
  return { headers, rows, delimiter };
}
