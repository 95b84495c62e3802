import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import type { HyoRecord } from "../../src/schema/index.js";

interface TruthRow { [field: string]: unknown }
const truth = JSON.parse(readFileSync("fixtures/gyosei-kaikaku-r2.truth.json", "utf8")) as {
  document: Record<string, string>;
  rows: TruthRow[];
};
const FIELDS = ["basicPolicyNo", "basicPolicy", "direction", "topic", "no", "item", "departments", "futureDirection", "relatedPlans", "target", "plan", "done", "check", "grade", "action"] as const;

/** Fixtures drawn from the truth: each must extract to it exactly. */
const FIXTURES = ["r2-lines", "r2-rects", "r2-a4", "r2-kangxi", "r2-misaligned"];

describe.each(FIXTURES)("%s.pdf extracts to the truth", (name) => {
  let records: HyoRecord[] = [];
  let document: Record<string, unknown> = {};
  it("converts", async () => {
    const result = await convert(new Uint8Array(readFileSync(`fixtures/pdf/${name}.pdf`)), { fileName: `${name}.pdf` });
    expect(result.profile).toBe("gyosei-kaikaku");
    records = result.records as HyoRecord[];
    document = result.document;
  });

  it("finds all 37 records in order, with unique ids built from policy, topic and No.", () => {
    expect(records).toHaveLength(truth.rows.length);
    const ids = records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    records.forEach((r, i) => {
      const t = truth.rows[i]!;
      expect(r.id.startsWith(`${t.basicPolicyNo}-${String(t.topic)[0]}-${t.no}`)).toBe(true);
    });
  });

  it.each(FIELDS)("field %s equals the truth on every record", (field) => {
    const got = records.map((r) => r[field]);
    const want = truth.rows.map((t) => t[field]);
    expect(got).toEqual(want);
  });

  it("reads the document's title, municipality, date and fiscal year", () => {
    expect(document).toEqual(truth.document);
  });
});

describe("r2-kangxi.pdf: the text layer is broken, the records are not", () => {
  it("reads variant code points from the PDF and records each repair by rule", async () => {
    const result = await convert(new Uint8Array(readFileSync("fixtures/pdf/r2-kangxi.pdf")), { fileName: "r2-kangxi.pdf" });
    const raw = result.tables.flatMap((t) => t.cells.map((c) => c.rawText)).join("");
    expect(raw).toMatch(/[\u2F00-\u2FD5]/u); // Kangxi radicals
    expect(raw).toMatch(/[\u2E80-\u2EF3]/u); // CJK Radicals Supplement
    expect(raw).toMatch(/[\uF900-\uFAFF]/u); // compatibility ideographs
    expect(raw).toMatch(/[\uFF10-\uFF19]/u); // full-width digits
    expect(raw).toMatch(/[\uFF66-\uFF9F]/u); // half-width katakana
    expect(raw).toContain("\u0410"); // Cyrillic А as a grade
    expect(raw).toContain("\u00B7"); // · for ・
    const rules = new Set((result.records as HyoRecord[]).flatMap((r) => Object.values(r.repairs).flat().map((x) => x.rule)));
    for (const rule of ["text/kangxi", "text/radical-supplement", "text/cjk-compat", "text/fullwidth-ascii", "text/halfwidth-kana", "text/homoglyph", "text/bullet", "text/middle-dot"]) {
      expect([...rules].some((r) => r.startsWith(rule)), rule).toBe(true);
    }
  });
});
