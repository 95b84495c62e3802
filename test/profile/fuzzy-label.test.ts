import { describe, expect, it } from "vitest";
import { labelHolds } from "../../src/profile/fuzzy-label.js";
import { substringEditDistance } from "../../src/text/edit-distance.js";
import { mapColumns, PROFILES } from "../../src/profile/index.js";

describe("OCR-tolerant header words", () => {
  it("measures the edits from a word to the best substring of a label", () => {
    expect(substringEditDistance("達成度", "取組工程に対する評価(Check)際成度")).toBe(1);
    expect(substringEditDistance("達成度", "取組達成度")).toBe(0);
    expect(substringEditDistance("取組状況", "令和2年度の取組内容")).toBe(2);
  });

  it("tolerates one misread character in three, not more", () => {
    expect(labelHolds("際成度", "達成度")).toBe(true);
    expect(labelHolds("取組伏況(Do)", "取組状況")).toBe(true);
    expect(labelHolds("際戌度", "達成度")).toBe(false);
  });

  it("places the grade column of an OCR'd header whose 達 was read as 際, and only a free column", () => {
    const labels = ["基本方針", "取り組みの方針", "取り組みの項目", "No.", "具体的な取り組み項目", "取組主管課・関係課等", "今後の取組方向", "関係する計画等", "令和2年度の達成目標", "計画内容(Plan)令和2年度計画", "取組状況(Do)令和2年度の取組内容", "取組工程に対する評価(Check)ーー", "取組工程に対する評価(Check)際成度", "見直し、改善事項(Action)"];
    const columns = mapColumns(labels, PROFILES[0]!);
    expect(columns.get("grade")).toBe(12);
    expect(columns.get("target")).toBe(8);
    expect(columns.get("check")).toBe(11);
  });
});
