import { describe, expect, it } from "vitest";
import { TEXT_RULES, repairBullets } from "../../src/text/index.js";

describe("repairBullets", () => {
  it.each([
    ["·財政課", "・財政課", TEXT_RULES.bullet],
    ["‧財政課", "・財政課", TEXT_RULES.bullet],
    ["•財政課", "・財政課", TEXT_RULES.bullet],
    ["∙財政課", "・財政課", TEXT_RULES.bullet],
    ["･財政課", "・財政課", TEXT_RULES.bullet],
    ["【取組主管課】\n·財政課", "【取組主管課】\n・財政課", TEXT_RULES.bullet],
    ["  ·財政課", "  ・財政課", TEXT_RULES.bullet],
    ["使用料·賃借料", "使用料・賃借料", TEXT_RULES.middleDot],
    ["知識‧認識", "知識・認識", TEXT_RULES.middleDot],
    ["期首····4月下旬", "期首・・・・4月下旬", TEXT_RULES.middleDot],
    ["長寿命化···個別計画", "長寿命化・・・個別計画", TEXT_RULES.middleDot],
    ["期中(管理)····10月上旬", "期中(管理)・・・・10月上旬", TEXT_RULES.middleDot],
  ])("%s → %s", (input, expected, rule) => {
    const result = repairBullets(input);
    expect(result.text).toBe(expected);
    expect(result.repairs.map((r) => r.rule)).toEqual([rule]);
  });

  it.each([
    ["・財政課"],
    ["●政策推進課"],
    ["3·4"], // a dot between digits is not a Japanese list mark
    ["Plan·Do"],
    ["1··2"], // a leader between digits is not Japanese text
    ["※注"],
  ])("keeps %s", (input) => {
    expect(repairBullets(input)).toEqual({ text: input, repairs: [] });
  });
});
