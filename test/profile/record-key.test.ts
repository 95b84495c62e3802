import { describe, expect, it } from "vitest";
import { keyText, recordKey, topicKeyText } from "../../src/profile/record-key.js";

const key = (topic: string, item: string) => recordKey(topic, item, new Map());

describe("record keys", () => {
  it("do not depend on the topic's position marker", () => {
    expect(key("①歳出構造の見直し", "基金の確保と活用")).toBe(key("②歳出構造の見直し", "基金の確保と活用"));
    expect(topicKeyText("⑫歳出構造の見直し")).toBe("歳出構造見直");
  });

  it("survive okurigana, particle, width and punctuation changes", () => {
    expect(keyText("市税等の徴収率の向上に向けた取り組みの推進")).toBe(keyText("市税等徴収率向上に向けた取組推進"));
    expect(key("②歳入確保の取組推進", "補助金・交付金の見直し")).toBe(key("②歳入確保の取組推進", "補助金 交付金の見直し"));
    expect(keyText("ＤＸの推進（ＲＰＡ）")).toBe("DX推進RPA");
  });

  it("tell different items and different topics apart", () => {
    expect(key("③公営企業等の健全経営", "特別会計の効率的な運営(介護保険特別会計)"))
      .not.toBe(key("③公営企業等の健全経営", "特別会計の効率的な運営(国民健康保険特別会計)"));
    expect(key("①歳出構造の見直し", "基金の確保と活用")).not.toBe(key("②歳入確保の取組推進", "基金の確保と活用"));
  });

  it("number a repeated key like the id", () => {
    const seen = new Map<string, number>();
    const a = recordKey("t", "同じ項目", seen), b = recordKey("t", "同じ項目", seen);
    expect(b).toBe(`${a}(2)`);
    expect(a).toMatch(/^[0-9a-f]{12}$/);
  });
});
