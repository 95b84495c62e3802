import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { kuromojiDictionaryPath, loadTokenizer } from "../../src/text/index.js";

describe("loadTokenizer", () => {
  it("finds the dictionary inside the installed kuromoji package", () => {
    const dir = kuromojiDictionaryPath();
    expect(path.isAbsolute(dir)).toBe(true);
    expect(existsSync(path.join(dir, "base.dat.gz"))).toBe(true);
  });

  it("loads kuromoji once and hands out the same tokenizer", async () => {
    const first = loadTokenizer();
    expect(loadTokenizer()).toBe(first);
    const tokenizer = await first;
    expect(await loadTokenizer()).toBe(tokenizer);
    expect(tokenizer.tokenize("人口調査").map((t) => [t.surface_form, t.word_type])).toEqual([
      ["人口", "KNOWN"],
      ["調査", "KNOWN"],
    ]);
  });
});
