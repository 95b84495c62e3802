import { describe, expect, it } from "vitest";
import { TEXT_RULES, repairHomoglyphs } from "../../src/text/index.js";

describe("repairHomoglyphs", () => {
  it.each([
    ["А", "A"], // Cyrillic grade letter
    ["В", "B"],
    ["С", "C"],
    ["Α", "A"], // Greek grade letter
    ["Β", "B"],
    ["Н27", "H27"], // era letter before a year
    ["Р", "P"],
    ["評価:В", "評価:B"],
    ["ОJT", "OJT"], // Cyrillic О inside a Latin word
    ["PDСA", "PDCA"],
    ["Рlan Dо", "Plan Do"], // Cyrillic Р and small о
    ["ΝΡO", "NPO"], // Greek Ν and Ρ
    ["CАTV", "CATV"],
    ["SΝS", "SNS"],
    ["HР広告", "HP広告"],
    ["KΕΥ", "KEY"],
  ])("%s → %s", (input, expected) => {
    const result = repairHomoglyphs(input);
    expect(result.text).toBe(expected);
    expect(result.repairs.every((r) => r.rule === TEXT_RULES.homoglyph)).toBe(true);
  });

  it.each([
    ["Москва"], // a Russian word
    ["Αθήνα"], // a Greek word
    ["ОК"], // all-Cyrillic two-letter word
    ["Ω"], // no Latin twin
    ["Д"],
    ["α"], // lone small letter
    ["Plan Do Check"],
    ["A"],
    ["財政課"],
  ])("keeps %s", (input) => {
    expect(repairHomoglyphs(input)).toEqual({ text: input, repairs: [] });
  });

  it("records the whole word", () => {
    expect(repairHomoglyphs("ОJTの強化").repairs).toEqual([{ rule: TEXT_RULES.homoglyph, from: "ОJT", to: "OJT" }]);
  });
});
