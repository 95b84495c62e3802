import { describe, expect, it } from "vitest";
import { markLowConfidence } from "../../src/report/low-confidence.js";

describe("markLowConfidence", () => {
  it("marks each stretch at its next occurrence, in order, and escapes the rest", () => {
    expect(markLowConfidence("令和2年度示の<b>未基金</b>と年度示", ["年度示", "未基金", "年度示"]))
      .toBe('令和2<mark class="lowconf" title="OCRの信頼度が低い文字">年度示</mark>の&lt;b&gt;<mark class="lowconf" title="OCRの信頼度が低い文字">未基金</mark>&lt;/b&gt;と<mark class="lowconf" title="OCRの信頼度が低い文字">年度示</mark>');
  });
  it("leaves a stretch that a repair changed since unmarked", () => {
    expect(markLowConfidence("6.5%以下", ["6,5%"])).toBe("6.5%以下");
    expect(markLowConfidence("a<b", undefined)).toBe("a&lt;b");
  });
});
