import { describe, expect, it } from "vitest";
import {
  RADICAL_SUPPLEMENT_TO_UNIFIED,
  TEXT_RULES,
  foldFullwidthAscii,
  foldHalfwidthKatakana,
  kangxiToUnified,
  removeControlChars,
  repairUnicode,
} from "../../src/text/index.js";

describe("repairUnicode", () => {
  it("uses NFKC for Kangxi radicals as documented", () => {
    expect("\u2F47".normalize("NFKC")).toBe("日");
    expect(kangxiToUnified("\u2F47")).toBe("日");
    expect(kangxiToUnified("日")).toBeUndefined();
  });

  it.each([
    ["⽇本", "日本", TEXT_RULES.kangxi],
    ["⼈⼝", "人口", TEXT_RULES.kangxi],
    ["⾏政改⾰", "行政改革", TEXT_RULES.kangxi],
    ["⾦額", "金額", TEXT_RULES.kangxi],
    ["⻑期", "長期", TEXT_RULES.radicalSupplement],
    ["市⺠", "市民", TEXT_RULES.radicalSupplement],
    ["関⻄", "関西", TEXT_RULES.radicalSupplement],
    ["⻘少年", "青少年", TEXT_RULES.radicalSupplement],
    ["給⻝", "給食", TEXT_RULES.radicalSupplement],
    ["⻤", "鬼", TEXT_RULES.radicalSupplement],
    ["⻣折", "骨折", TEXT_RULES.radicalSupplement],
    ["⺟子", "母子", TEXT_RULES.radicalSupplement],
    ["⺢", "水", TEXT_RULES.radicalSupplement],
    ["⺮", "竹", TEXT_RULES.radicalSupplement],
    ["⻆", "角", TEXT_RULES.radicalSupplement],
    ["⻌", "辶", TEXT_RULES.radicalSupplement],
    ["⻖", "阝", TEXT_RULES.radicalSupplement],
    ["\uFA10", "塚", TEXT_RULES.cjkCompatibility],
    ["\uF91D", "欄", TEXT_RULES.cjkCompatibility],
    ["２０２０年", "2020年", TEXT_RULES.fullwidthAscii],
    ["（Ｈ２７：５４．３％）", "(H27:54.3%)", TEXT_RULES.fullwidthAscii],
    ["［達成目安］", "[達成目安]", TEXT_RULES.fullwidthAscii],
    ["Ａ＝５４．０ｈａ", "A=54.0ha", TEXT_RULES.fullwidthAscii],
    ["１，２６３千円－（４７５千円）", "1,263千円-(475千円)", TEXT_RULES.fullwidthAscii],
    ["給水原価１２５円＜供給単価", "給水原価125円<供給単価", TEXT_RULES.fullwidthAscii],
    ["ｶﾞｲﾄﾞ", "ガイド", TEXT_RULES.halfwidthKana],
    ["ﾊﾟﾝﾌﾚｯﾄ", "パンフレット", TEXT_RULES.halfwidthKana],
    ["ｺﾐｭﾆﾃｨﾊﾞｽ", "コミュニティバス", TEXT_RULES.halfwidthKana],
    ["｢ｼｽﾃﾑ｣､", "「システム」、", TEXT_RULES.halfwidthKana],
    ["カﾞ", "ガ", TEXT_RULES.halfwidthKana],
    ["か\u3099ん", "がん", TEXT_RULES.combiningKana],
    ["ハ\u309Aン", "パン", TEXT_RULES.combiningKana],
  ])("%s → %s (%s)", (input, expected, rule) => {
    const result = repairUnicode(input);
    expect(result.text).toBe(expected);
    expect(result.repairs.length).toBeGreaterThan(0);
    expect(result.repairs.every((r) => r.rule === rule)).toBe(true);
  });

  it.each([
    ["①歳出構造の見直し"],
    ["※実質公債費比率"],
    ["〜"],
    ["4月～6月"],
    ["㈱南アルプス"],
    ["▲18.9%"],
    ["△"],
    ["「公営企業」"],
    ["【取組主管課】"],
    ["使用料・賃借料"],
    ["15,577.43㎡"],
    ["㍻31年"],
    ["すごい！本当？"],
    ["〈主な達成目安〉"],
    ["﨑"],
    ["令和2年度"],
  ])("keeps %s", (input) => {
    expect(repairUnicode(input)).toEqual({ text: input, repairs: [] });
  });

  it("records each change with its original and replacement", () => {
    expect(repairUnicode("⽇本のＡ").repairs).toEqual([
      { rule: TEXT_RULES.kangxi, from: "⽇", to: "日" },
      { rule: TEXT_RULES.fullwidthAscii, from: "Ａ", to: "A" },
    ]);
  });

  it("maps every radical-supplement entry to a single unified ideograph", () => {
    for (const [radical, unified] of RADICAL_SUPPLEMENT_TO_UNIFIED) {
      expect(radical.codePointAt(0)).toBeGreaterThanOrEqual(0x2e80);
      expect(radical.codePointAt(0)).toBeLessThanOrEqual(0x2ef3);
      expect(unified).toMatch(/^\p{Script=Han}$/u);
    }
  });

  it("folds the whole full-width ASCII range except ！？～", () => {
    for (let cp = 0xff01; cp <= 0xff5e; cp++) {
      const ch = String.fromCodePoint(cp);
      const { text } = foldFullwidthAscii(ch);
      expect(text).toBe("！？～".includes(ch) ? ch : String.fromCodePoint(cp - 0xfee0));
    }
  });

  it("folds the whole half-width katakana block to full-width", () => {
    for (let cp = 0xff61; cp <= 0xff9f; cp++) {
      const { text } = foldHalfwidthKatakana(String.fromCodePoint(cp));
      expect(text).toMatch(/^[\u3000-\u30FF]$/u);
    }
  });
});

describe("removeControlChars", () => {
  it("drops NUL from unmapped glyphs and bidi overrides, keeps tab and line feed", () => {
    const { text, repairs } = removeControlChars("\u0000表\u202Eexe.txt\u202C\t行\n次");
    expect(text).toBe("表exe.txt\t行\n次");
    expect(repairs.map((r) => r.from)).toEqual(["\u0000", "\u202E", "\u202C"]);
  });
});
