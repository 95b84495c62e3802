import { describe, expect, it } from "vitest";
import { jsonChunks } from "../../src/output/json-lines.js";

describe("jsonChunks", () => {
  it.each([
    [{ a: 1, b: [1, 2, { c: [3, 4] }], d: { e: "x\n<y>", f: [] }, g: null }],
    [[]],
    [{}],
    [[{ id: "1-①-1", bbox: [1.5, 2, 3, 4], text: "財政課" }, { id: "x" }]],
    ["plain"],
    [{ skip: undefined, keep: 1 }],
    [{ tables: [{ id: "t1", cells: [{ text: "a\nb", bbox: [1, 2] }, { text: "", bbox: [] }] }, { id: "t2", cells: [] }] }],
    [{ records: [undefined, null, 0, "", [[]], [{}], { a: [{ b: ["\n"] }] }] }],
  ])("gives the same text as JSON.stringify(v, null, 2): %j", (value) => {
    expect([...jsonChunks(value)].join("")).toBe(JSON.stringify(value, null, 2));
  });
});
