import { describe, expect, it } from "vitest";
import { csvField, toCsv, unescapeCsvField } from "../../src/output/csv.js";

describe("csvField", () => {
  it.each([
    ["財政課", "財政課"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["【取組主管課】\n・財政課", '"【取組主管課】\n・財政課"'],
    ["=HYPERLINK(\"http://x\")", '"\'=HYPERLINK(""http://x"")"'],
    ["+1+2", "'+1+2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["-", "-"],
    ["―", "―"],
    ["- 項目", "'- 項目"],
    ["--", "'--"],
    ["-18.9", "-18.9"],
    ["1263695000", "1263695000"],
    [null, ""],
    [true, "true"],
  ])("%j → %s", (input, out) => expect(csvField(input)).toBe(out));
});

describe("toCsv", () => {
  it("writes a BOM, a header and CRLF rows", () => {
    expect(toCsv(["id", "text"], [["1", "a"]])).toBe("\uFEFFid,text\r\n1,a\r\n");
  });
});

describe("unescapeCsvField", () => {
  it.each(["=1+2", "-", "- 項目", "@x", "'quoted already", "'=x", "普通", "-18.9"])("gives back %j", (s) => {
    // What a CSV parser returns for the field, unescaped, is the text written.
    const field = csvField(s);
    const parsed = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
    expect(unescapeCsvField(parsed)).toBe(s);
  });
});
