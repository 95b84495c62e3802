import { describe, expect, it } from "vitest";
import { readDocumentInfo } from "../../src/profile/document-info.js";
import type { PageContent, TextRun } from "../../src/types/index.js";

const run = (text: string, x: number, y: number, fontSize: number): TextRun =>
  ({ text, x, y, width: fontSize * [...text].length, height: fontSize, fontSize, fontName: "f" });

function page(runs: TextRun[]): PageContent {
  return { pageNo: 1, width: 1190, height: 842, runs, rules: [], quality: { verdict: "usable", chars: 0, suspectShare: 0, reason: "" }, source: "text-layer" } as unknown as PageContent;
}

describe("readDocumentInfo", () => {
  it("takes the largest line as the title, with the cells' cleaning (bidi override, zero-width, controls removed)", () => {
    const info = readDocumentInfo(page([
      run("\u202E第3次南アルプス\u200B市行政改革\u0007実施計画", 100, 40, 18),
      run("令和3年3月 南アルプス市", 900, 80, 9),
    ]), [], []);
    expect(info.title).toBe("第3次南アルプス市行政改革実施計画");
    expect(info.municipality).toBe("南アルプス市");
    expect(info.published).toBe("令和3年3月");
  });

  it("reads 200,000 one-glyph lines outside the table in bounded time (was quadratic, then a stack overflow)", () => {
    const runs: TextRun[] = [run("行政改革実施計画", 100, 20, 20)];
    // 400 columns × 500 rows of 1 pt glyphs, 3 pt apart: every glyph its own line.
    for (let i = 0; i < 200_000; i++) runs.push(run("あ", 10 + (i % 400) * 3 * 3, 60 + Math.floor(i / 400) * 1.5, 1));
    const started = performance.now();
    const info = readDocumentInfo(page(runs), [], []);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(info.title).toBe("行政改革実施計画");
  });

  it("keeps runs on one baseline far apart as separate lines, near ones as one", () => {
    const info = readDocumentInfo(page([run("表題", 100, 40, 20), run("です", 142, 40, 20), run("凡例", 600, 40, 20), run("注", 100, 100, 8)]), [], []);
    // Joined with the cells' rule: no space between Japanese characters.
    expect(info.title).toBe("表題です");
  });
});
