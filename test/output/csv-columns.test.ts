import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GENERIC_ID_COLUMNS, QUANTITY_COLUMNS, RECORD_COLUMNS, flagsCell } from "../../src/output/csv-columns.js";
import { WARNING_CODES } from "../../src/warnings/warnings.js";

const readme = readFileSync("README.md", "utf8");

describe("CSV columns", () => {
  it("each file's columns have distinct names in both languages", () => {
    for (const cols of [RECORD_COLUMNS, QUANTITY_COLUMNS, GENERIC_ID_COLUMNS]) {
      for (const lang of ["en", "ja"] as const) expect(new Set(cols.map((c) => c[lang])).size).toBe(cols.length);
    }
  });

  it("flags read field:code, the code alone for a flag on the whole record", () => {
    expect(flagsCell([{ code: "review/grade-missing", field: "grade" }, { code: "review/no-gap" }])).toBe("grade:review/grade-missing;review/no-gap");
  });

  it("the README documents every column (both names) and every warning code", () => {
    for (const c of [...RECORD_COLUMNS, ...QUANTITY_COLUMNS, ...GENERIC_ID_COLUMNS]) expect(readme).toContain(`| \`${c.en}\` | ${c.ja} | ${c.about} |`);
    for (const [code, meaning] of Object.entries(WARNING_CODES)) expect(readme).toMatch(new RegExp(`\\| \`${code}\` \\| (error|warn|info) \\| ${meaning.replace(/[()]/g, "\\$&")} \\|`));
  });
});
