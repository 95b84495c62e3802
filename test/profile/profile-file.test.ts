import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GYOSEI_KAIKAKU } from "../../src/profile/gyosei-kaikaku.js";
import { mapColumns } from "../../src/profile/match.js";
import { parseProfileFile } from "../../src/profile/profile-file.js";

describe("profile files", () => {
  it("gyosei-kaikaku is a profile file: its patterns compile to the header mapping of the sample", () => {
    const labels = ["基本方針", "取り組みの方針", "取り組みの項目", "No.", "具体的な取り組み項目", "取組主管課・関係課等", "今後の取組方向", "関係する計画等", "令和2年度の達成目標", "計画(Plan)", "取組内容(Do)", "取組工程に対する評価(Check)取組達成度", "評価(Check)", "見直し、改善事項(Action)"];
    const map = mapColumns(labels, GYOSEI_KAIKAKU);
    expect(Object.fromEntries(map)).toMatchObject({ basicPolicy: 0, direction: 1, topic: 2, no: 3, item: 4, departments: 5, futureDirection: 6, relatedPlans: 7, target: 8, plan: 9, done: 10, grade: 11, check: 12, action: 13 });
    expect(GYOSEI_KAIKAKU.sections[0]!.pattern.exec("1 財政の健全化")?.groups).toEqual({ no: "1", text: "財政の健全化" });
  });

  it("rejects a bad file with one clear problem per bad key", () => {
    const good = JSON.parse(readFileSync("src/profile/data/gyosei-kaikaku.json", "utf8"));
    expect(() => parseProfileFile({ ...good, name: "Bad Name" })).toThrow(/name: lower-case letters/);
    expect(() => parseProfileFile({ ...good, requiredFields: ["item", "nope"] })).toThrow(/requiredFields\.1: "nope" is not one of the fields/);
    expect(() => parseProfileFile({ ...good, fields: [{ field: "item", pattern: "(" }] , requiredFields: ["item"] })).toThrow(/fields\.0\.pattern: not a regular expression/);
    expect(() => parseProfileFile({ ...good, fields: [{ field: "cost", pattern: "費" }], requiredFields: ["cost"] })).toThrow(/fields\.0\.field: a sectioned profile's fields are/);
    expect(() => parseProfileFile({ ...good, colour: "red" })).toThrow(/colour|Unrecognized key/);
    expect(() => parseProfileFile({ ...good, kind: "spreadsheet" })).toThrow(/kind:/);
  });
});
