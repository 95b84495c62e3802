import { describe, expect, it } from "vitest";
import { TEXT_RULES, repairSpaces } from "../../src/text/index.js";
import { truthTexts } from "./truth.js";

describe("repairSpaces", () => {
  it.each([
    ["財 政 の 健 全 化", "財政の健全化"],
    ["財\u3000政の健全化", "財政の健全化"],
    ["財\u00A0政", "財政"],
    ["令 和 2 年 度", "令和2年度"], // letter-spaced, digits included
    ["行政改革 の 推進", "行政改革の推進"],
    ["実施した 。", "実施した。"],
    ["実施し 、推進", "実施し、推進"],
    ["「 公営企業 」", "「公営企業」"],
    ["（ 第6期 ）", "（第6期）"],
    ["(H27:54.3%) 実績", "(H27:54.3%)実績"],
    ["軽減 (健全化判断比率の抑制)", "軽減(健全化判断比率の抑制)"],
    ["・ 財政課", "・財政課"],
    ["① 歳出構造の見直し", "①歳出構造の見直し"],
    ["※ 実質公債費比率", "※実質公債費比率"],
    ["将来負担比率 ▲ 18.9%", "将来負担比率 ▲18.9%"],
    ["6.5% 以下", "6.5%以下"],
    ["実質公債費比率 6.5% 以下", "実質公債費比率 6.5%以下"],
    ["CATV での周知", "CATVでの周知"],
    ["実質公債費比率   6.5%以下", "実質公債費比率 6.5%以下"],
    ["実質公債費比率\u30006.5%以下", "実質公債費比率 6.5%以下"],
    ["実質公債費比率\t6.5%以下", "実質公債費比率 6.5%以下"],
    ["Plan   Do", "Plan Do"],
    ["  財政課  ", "財政課"],
    ["財政課 \n 納税課", "財政課\n納税課"],
    ["市: 課長 , 課長補佐", "市: 課長, 課長補佐"],
    ["財\u200B政", "財政"],
    ["\uFEFF財政", "財政"],
  ])("%j → %j", (input, expected) => {
    expect(repairSpaces(input).text).toBe(expected);
  });

  it.each([
    ["Plan Do Check"],
    ["実質公債費比率 6.5%以下"],
    ["ネーミングライツ 4,000千円"],
    ["公共施設整備等事業基金 36億円"],
    ["(6件 15,577.43㎡、10,478,600円)"],
    ["滞納分徴収率 - %"],
    ["県: 観光資源課長他2人"],
    ["計画整備面積累計 A=1524.0ha"],
    ["将来負担比率 ▲18.9%"],
    ["1 財政の健全化"],
    ["A 目標を達成"],
    ["令和2年度"],
    ["Москва Київ"],
  ])("keeps %j", (input) => {
    expect(repairSpaces(input)).toEqual({ text: input, repairs: [] });
  });

  it("records each change with the characters around the space", () => {
    expect(repairSpaces("財 政\u3000 6").repairs).toEqual([
      { rule: TEXT_RULES.spaceRemove, from: "財 政", to: "財政" },
      { rule: TEXT_RULES.spaceCollapse, from: "政\u3000 6", to: "政 6" },
    ]);
  });

  it("passes every truth text through unchanged", () => {
    for (const text of truthTexts) expect(repairSpaces(text)).toEqual({ text, repairs: [] });
  });
});
