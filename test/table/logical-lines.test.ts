import { describe, expect, it } from "vitest";
import { linesToText } from "../../src/table/logical-lines.js";
import type { CellLine } from "../../src/table/types.js";

const cell = [0, 0, 102, 100] as const; // inner width 98 pt with 2 pt padding, 8 pt type
/** A line of 8 pt text from x = 2: full-width glyphs advance 8 pt, others 4 pt. */
const line = (text: string, _x1: number, i: number): CellLine => {
  const advances = [...text].map((ch) => (/[\x20-\x7e]/.test(ch) ? 4 : 8));
  return { text, x0: 2, x1: 2 + advances.reduce((s, a) => s + a, 0), advances, top: i * 10, bottom: i * 10 + 8, fontSize: 8 };
};

describe("linesToText", () => {
  it("joins a line that fills the cell with the next (a wrap), no space", () => {
    expect(linesToText([line("財政調整基金、減債基金、", 0, 0), line("公共施設整備基金合わせて", 0, 1)], cell)).toBe("財政調整基金、減債基金、公共施設整備基金合わせて");
  });
  it("starts a new logical line at a bullet, a heading, a note or a circled number", () => {
    for (const start of ["・財政課", "【関係課等】", "[参考]", "※注記", "①歳出", "●政策推進課"]) {
      expect(linesToText([line("あいうえおかきくけこさし", 0, 0), line(start, 0, 1)], cell)).toBe(`あいうえおかきくけこさし\n${start}`);
    }
  });
  it("breaks after a line that ends well short of the right edge", () => {
    expect(linesToText([line("市税", 18, 0), line("現年分徴収率 98.5%", 70, 1)], cell)).toBe("市税\n現年分徴収率 98.5%");
  });
  it("treats a line short by two glyphs as a wrap when 禁則 pushed a glyph down with 。", () => {
    // 11 glyphs = 88 pt: 10 pt left, "す。" (16 pt) would not fit, "す" alone would.
    expect(linesToText([line("あいうえおかきくけこさ", 0, 0), line("す。", 0, 1)], cell)).toBe("あいうえおかきくけこさす。");
  });
  it("breaks when even that unit would have fitted", () => {
    expect(linesToText([line("あいうえおかきく", 0, 0), line("す。", 0, 1)], cell)).toBe("あいうえおかきく\nす。");
  });
  it("keeps an ASCII number whole: a short line before a long number is a wrap", () => {
    expect(linesToText([line("あいうえおかきくけ", 0, 0), line("1,263,695千円", 0, 1)], cell)).toBe("あいうえおかきくけ1,263,695千円");
  });
  it("keeps the space a wrap left at the end of a line", () => {
    expect(linesToText([line("負担の実質公債費比率 ", 0, 0), line("6.5%以下", 0, 1)], cell)).toBe("負担の実質公債費比率 6.5%以下");
  });
  it("ends an item after a number with its unit when only a long unit explains a wrap", () => {
    expect(linesToText([line("ふるさと納税 200,000円", 0, 0), line("ネーミングライツ", 0, 1)], cell)).toBe("ふるさと納税 200,000円\nネーミングライツ");
  });
});
