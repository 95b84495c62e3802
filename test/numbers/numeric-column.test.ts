import { describe, expect, it } from "vitest";
import { checkNumericColumn } from "../../src/numbers/numeric-column.js";

const checks = (header: string, values: (string | undefined)[]) =>
  Object.fromEntries([...checkNumericColumn(header, values)].map(([i, c]) => [values[i], c.kind === "repaired" ? c.to : `?${c.readings.join("|")}`]));

describe("checkNumericColumn", () => {
  it("repairs a point read for a thousands comma in a column of comma-grouped whole numbers", () => {
    expect(checks("決算額（千円）", ["12,480", "6.214", "132,560", "▲1.050", "980"])).toEqual({ "6.214": "6,214", "▲1.050": "▲1,050" });
  });

  it("repairs a point and a comma together, and points between several groups", () => {
    expect(checks("事業費（千円）", ["132.,560", "45,000", "1.263.695", "7,200"])).toEqual({ "132.,560": "132,560", "1.263.695": "1,263,695" });
  });

  it("only flags 6.214 with both readings when the column also holds decimals (it may be one)", () => {
    const got = checkNumericColumn("金額（千円）", ["1,250", "6.214", "12.5", "3,400"]);
    expect([...got]).toEqual([[1, { kind: "ambiguous", readings: ["6.214", "6,214"], reason: expect.any(String) }]]);
  });

  it("leaves 6.214 alone in a column whose decimals have three digits (rates such as 0.125)", () => {
    expect(checks("比率", ["0.125", "6.214", "1.500", "0.333"])).toEqual({});
  });

  it("reads 一 or ー alone as the column's nil dash and before digits as a minus", () => {
    expect(checks("増減（千円）", ["1,200", "一", "－", "ー3,400", "560"])).toEqual({ "一": "－", "ー3,400": "-3,400" });
  });

  it("checks nothing in a column of words, even with a stray 一, nor for a unit character inside a header word", () => {
    expect(checks("事業名", ["道路維持補修事業", "一", "公園管理", "6.214"])).toEqual({});
    expect(checks("対象法人", ["社会福祉法人", "一", "NPO法人"])).toEqual({});
    expect(checks("参加者（単位：人）", ["一", "12", "8"])).toEqual({ "一": "-" });
  });

  it("takes a column of numbers with no unit in its header as numeric when most cells are numbers", () => {
    expect(checks("R5", ["1,234", "6.214", "2,000", undefined, ""])).toEqual({ "6.214": "6,214" });
    expect(checks("R5", ["1,234", "6.214"])).toEqual({}); // two cells: too few to know the column's convention
  });
});
