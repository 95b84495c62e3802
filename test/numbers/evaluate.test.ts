import { describe, expect, it } from "vitest";
import { evaluate, normalizeLabel } from "../../src/numbers/evaluate.js";

/** Summary of an evaluation: [label, target raw, actual raw, met]. */
const summary = (targets: string | readonly string[], done: string | readonly string[]) =>
  evaluate(targets, done).map((e) => [e.label, e.target.raw, e.actual.raw, e.met]);

describe("evaluate (truth rows)", () => {
  it("judges ratios that must stay under a ceiling, a negative ratio included", () => {
    const target =
      "・健全化判断比率を次のとおりとする。\n実質公債費比率 6.5%以下\n将来負担比率 31.8%以下\n※実質公債費比率:一般会計等が負担する市債の元利償還金及びそれに準ずる償還金の標準財政規模を基本とした額に対する割合\n※将来負担比率:一般会計等が将来負担すべき実質的な負債の標準財政規模を基本とした額に対する割合";
    const plan = "[達成目安]\n第6期財政計画値\n・実質公債費比率 6.5%\n・将来負担比率 31.8%";
    const done = "・実質公債費比率 3.7%\n・将来負担比率 ▲18.9%";
    const evaluations = evaluate([target, plan], [done]);
    expect(evaluations.map((e) => [e.label, e.target.raw, e.target.comparator, e.actual.value, e.met])).toEqual([
      ["実質公債費比率", "6.5%", "≤", 3.7, true],
      ["将来負担比率", "31.8%", "≤", -18.9, true],
    ]);
  });

  it("pairs funds by the closest label and leaves unknown directions null", () => {
    const target = "・年度末財政調整基金等残高96億円以上の確保\n(第6期財政計画値 96.4億円)";
    const plan =
      "・財政調整基金、減債基金、公共施設整備基金合わせて、6億円取り崩し、令和2年度末基金残高を96億円以上確保する。\n[参考]\n第6期財政計画値\n・財政調整基金残高40億円\n・減債基金残高20億円\n・公共施設整備等事業基金 36億円";
    const done = "・財政調整基金残高40.6億円\n・減債基金残高27.7億円\n・公共施設整備等事業基金残高47.3億円";
    expect(summary([target, plan], [done])).toEqual([
      ["財政調整基金残高", "40億円", "40.6億円", null],
      ["減債基金残高", "20億円", "27.7億円", null],
      ["公共施設整備等事業基金", "36億円", "47.3億円", null],
    ]);
  });

  it("pairs a term written twice in order (市税 and 国保税 rates)", () => {
    const target =
      "・徴収率を次のとおりとする。\n市税\n現年分徴収率 98.5%\n滞繰分徴収率 22.0%\n市税合計 95.0%\n国保税\n現年分徴収率 95.0%\n滞繰分徴収率 23.0%\n国保税合計 77.0%";
    const done =
      "現年度+過年度の徴収率の向上を目指した。\n市税\n現年分徴収率 99.3%\n滞繰分徴収率 36.3%\n市税合計 97.1%\n国保税\n現年分徴収率 97.0%\n滞繰分徴収率 38.6%\n国保税合計 87.4%";
    expect(summary([target, target], [done])).toEqual([
      ["現年分徴収率", "98.5%", "99.3%", null],
      ["滞繰分徴収率", "22.0%", "36.3%", null],
      ["市税合計", "95.0%", "97.1%", null],
      ["現年分徴収率", "95.0%", "97.0%", null],
      ["滞繰分徴収率", "23.0%", "38.6%", null],
      ["国保税合計", "77.0%", "87.4%", null],
    ]);
  });

  it("judges floors written 以上, in the same base unit", () => {
    const target = "・自主財源収入額を次のとおりとする。\nふるさと納税 200,000千円以上\nネーミングライツ 5,000千円以上\n有料広告収入 600千円以上";
    const done = "・ネーミングライツ 4,000千円\n・ホームページ広告 220千円\n・コミュニティバス車体広告 303千円";
    expect(summary(target, done)).toEqual([["ネーミングライツ", "5,000千円", "4,000千円", false]]);
  });

  it("matches a label written with a leading date", () => {
    const target = "・公営企業会計での適正な運用\n・汚水処理施設整備基本構想に基づいた整備促進\n・生活排水クリーン処理率 78.1%";
    const done = "・R2年度末生活排水クリーン処理率75.7%\n・下水道施設の整備計画整備面積 A=54.0ha";
    expect(summary(target, done)).toEqual([["生活排水クリーン処理率", "78.1%", "75.7%", null]]);
  });
});

describe("evaluate (rules)", () => {
  it.each([
    ["≥ met", "参加者 800人以上", "参加者 812人", true],
    ["≥ not met", "参加者 800人以上", "参加者 790人", false],
    ["≤ met", "比率 10%以下", "比率 9.9%", true],
    ["< not met at the bound", "待機児童 5人未満", "待機児童 5人", false],
    ["> met", "件数 10件超", "件数 11件", true],
    ["確保 makes a floor", "・基金残高を96億円確保", "基金残高 115.6億円", true],
    ["≈ is not judged", "利用者 約3,000人", "利用者 2,900人", null],
    ["no comparator is not judged", "徴収率 98.5%", "徴収率 99.3%", null],
    ["different scales compare in JPY", "ふるさと納税 2億円以上", "ふるさと納税 263,695千円", true],
    ["units that do not compare", "職員数 615人以下", "職員数 12.5%", null],
  ] as const)("%s", (_rule, target, done, met) => {
    const [evaluation] = evaluate([target], [done]);
    expect(evaluation?.met).toBe(met);
  });

  it("matches labels that contain one another, ignoring bullets and spaces", () => {
    expect(summary("・ 処理率 78.1%以上", "●R2年度末 汚水処理率 80.0%")).toEqual([["処理率", "78.1%", "80.0%", true]]);
  });

  it("prefers a target that writes its comparison over a plan that repeats the number", () => {
    expect(summary(["比率 6.5%", "比率 6.5%以下"], ["比率 3.7%"])).toEqual([["比率", "6.5%", "3.7%", true]]);
  });

  it("skips quantities with no label and terms with no result", () => {
    expect(evaluate(["70%(目標)", "件数 5件"], ["66.4%"])).toEqual([]);
  });

  it("normalizes labels for matching", () => {
    expect(normalizeLabel("・ 実質公債費比率")).toBe("実質公債費比率");
  });
});
