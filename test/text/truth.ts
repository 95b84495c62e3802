import { readFileSync } from "node:fs";

/** The truth fixture, as far as the text tests need it. */
interface Truth {
  readonly gradeLegend: readonly { readonly text: string }[];
  readonly rows: readonly Record<string, unknown>[];
}

const truth = JSON.parse(
  readFileSync(new URL("../../fixtures/gyosei-kaikaku-r2.truth.json", import.meta.url), "utf8"),
) as Truth;

/** Every string field of every truth row, plus the grade legend texts. */
export const truthTexts: readonly string[] = [
  ...truth.rows.flatMap((row) => Object.values(row).filter((v): v is string => typeof v === "string")),
  ...truth.gradeLegend.map((g) => g.text),
];

/** The distinct logical lines of the truth texts, in first-seen order. */
export const truthLines: readonly string[] = [...new Set(truthTexts.flatMap((t) => t.split("\n")))].filter(
  (line) => line.length > 0,
);
