import { describe, expect, it } from "vitest";
import { boxOf, groundTruthTables, pythonInt } from "../../../scripts/bench/scorer/icdar/ground-truth.js";
import { makeNorm } from "../../../scripts/bench/scorer/icdar/normalise.js";
import { relationKey } from "../../../scripts/bench/scorer/icdar/relations.js";
import { parseXml } from "../../../scripts/bench/scorer/icdar/xml.js";

const official = makeNorm("official");
const box = (x1: number, y1: number, x2: number, y2: number): string => `<bounding-box x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>`;
const cell = (attributes: string, text: string | undefined, b = box(0, 0, 10, 10)): string =>
  `<cell ${attributes}>${b}${text === undefined ? "" : `<content>${text}</content>`}</cell>`;
const regFile = (regions: readonly [number, string][]): string =>
  `<document>${regions.map(([page, b]) => `<table><region page="${page}">${b}</region></table>`).join("")}</document>`;

describe("groundTruthTables", () => {
  it("shares one grid across a table's regions, shifted by their increments, on the last region's page", () => {
    const str = `<document><table>
      <region page="1">${cell('start-row="0" start-col="0"', "Head")}${cell('start-row="0" start-col="1" end-col="2"', "Wide")}</region>
      <region page="2" row-increment="1" col-increment="">${cell('start-row="0" start-col="0"', "Next")}</region>
    </table></document>`;
    const [table] = groundTruthTables(str, undefined, official, true);
    expect(table?.page).toBe(2);
    expect([...table!.relations.keys()].sort()).toEqual(
      [relationKey("HEAD", "WIDE", "R", 0), relationKey("HEAD", "NEXT", "D", 0)].sort(),
    );
  });

  it("treats a missing or blank <content> as a blank cell", () => {
    const str = `<document><table><region page="1">
      ${cell('start-row="0" start-col="0"', "A")}${cell('start-row="0" start-col="1"', undefined)}
      ${cell('start-row="0" start-col="2"', " ")}${cell('start-row="0" start-col="3"', "B")}
    </region></table></document>`;
    expect([...groundTruthTables(str, undefined, official, true)[0]!.relations.keys()]).toEqual([relationKey("A", "B", "R", 2)]);
  });

  it("takes the region file's boxes when its regions line up page by page with the tables", () => {
    const str = `<document>
      <table><region page="1">${cell('start-row="0" start-col="0"', "A", box(0, 0, 5, 5))}</region></table>
      <table><region page="3">${cell('start-row="0" start-col="0"', "B", box(0, 0, 5, 5))}</region></table>
    </document>`;
    const reg = regFile([[1, box(100, 100, 200, 200)], [3, box(300, 300, 400, 400)]]);
    expect(groundTruthTables(str, reg, official, true).map((t) => t.bbox)).toEqual([[100, 100, 200, 200], [300, 300, 400, 400]]);
  });

  it("otherwise unites the regions on the table's page that overlap its cells, or keeps the cell box", () => {
    const str = `<document>
      <table><region page="1">${cell('start-row="0" start-col="0"', "A", box(10, 10, 20, 20))}${cell('start-row="1" start-col="0"', "B", box(10, 30, 20, 40))}</region></table>
      <table><region page="2">${cell('start-row="0" start-col="0"', "C", box(500, 500, 510, 510))}</region></table>
    </document>`;
    // three regions for two tables: page 1 has two overlapping the first table and one elsewhere
    const reg = regFile([[1, box(5, 5, 25, 25)], [1, box(8, 28, 22, 45)], [1, box(300, 300, 310, 310)]]);
    expect(groundTruthTables(str, reg, official, true).map((t) => t.bbox)).toEqual([[5, 5, 25, 45], [500, 500, 510, 510]]);
  });

  it("gives a table without cells an empty box and no relations", () => {
    const [table] = groundTruthTables(`<document><table><region page="4"/></table></document>`, undefined, official, true);
    expect(table).toEqual({ page: 4, bbox: [0, 0, 0, 0], relations: new Map() });
  });
});

describe("ground-truth values", () => {
  it("reads box coordinates leniently, from their leading number (x1='26ß')", () => {
    expect(boxOf(parseXml(`<cell><bounding-box x1="26ß" y1="-3.5" x2="1." y2=".5e3"/></cell>`))).toEqual([26, -3.5, 1, 0.5]);
    expect(() => boxOf(parseXml(`<cell><bounding-box x1="ß26" y1="0" x2="0" y2="0"/></cell>`))).toThrow(/x1/);
    expect(() => boxOf(parseXml(`<cell/>`))).toThrow(/bounding-box/);
  });

  it("reads integers as Python's int()", () => {
    expect(pythonInt(" 2 ", "row")).toBe(2);
    expect(pythonInt("+1_000", "row")).toBe(1000);
    expect(pythonInt("-07", "row")).toBe(-7);
    expect(() => pythonInt("1.0", "row")).toThrow(/not an integer/);
    expect(() => pythonInt(undefined, "page")).toThrow(/page/);
  });
});
