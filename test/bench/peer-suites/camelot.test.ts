import { describe, expect, it } from "vitest";
import { agreement, expectedRelations, scorePage, type CamelotCase } from "../../../scripts/bench/peer-suites/camelot.js";
import { readDocTables, tableRows } from "../../../scripts/bench/peer-suites/read-tables.js";
import { isSealed } from "../../../scripts/bench/peer-suites/sealed.js";
import { relationTotal } from "../../../scripts/bench/scorer/icdar/relations.js";

const CASE: CamelotCase = { flavor: "ruled", pdf: "merged-cell.pdf", expected: "data_x", together: ["data_x"], page: 1, sealed: false };

describe("Camelot's expectations as ICDAR relations", () => {
  it("skips blanks, drops whitespace and Camelot's <s> size marks", () => {
    const rel = expectedRelations([["A b", "", "C"], ["", "", ""], ["<s>1</s>", "", "2"]]);
    expect([...rel.keys()].sort()).toEqual([
      JSON.stringify(["AB", "1", "D", 0]), JSON.stringify(["AB", "C", "R", 0]),
      JSON.stringify(["C", "2", "D", 0]), JSON.stringify(["1", "2", "R", 0]),
    ].sort());
  });

  it("agrees fully with a table written the way Camelot writes it (span text top-left, covered slots blank), less when a cell differs", async () => {
    const doc = await readDocTables("fixtures/pdf/unit/merged-cell.pdf");
    const page = doc.pages[0]!;
    const rows = tableRows(page.tables[0]!);
    expect(rows.flat().filter((x) => x !== "").length).toBeGreaterThan(4);
    const [same] = scorePage([CASE], { data_x: rows }, page.tables, page.height);
    expect(same).toEqual({ tp: relationTotal(expectedRelations(rows)), fp: 0, fn: 0 });
    expect(agreement([same!]).f1).toBe(1);
    const changed = rows.map((r) => [...r]);
    const at = changed[1]!.findIndex((x) => x !== "");
    changed[1]![at] = "something else";
    const [worse] = scorePage([CASE], { data_x: changed }, page.tables, page.height);
    expect(worse!.fn).toBeGreaterThan(0);
    expect(worse!.fp).toBe(worse!.fn);
  });

  it("finds nothing to agree with on a page without tables", () => {
    const [none] = scorePage([CASE], { data_x: [["a", "b"]] }, [], 842);
    expect(none).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});

describe("the sealed part", () => {
  it("is fixed by the file name's hash, as documented", () => {
    expect(["clockwise_table_1.pdf", "tabula/m27.pdf", "tabula/us-007.pdf", "issue-336-example.pdf", "issue-466-example.pdf"].every(isSealed)).toBe(true);
    expect(["health.pdf", "twotables_2.pdf", "nics-background-checks-2015-11.pdf"].some(isSealed)).toBe(false);
  });
});
