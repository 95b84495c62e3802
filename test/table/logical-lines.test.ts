import { describe, expect, it } from "vitest";
import { linesToText, readLogicalLines } from "../../src/table/logical-lines.js";
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
  it("joins a ・ inside brackets opened on the full line before (売却・貸付), a 中点 not a bullet", () => {
    expect(linesToText([line("未利用財産の処分(売却", 0, 0), line("・貸付)を促進する。", 0, 1)], [0, 0, 94, 100], 2)).toBe("未利用財産の処分(売却・貸付)を促進する。");
  });
  it("reports the evidence of line breaking without 行頭禁則 and the ・ starts it makes ambiguous", () => {
    const inner = [0, 0, 94, 100] as const; // 90 pt of text: 11 full-width glyphs fill a line
    const noKinsoku = readLogicalLines([line("あいうえおかきくけこさ", 0, 0), line("、しすせ", 0, 1)], inner, 2);
    expect(noKinsoku.kinsokuViolations).toBe(1);
    const middleDot = readLogicalLines([line("子育て支援施設、保健", 0, 0), line("・福祉系施設", 0, 1)], [0, 0, 86, 100], 2);
    expect(middleDot).toEqual({ text: "子育て支援施設、保健\n・福祉系施設", kinsokuViolations: 0, bulletsAfterFullLine: 1, longWraps: 0 });
    const afterHeading = readLogicalLines([line("【取組主管課】", 0, 0), line("・財政課", 0, 1)], [0, 0, 62, 100], 2);
    expect(afterHeading.bulletsAfterFullLine).toBe(0);
  });
  it("joins a number and its unit across a break, whatever room was left (LibreOffice moves ㎡、10,478,600円 whole)", () => {
    expect(linesToText([line("借地(6件 15,577.43", 0, 0), line("㎡、10,478,600円)について", 0, 1)], cell, 2)).toBe("借地(6件 15,577.43㎡、10,478,600円)について");
    expect(linesToText([line("実施 12", 0, 0), line("件、延べ 30人", 0, 1)], cell, 2)).toBe("実施 12件、延べ 30人");
    // A kanji unit that begins a word is not a unit: 人口 after a number on the line before is the writer's break.
    expect(linesToText([line("対象 12", 0, 0), line("人口動態", 0, 1)], cell, 2)).toBe("対象 12\n人口動態");
  });

  it("reads a wrap that left 2.5 ems or more empty as a wrap, and counts it as in doubt (件数 / 2,708,327件)", () => {
    // 10 glyphs = 80 pt of 98: 18 pt (2.25 em) left, "2,708,327件" (9 × 4 + 8 = 44 pt) does not fit.
    const near = readLogicalLines([line("ホームページアクセス", 0, 0), line("2,708,327件", 0, 1)], cell, 2);
    expect(near).toMatchObject({ text: "ホームページアクセス2,708,327件", longWraps: 0 });
    // 8 glyphs = 64 pt: 34 pt (4.25 em) left.
    const far = readLogicalLines([line("アクセス件数", 0, 0), line("2,708,327,000,000件", 0, 1)], cell, 2);
    expect(far).toMatchObject({ text: "アクセス件数2,708,327,000,000件", longWraps: 1 });
    // A wrap at a space is a wrap, however much room the space left.
    expect(readLogicalLines([line("整備面積 ", 0, 0), line("A=1524000000.0ha", 0, 1)], cell, 2).longWraps).toBe(0);
  });

  it("keeps an ASCII word with = whole when judging a wrap (整備面積 A=54.0ha)", () => {
    // 12 full-width glyphs + a space = 98 pt of 120: 22 pt left, "A=54.0ha" (8 × 4 pt = 32 pt) would not fit.
    expect(linesToText([line("下水道施設の整備面積計画 ", 0, 0), line("A=54.0ha", 0, 1)], [0, 0, 124, 100], 2)).toBe("下水道施設の整備面積計画 A=54.0ha");
  });
});
