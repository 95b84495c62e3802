import { describe, expect, it } from "vitest";
import { TEXT_RULES, repairAlphanumericConfusions } from "../../src/text/index.js";

describe("repairAlphanumericConfusions", () => {
  it.each([
    ["15,O00千円", "15,000千円"], // O in a number
    ["1O0", "100"],
    ["A=54.Oha", "A=54.0ha"],
    ["H2l", "H21"],
    ["l,500人", "1,500人"], // l before a separator and digits
    ["A=I524.0ha", "A=1524.0ha"],
    ["0JT", "OJT"], // 0 in a Latin word
    ["NP0", "NPO"],
    ["P1an", "Plan"], // 1 between lowercase letters
    ["PD1CA", "PDICA"],
    ["第l期", "第1期"], // a lone l beside Japanese
    ["令和3年I月", "令和3年1月"],
    ["IO月上旬", "10月上旬"],
    ["6,5%", "6.5%"], // comma not followed by a thousands group
    ["15,577,43㎡", "15,577.43㎡"],
    ["H26,8.29付け", "H26.8.29付け"],
    ["1.263,695千円", "1,263,695千円"], // point followed by a group and another separator
    ["10,478.600円", "10,478,600円"], // point after a comma group
    ["16.000千円", "16,000千円"], // point before a counter of whole things
    ["617.290件", "617,290件"],
  ])("%s → %s", (input, expected) => {
    const result = repairAlphanumericConfusions(input);
    expect(result.text).toBe(expected);
    expect(result.repairs.every((r) => r.rule === TEXT_RULES.ocrAlphanumeric)).toBe(true);
  });

  it.each([
    ["15.000"], // may be a decimal
    ["0.512"],
    ["96.4億円"],
    ["第3,4回"], // an enumeration before a counter
    ["15,577.43㎡"],
    ["H26.8.29"],
    ["R1年度"], // one letter: the 1 is a digit
    ["No1"],
    ["1st"],
    ["CO2"],
    ["OJT"],
    ["PDCA"],
    ["O型"],
    ["Plan Do Check"],
    ["1,263,695千円-(475,257千円)"],
    ["市: 課長, 課長補佐"],
  ])("keeps %s", (input) => {
    expect(repairAlphanumericConfusions(input)).toEqual({ text: input, repairs: [] });
  });

  it("records the whole token", () => {
    expect(repairAlphanumericConfusions("売却額 5,O00千円").repairs).toEqual([
      { rule: TEXT_RULES.ocrAlphanumeric, from: "5,O00", to: "5,000" },
    ]);
  });
});
