import { describe, expect, it } from "vitest";
import type { OcrWord, PxBox } from "../../src/ocr/engine.js";
import { putBackDiscs } from "../../src/ocr/restore-shapes.js";
import { wordsToRuns } from "../../src/ocr/words-to-runs.js";

/** A word of single-character symbols laid left to right from x, on the line box given. */
function word(text: string, x: number, y0: number, y1: number, line: PxBox, step = 30): OcrWord {
  const symbols = [...text].map((t, i) => ({ text: t, x0: x + i * step, y0, x1: x + (i + 1) * step - 2, y1 }));
  return { text, confidence: 90, x0: x, y0, x1: x + text.length * step, y1, symbols, line };
}

describe("wordsToRuns", () => {
  it("keeps tesseract's reading order on a line even when its boxes overlap and run backwards", () => {
    const line = { x0: 0, y0: 10, x1: 300, y1: 40 };
    // 財政 / の / 健全 read in this order, but with the box of の placed inside 財政's (as jpn boxes often are).
    const words = [word("財政", 0, 10, 40, line), { ...word("の", 20, 12, 40, line), x0: 20, x1: 45 }, word("健全", 60, 10, 40, line)];
    const runs = wordsToRuns(words, { x: 100, y: 50 }, 300 / 72);
    expect(runs.map((r) => r.text)).toEqual(["財政の健全"]);
    expect(runs[0]!.chars).toBeUndefined(); // boxes not left to right: spaced evenly by the table stage
    expect(runs[0]!.x).toBeCloseTo(100, 5);
    expect(runs[0]!.confidence).toBe(90);
  });

  it("splits one tesseract line holding two visual lines (centred header text) and joins a small ・ to its line", () => {
    const merged = { x0: 0, y0: 0, x1: 200, y1: 80 };
    const words = [word("具体的な", 20, 0, 30, merged), word("取り組み項目", 0, 45, 75, merged)];
    expect(wordsToRuns(words, { x: 0, y: 0 }, 1).map((r) => r.text)).toEqual(["具体的な", "取り組み項目"]);
    const line = { x0: 0, y0: 0, x1: 200, y1: 30 };
    const dotted = [word("・", 0, 12, 18, line), word("健全化", 30, 0, 30, line)];
    expect(wordsToRuns(dotted, { x: 0, y: 0 }, 1).map((r) => r.text)).toEqual(["・健全化"]);
  });

  it("puts a space only between Latin words", () => {
    const line = { x0: 0, y0: 0, x1: 400, y1: 30 };
    expect(wordsToRuns([word("計画内容", 0, 0, 30, line), word("Check", 130, 0, 30, line), word("A", 320, 0, 30, line)], { x: 0, y: 0 }, 1)[0]!.text).toBe("計画内容Check A");
  });
});

describe("putBackDiscs", () => {
  it("puts an erased ● back at the start of the line it began", () => {
    const line1 = { x0: 60, y0: 0, x1: 400, y1: 30 }, line2 = { x0: 0, y0: 40, x1: 400, y1: 70 };
    const words = [word("政策推進課", 60, 0, 30, line1), word("財政課", 0, 40, 70, line2)];
    const out = putBackDiscs(words, [{ x0: 20, y0: 4, x1: 46, y1: 28 }]);
    expect(out.map((w) => w.text)).toEqual(["●政策推進課", "財政課"]);
    expect(out[0]!.symbols[0]).toMatchObject({ text: "●", x0: 20 });
  });
});
