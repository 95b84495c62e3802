import { describe, expect, it } from "vitest";
import { poolRelations, relationKey, relations, relationTotal, sharedRelations, type GridCell } from "../../../scripts/bench/scorer/icdar/relations.js";

/** [row, col, text] or [firstRow, firstCol, lastRow, lastCol, text] */
type Spec = readonly [number, number, string] | readonly [number, number, number, number, string];

const grid = (specs: readonly Spec[]): GridCell[] =>
  specs.map((s) =>
    s.length === 3
      ? { firstRow: s[0], firstCol: s[1], lastRow: s[0], lastCol: s[1], text: s[2] }
      : { firstRow: s[0], firstCol: s[1], lastRow: s[2], lastCol: s[3], text: s[4] },
  );

/** Relations as sorted "A>B R0 ×n" strings, for readable expectations. */
const describeRelations = (specs: readonly Spec[], gap = true): string[] =>
  [...relations(grid(specs), gap)]
    .map(([key, n]) => {
      const [from, to, direction, blanks] = JSON.parse(key) as [string, string, string, number];
      return `${from}>${to} ${direction}${blanks}${n > 1 ? ` x${n}` : ""}`;
    })
    .sort();

describe("relations", () => {
  it("links each cell to its right and lower neighbour", () => {
    expect(describeRelations([[0, 0, "A"], [0, 1, "B"], [1, 0, "C"], [1, 1, "D"]])).toEqual(["A>B R0", "A>C D0", "B>D D0", "C>D R0"]);
  });

  it("counts the blank grid positions jumped, or none without gap", () => {
    const specs: Spec[] = [[0, 0, "A"], [0, 3, "B"], [2, 0, "C"]];
    expect(describeRelations(specs)).toEqual(["A>B R2", "A>C D1"]);
    expect(describeRelations(specs, false)).toEqual(["A>B R0", "A>C D0"]);
  });

  it("treats empty cells as blanks", () => {
    expect(describeRelations([[0, 0, "A"], [0, 1, ""], [0, 2, "B"]])).toEqual(["A>B R1"]);
  });

  it("lets a spanning cell relate along its whole span, each neighbour once", () => {
    // H spans both columns: one relation down to X and one to Y, none inside H itself
    expect(describeRelations([[0, 0, 0, 1, "H"], [1, 0, "X"], [1, 1, "Y"]])).toEqual(["H>X D0", "H>Y D0", "X>Y R0"]);
    // H over F, both two columns wide: the pair meets in two columns but is one relation
    expect(describeRelations([[0, 0, 0, 1, "H"], [1, 0, 1, 1, "F"]])).toEqual(["H>F D0"]);
    // a row span: L meets P in row 0 and Q in row 1
    expect(describeRelations([[0, 0, 1, 0, "L"], [0, 1, "P"], [1, 1, "Q"]])).toEqual(["L>P R0", "L>Q R0", "P>Q D0"]);
  });

  it("measures blanks from the span's edge", () => {
    expect(describeRelations([[0, 0, 0, 1, "W"], [0, 4, "Z"]])).toEqual(["W>Z R2"]);
  });

  it("lets a later cell overwrite an earlier one, position by position", () => {
    // B lands in the middle of A's span: A | B | A
    expect(describeRelations([[0, 0, 0, 2, "A"], [0, 1, "B"]])).toEqual(["A>B R0", "B>A R0"]);
    // the earlier cell loses its only position and takes part in nothing
    expect(describeRelations([[0, 0, "OLD"], [0, 1, "N"], [0, 0, "NEW"]])).toEqual(["NEW>N R0"]);
    // an empty cell overwrites nothing
    expect(describeRelations([[0, 0, "A"], [0, 1, "B"], [0, 0, ""]])).toEqual(["A>B R0"]);
  });

  it("counts equal relations of different cell pairs separately", () => {
    expect(describeRelations([[0, 0, "X"], [0, 1, "Y"], [1, 0, "X"], [1, 1, "Y"]])).toEqual(["X>X D0", "X>Y R0 x2", "Y>Y D0"]);
  });

  it("orders lines numerically, negative and multi-digit indices included", () => {
    expect(describeRelations([[10, 0, "TEN"], [-1, 0, "MINUS"], [2, 0, "TWO"]])).toEqual(["MINUS>TWO D2", "TWO>TEN D7"]);
  });

  it("keys relations by text, direction and blanks", () => {
    const counts = relations(grid([[0, 0, "A"], [0, 2, "B"]]));
    expect([...counts]).toEqual([[relationKey("A", "B", "R", 1), 1]]);
  });
});

describe("relation multisets", () => {
  const ab = relations(grid([[0, 0, "X"], [0, 1, "Y"], [1, 0, "X"], [1, 1, "Y"]]));
  const one = relations(grid([[0, 0, "X"], [0, 1, "Y"]]));

  it("total, intersection and pooling count multiplicities", () => {
    expect(relationTotal(ab)).toBe(4);
    expect(sharedRelations(ab, one)).toBe(1);
    expect(sharedRelations(one, ab)).toBe(1);
    expect(sharedRelations(poolRelations([one, one]), ab)).toBe(2);
  });
});
