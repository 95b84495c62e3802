import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The hand-checked rows of the R2 行政改革 results table. */
const TRUTH_PATH = fileURLToPath(new URL("../../fixtures/gyosei-kaikaku-r2.truth.json", import.meta.url));

interface TruthFile {
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/** Every text cell of every truth row, with its field name. */
export function truthCells(): { field: string; text: string }[] {
  const truth = JSON.parse(readFileSync(TRUTH_PATH, "utf8")) as TruthFile;
  return truth.rows.flatMap((row) =>
    Object.entries(row).flatMap(([field, value]) => (typeof value === "string" ? [{ field, text: value }] : [])),
  );
}
