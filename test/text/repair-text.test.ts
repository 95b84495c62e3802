import { describe, expect, it } from "vitest";
import { TEXT_RULES, repairText } from "../../src/text/index.js";
import { truthTexts } from "./truth.js";

describe("repairText", () => {
  it("passes every text field of every truth row through unchanged", () => {
    expect(truthTexts.length).toBeGreaterThan(400);
    for (const text of truthTexts) expect(repairText(text)).toEqual({ text, repairs: [] });
  });

  it.each([
    ["①"],
    ["※"],
    ["▲"],
    ["△"],
    ["〜"],
    ["「」"],
    ["【】"],
    ["Plan Do Check"],
    ["令和2年度"],
    ["実質公債費比率 6.5%以下"],
    ["㈱"],
    ["㎡"],
  ])("keeps %j", (input) => {
    expect(repairText(input)).toEqual({ text: input, repairs: [] });
  });

  it.each([
    ["· ⽇本の⻑期 　計画", "・日本の長期計画"],
    ["実質公債費比率　６．５％ 以下", "実質公債費比率 6.5%以下"],
    ["ＯJＴ による 研修", "OJTによる研修"],
    ["Рlan　Do", "Plan Do"],
    ["ｶﾞｲﾄﾞ ﾌﾞｯｸ", "ガイドブック"],
  ])("%j → %j", (input, expected) => {
    expect(repairText(input).text).toBe(expected);
  });

  it("applies the steps in order unicode → homoglyphs → bullets → spaces", () => {
    expect(repairText("･ ⽇本　Сity").repairs.map((r) => r.rule)).toEqual([
      TEXT_RULES.kangxi,
      TEXT_RULES.halfwidthKana,
      TEXT_RULES.homoglyph,
      TEXT_RULES.spaceRemove,
      TEXT_RULES.spaceCollapse,
    ]);
  });

  it("leaves out skipped steps", () => {
    expect(repairText("財 政", { skip: ["spaces"] }).text).toBe("財 政");
    expect(repairText("⽇", { skip: ["unicode"] }).text).toBe("⽇");
  });
});
