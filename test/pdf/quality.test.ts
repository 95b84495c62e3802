import { describe, expect, it } from "vitest";
import { assessTextLayer } from "../../src/pdf/quality.js";
import type { TextRun } from "../../src/types/index.js";

const runs = (...texts: string[]): TextRun[] => texts.map((text, i) => ({ text, x: 0, y: i * 10, width: 50, height: 8, fontSize: 8, fontName: "f" }));

describe("assessTextLayer", () => {
  it("trusts a Japanese table's text, symbols, full-width forms and Cyrillic homoglyphs included", () => {
    expect(assessTextLayer(runs("【取組主管課】●財政課", "将来負担比率 ▲18.9%", "①歳出構造の見直し ※ Ａ", "評価 А")).verdict).toBe("usable");
  });

  it("calls a page with almost no text 'none' (a scan)", () => {
    expect(assessTextLayer(runs("12", " ")).verdict).toBe("none");
  });

  it("calls glyph ids read as character codes 'broken': controls (pdfkit subset without ToUnicode)", () => {
    const q = assessTextLayer(runs("\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b", "\u000e\u000f\u0010\u0011\u0012\u0005"));
    expect(q.verdict).toBe("broken");
    expect(q.badShare).toBeGreaterThan(0.5);
  });

  it("calls IPA, Indic and Hebrew code points where kanji should be 'broken' (Chromium/Skia without ToUnicode)", () => {
    expect(assessTextLayer(runs("h\u0016êç¶ÿëÍ¿\u0003rÏ ÇI2é ]f຿໾", "ʴ˽˩ˋ޸Ղචൣधࠪʩৠʞʍ")).verdict).toBe("broken");
  });
});
