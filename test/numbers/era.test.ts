import { describe, expect, it } from "vitest";
import { findEraDates, parseEraDate, parseEraYear } from "../../src/numbers/era.js";

type Expected = {
  raw: string;
  iso: string;
  fiscal?: boolean;
  era?: string;
  eraYear?: number;
  end?: { iso: string; fiscal?: boolean } | null;
};

/** Era dates: constructed notations, and strings copied from the truth data. */
const ERA_CASES: readonly (readonly [string, Expected])[] = [
  ["令和2年度", { raw: "令和2年度", iso: "2020", fiscal: true, era: "令和", eraYear: 2, end: null }],
  ["令和元年", { raw: "令和元年", iso: "2019", fiscal: false, eraYear: 1 }],
  ["令和元年度に令和2年度採用決定した人員は", { raw: "令和元年度", iso: "2019", fiscal: true, eraYear: 1 }],
  ["平成31年", { raw: "平成31年", iso: "2019", fiscal: false, era: "平成", eraYear: 31 }],
  ["平成32年度当初", { raw: "平成32年度", iso: "2020", fiscal: true, eraYear: 32 }],
  ["(平成32年4月1日現在正規職員数)", { raw: "平成32年4月1日", iso: "2020-04-01", fiscal: false }],
  ["・令和2年8月20日(木)第1回目協議", { raw: "令和2年8月20日", iso: "2020-08-20" }],
  ["・令和3年1月7日(木)第2回目協議", { raw: "令和3年1月7日", iso: "2021-01-07" }],
  ["令和3年11月", { raw: "令和3年11月", iso: "2021-11" }],
  ["昭和64年1月7日", { raw: "昭和64年1月7日", iso: "1989-01-07", era: "昭和" }],
  ["大正15年", { raw: "大正15年", iso: "1926", era: "大正" }],
  ["明治45年", { raw: "明治45年", iso: "1912", era: "明治" }],
  ["令和二年度", { raw: "令和二年度", iso: "2020", fiscal: true, eraYear: 2 }],
  ["令和十一年", { raw: "令和十一年", iso: "2029", eraYear: 11 }],
  ["令和２年度", { raw: "令和２年度", iso: "2020", fiscal: true }],
  ["令和 2 年度", { raw: "令和 2 年度", iso: "2020", fiscal: true }],
  ["R2", { raw: "R2", iso: "2020", era: "令和", fiscal: false }],
  ["・R2年度末生活排水クリーン処理率75.7%", { raw: "R2年度", iso: "2020", fiscal: true }],
  ["70%(H27:54.3%)", { raw: "H27", iso: "2015", era: "平成" }],
  ["S63", { raw: "S63", iso: "1988", era: "昭和" }],
  ["R元年", { raw: "R元年", iso: "2019", eraYear: 1 }],
  ["(H26.8.29付け通知)", { raw: "H26.8.29", iso: "2014-08-29" }],
  ["R2.4.1", { raw: "R2.4.1", iso: "2020-04-01" }],
  ["R3/4/1", { raw: "R3/4/1", iso: "2021-04-01" }],
  ["令和2〜6年度", { raw: "令和2〜6年度", iso: "2020", fiscal: true, end: { iso: "2024", fiscal: true } }],
  ["令和2年度~令和6年度", { raw: "令和2年度~令和6年度", iso: "2020", fiscal: true, end: { iso: "2024", fiscal: true } }],
  ["令和2年度～令和6年度", { raw: "令和2年度～令和6年度", iso: "2020", fiscal: true, end: { iso: "2024" } }],
  ["平成28年度から令和2年度まで", { raw: "平成28年度から令和2年度", iso: "2016", end: { iso: "2020", fiscal: true } }],
  ["平成28～32年度", { raw: "平成28～32年度", iso: "2016", fiscal: true, end: { iso: "2020" } }],
  ["令和2年4月1日〜令和3年3月31日", { raw: "令和2年4月1日〜令和3年3月31日", iso: "2020-04-01", end: { iso: "2021-03-31" } }],
];

/** Texts with no era date. */
const NO_ERA_CASES: readonly string[] = ["H2O", "SH27", "ISO9001", "2020年度", "第3次南アルプス市行政改革実施計画", "令和", "M3サイズ"];

describe("parseEraDate", () => {
  it.each(ERA_CASES)("%j", (text, want) => {
    const date = parseEraDate(text);
    expect(date).toMatchObject(want);
    expect(date === null ? null : text.slice(date.span[0], date.span[1])).toBe(want.raw);
  });

  it.each(NO_ERA_CASES)("%j has no era date", (text) => {
    expect(parseEraDate(text)).toBeNull();
  });
});

describe("parseEraYear", () => {
  it.each([
    ["令和2年度", { era: "令和", eraYear: 2, year: 2020, fiscal: true }],
    ["令和元年", { era: "令和", eraYear: 1, year: 2019, fiscal: false }],
    ["平成31年", { era: "平成", eraYear: 31, year: 2019, fiscal: false }],
    ["平成32年4月1日", { era: "平成", eraYear: 32, year: 2020, fiscal: false }],
    ["H27", { era: "平成", eraYear: 27, year: 2015, fiscal: false }],
    ["R2", { era: "令和", eraYear: 2, year: 2020, fiscal: false }],
  ] as const)("%j", (text, want) => {
    expect(parseEraYear(text)).toEqual(want);
  });

  it("is null without an era", () => {
    expect(parseEraYear("2020年")).toBeNull();
  });
});

describe("findEraDates", () => {
  it("finds every date, in order (truth text)", () => {
    const text = "令和元年度に令和2年度採用決定した人員は、…6名増員となった。(令和2年4月1日現在624人)";
    expect(findEraDates(text).map((d) => [d.raw, d.iso, d.fiscal])).toEqual([
      ["令和元年度", "2019", true],
      ["令和2年度", "2020", true],
      ["令和2年4月1日", "2020-04-01", false],
    ]);
  });

  it("reads a period once, not as two dates", () => {
    expect(findEraDates("令和2年度~令和6年度").map((d) => d.raw)).toEqual(["令和2年度~令和6年度"]);
  });
});
