import { describe, expect, it } from "vitest";
import { linesToText } from "../../src/table/logical-lines.js";
import type { CellLine } from "../../src/table/types.js";

const cell = [0, 0, 102, 100] as const; // inner width 98 pt with 2 pt padding
const line = (text: string, x1: number, i: number): CellLine => ({ text, x0: 2, x1, top: i * 10, bottom: i * 10 + 8, fontSize: 8 });

describe("linesToText", () => {
  it("joins a line that fills the cell with the next (a wrap), no space", () => {
    expect(linesToText([line("財政調整基金、減債基金、公共施", 98, 0), line("設整備基金合わせて", 74, 1)], cell)).toBe("財政調整基金、減債基金、公共施設整備基金合わせて");
  });
  it("starts a new logical line at a bullet, a heading, a note or a circled number", () => {
    for (const start of ["・財政課", "【関係課等】", "[参考]", "※注記", "①歳出", "●政策推進課"]) {
      expect(linesToText([line("あいうえおかきくけこさしすせ", 98, 0), line(start, 40, 1)], cell)).toBe(`あいうえおかきくけこさしすせ\n${start}`);
    }
  });
  it("breaks after a line that ends well short of the right edge", () => {
    expect(linesToText([line("市税", 18, 0), line("現年分徴収率 98.5%", 70, 1)], cell)).toBe("市税\n現年分徴収率 98.5%");
  });
  it("treats a line short by two glyphs (line-breaking rules) as a wrap", () => {
    expect(linesToText([line("あいうえおかきくけこさし", 84, 0), line("す。", 18, 1)], cell)).toBe("あいうえおかきくけこさしす。");
  });
});
