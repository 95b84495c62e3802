import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "../../src/output/csv.js";

describe("csvField", () => {
  it.each([
    ["財政課", "財政課"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["【取組主管課】\n・財政課", '"【取組主管課】\n・財政課"'],
    ["=HYPERLINK(\"http://x\")", '"\'=HYPERLINK(""http://x"")"'],
    ["+1+2", "'+1+2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["-", "'-"],
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
