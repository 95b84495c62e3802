import { describe, expect, it } from "vitest";
import { readToUnicodeBcmap } from "../../../src/pdf/cid/bcmap.js";
import { collectionToUnicode } from "../../../src/pdf/cid/collection-unicode.js";

describe("readToUnicodeBcmap", () => {
  it("reads a bfchar item and a bfrange item (pdf.js's packed format)", () => {
    // header 0; type 4 (bfchar) size 1, 1 item: code 0x02A2 → U+FF08; type 5 (bfrange) size 1, 1 item: 0x0011..0x0013 → U+0030…
    const data = Uint8Array.from([0x00, 0x81, 0x01, 0x02, 0xa2, 0xff, 0x08, 0xa1, 0x01, 0x00, 0x11, 0x02, 0x00, 0x30]);
    const map = readToUnicodeBcmap(data);
    expect([...map]).toEqual([[0x02a2, "（"], [0x11, "0"], [0x12, "1"], [0x13, "2"]]);
  });

  it("throws on a truncated file instead of returning part of it", () => {
    expect(() => readToUnicodeBcmap(Uint8Array.from([0x00, 0x81, 0x01, 0x02]))).toThrow(/end of bcmap/);
  });
});

describe("collectionToUnicode", () => {
  it("maps Adobe-Japan1 CIDs as the collection's published table does", () => {
    const japan1 = collectionToUnicode("Adobe-Japan1");
    // CIDs from the Adobe-Japan1-7 character collection (Adobe Technical Note #5078): 1 space, 17 "0", 633 ideographic
    // space, 674 （, 842 ぁ, 1872 建, 2596 図, 3503 表, 7575 Ⅰ; 23057 is the last CID of Supplement 7.
    expect([1, 17, 633, 674, 842, 1872, 2596, 3503, 7575].map((c) => japan1.get(c)).join("|")).toBe(" |0|　|（|ぁ|建|図|表|Ⅰ");
    expect(japan1.size).toBeGreaterThan(20000);
    expect(Math.max(...japan1.keys())).toBe(23057);
  });
});
