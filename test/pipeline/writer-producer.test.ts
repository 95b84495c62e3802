import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";

/**
 * A report page written in LibreOffice Writer (scripts/make-writer-fixtures.ts): two tables set with
 * horizontal rules only (above the header, below it, at the foot), a caption above each, a note under the
 * first, running text around them. writer-jinko.pdf is sealed: no test reads it.
 */
interface Truth { tables: { caption: string; header: string[]; rows: string[][] }[] }
const norm = (s: unknown) => String(s).normalize("NFKC").replace(/\s/g, "");

// writer-mixed.pdf: a boxed grid and, below it, a table with horizontal rules only, on one page; writer-labels.pdf:
// row labels on three lines with their numbers centred beside the middle one.
describe.each(["writer-zaisei", "writer-mixed", "writer-labels"])("%s.pdf: tables with horizontal rules only", async (name) => {
  const truth = JSON.parse(readFileSync(`fixtures/writer/${name}.truth.json`, "utf8")) as Truth;
  const { records } = await convert(new Uint8Array(readFileSync(`fixtures/pdf/${name}.pdf`)), { fileName: `${name}.pdf` });
  const recs = records as { table: string; fields: Record<string, string> }[];
  const tables = [...new Set(recs.map((r) => r.table))];

  it("finds both tables and names their columns from the header row, not the caption", () => {
    expect(tables).toHaveLength(truth.tables.length);
    tables.forEach((t, i) => {
      for (const r of recs.filter((r) => r.table === t)) expect(Object.keys(r.fields).map(norm)).toEqual(truth.tables[i]!.header.map(norm));
    });
  });

  it("has exactly the body rows as records: no caption, header or note among them, every cell right", () => {
    tables.forEach((t, i) => {
      const got = recs.filter((r) => r.table === t).map((r) => Object.values(r.fields).map(norm));
      expect(got).toEqual(truth.tables[i]!.rows.map((row) => row.map(norm)));
    });
  });
});
