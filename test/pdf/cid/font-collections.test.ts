import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { fontCollections } from "../../../src/pdf/cid/font-collections.js";

/** A compressed object stream holding objects `objects` (number → text), as PDF 1.5 writers (InDesign, Acrobat) make them. */
function objectStream(num: number, objects: Record<number, string>): Buffer {
  let body = "";
  const pairs: string[] = [];
  for (const [n, text] of Object.entries(objects)) {
    pairs.push(`${n} ${body.length}`);
    body += `${text}\n`;
  }
  const header = `${pairs.join(" ")}\n`;
  const data = deflateSync(Buffer.from(header + body, "latin1"));
  return Buffer.concat([
    Buffer.from(`${num} 0 obj\n<< /Type /ObjStm /N ${pairs.length} /First ${header.length} /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, "latin1"),
    data, Buffer.from("\nendstream\nendobj\n", "latin1"),
  ]);
}

describe("fontCollections", () => {
  it("reads CIDSystemInfo inline, by reference in the file, and by reference inside an object stream", () => {
    const pdf = Buffer.concat([
      Buffer.from("%PDF-1.5\n", "latin1"),
      Buffer.from("4 0 obj\n<</BaseFont/AAAAAA+Inline-W3/CIDSystemInfo<</Ordering(Japan1)/Registry(Adobe)/Supplement 6>>/Subtype/CIDFontType0/Type/Font>>\nendobj\n", "latin1"),
      Buffer.from("6 0 obj\n<< /Type /Font /Subtype /CIDFontType0 /BaseFont /BBBBBB+Ref#20Gothic /CIDSystemInfo 7 0 R /DW 1000 >>\nendobj\n7 0 obj\n<< /Registry (Adobe) /Ordering (Japan1) /Supplement 4 >>\nendobj\n", "latin1"),
      objectStream(20, {
        21: "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /CCCCCC+Packed-W3 /CIDSystemInfo 22 0 R /W [1 [333]] >>",
        22: "<< /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >>",
        23: "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /DDDDDD+Song /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 5 >> >>",
        24: "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /EEEEEE+Subset /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
      }),
    ]);
    expect(Object.fromEntries(fontCollections(pdf))).toEqual({
      "AAAAAA+Inline-W3": "Adobe-Japan1",
      "BBBBBB+Ref Gothic": "Adobe-Japan1",
      "CCCCCC+Packed-W3": "Adobe-Japan1",
    });
  });

  it("gives nothing for a file it cannot read, rather than failing", () => {
    expect(fontCollections(Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /First 4 /Filter /FlateDecode >>\nstream\nnot deflate\nendstream\nendobj\n"))).toEqual(new Map());
  });
});
