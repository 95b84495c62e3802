import { describe, expect, it } from "vitest";
import { parseKanjiNumeral } from "../../src/numbers/kanji-numerals.js";

describe("parseKanjiNumeral", () => {
  it.each([
    ["十五", 15],
    ["二千", 2000],
    ["五十億", 5e9],
    ["百二十", 120],
    ["三万五千", 35000],
    ["二〇二〇", 2020],
    ["十", 10],
    ["壱万", 1e4],
  ] as const)("%s → %d", (text, value) => {
    expect(parseKanjiNumeral(text)).toBe(value);
  });

  it.each(["", "二三十", "万", "一般", "5千"])("%j is not a kanji numeral", (text) => {
    expect(parseKanjiNumeral(text)).toBeNull();
  });
});
