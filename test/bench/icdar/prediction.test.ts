import { describe, expect, it } from "vitest";
import { makeNorm } from "../../../scripts/bench/scorer/icdar/normalise.js";
import { parsePrediction } from "../../../scripts/bench/scorer/icdar/prediction.js";
import { relationKey } from "../../../scripts/bench/scorer/icdar/relations.js";

const official = makeNorm("official");
const parse = (doc: unknown) => parsePrediction(JSON.stringify(doc), official, true);
const table = (extra: object, cells: unknown[] = []) => ({ tables: [{ ...extra, cells }] });

describe("parsePrediction", () => {
  it("reads cells with spans defaulting to 1 and normalised text", () => {
    const { tables, elapsedS } = parse({ elapsed_s: 1.5, tables: [{ page: 3, bbox: [1, 2, 3, 4], cells: [
      { row: 0, col: 0, colSpan: 2, text: "a b" }, { row: 1, col: 0, text: "c" }, { row: 1, col: 1, text: "d" },
    ] }] });
    expect(elapsedS).toBe(1.5);
    expect(tables[0]?.page).toBe(3);
    expect(tables[0]?.bbox).toEqual([1, 2, 3, 4]);
    expect([...tables[0]!.relations.keys()].sort()).toEqual(
      [relationKey("AB", "C", "D", 0), relationKey("AB", "D", "D", 0), relationKey("C", "D", "R", 0)].sort(),
    );
  });

  it("leaves the page open when it is missing or null, and unmatchable when it is not a number", () => {
    expect(parse(table({})).tables[0]?.page).toBeNull();
    expect(parse(table({ page: null })).tables[0]?.page).toBeNull();
    expect(parse(table({ page: "1" })).tables[0]?.page).toBeNaN();
    expect(parse(table({ page: true })).tables[0]?.page).toBe(1);
  });

  it("treats falsy texts and boxes as absent, JSON booleans as 0/1", () => {
    const { tables } = parse(table({ bbox: [] }, [
      { row: 0, col: 0, text: "A" }, { row: 0, col: 1, text: 0 }, { row: 0, col: 2, text: null }, { row: 0, col: true, rowSpan: true, text: "B" },
    ]));
    expect(tables[0]?.bbox).toBeNull();
    expect([...tables[0]!.relations.keys()]).toEqual([relationKey("A", "B", "R", 0)]);
  });

  it("skips cells spanning nothing, and accepts fractional positions on blank cells only", () => {
    expect(relationsOf([{ row: 0, col: 0, rowSpan: 0, text: "GONE" }, { row: 0, col: 1, text: "A" }])).toEqual([]);
    expect(relationsOf([{ row: 0.5, col: 0, text: "" }, { row: 0, col: 1, text: "A" }])).toEqual([]);
    expect(() => parse(table({}, [{ row: 0.5, col: 0, text: "A" }]))).toThrow(/fractional/);
  });

  it("reads elapsed_s given as a numeric string, and none as 0", () => {
    expect(parse({ elapsed_s: " 0.75", tables: [] }).elapsedS).toBe(0.75);
    expect(parse({ tables: [] }).elapsedS).toBe(0);
    expect(parse({}).tables).toEqual([]);
  });

  it.each([
    ["[]", /top level/],
    ['{"tables": null}', /tables is not a list/],
    ['{"tables": [{"cells": [{"col": 0}]}]}', /lacks row or col/],
    ['{"tables": [{"cells": [{"row": "0", "col": 0}]}]}', /row is not a number/],
    ['{"tables": [{"cells": [{"row": 0, "col": 0, "rowSpan": null}]}]}', /rowSpan is not a number/],
    ['{"tables": [{"cells": [{"row": 0, "col": 0, "text": 5}]}]}', /text is not a string/],
    ['{"tables": [{"bbox": [1, 2, 3], "cells": []}]}', /bbox/],
    ['{"tables": [], "elapsed_s": "soon"}', /elapsed_s/],
    ['{"tables": [}', /JSON/],
  ])("rejects %s", (json, message) => {
    expect(() => parsePrediction(json, official, true)).toThrow(message);
  });
});

function relationsOf(cells: unknown[]): string[] {
  return [...parse(table({}, cells)).tables[0]!.relations.keys()];
}
