import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { cmapCodes, scanStreams } from "../../src/pdf/stream-scan.js";

const BUDGETS = { maxStreamBytes: 1 << 20, maxDecodedBytes: 3 << 20, maxCmapCodes: 70_000, maxImagePixels: 1e6 };

/** A file of the given stream objects (dictionary text without << >>, data), enough for the byte-level scan. */
function file(...streams: [dict: string, data: Buffer][]): Uint8Array {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n")];
  streams.forEach(([dict, data], i) => parts.push(Buffer.from(`${i + 1} 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from("\nendstream\nendobj\n")));
  return new Uint8Array(Buffer.concat(parts));
}

describe("scanStreams", () => {
  it("passes streams within budget, plain or deflated once or twice", () => {
    const text = Buffer.alloc(200_000, 0x20);
    expect(scanStreams(file(["", text], ["/Filter /FlateDecode", deflateSync(text)], ["/Filter [/FlateDecode /Fl]", deflateSync(deflateSync(text))]), BUDGETS)).toEqual({ oversizeImages: [] });
  });

  it("refuses a stream that inflates past its budget, at the budget (not after inflating it all)", () => {
    const bomb = deflateSync(deflateSync(Buffer.alloc(64 << 20, 0x20)));
    const started = performance.now();
    expect(() => scanStreams(file(["/Filter [/FlateDecode /FlateDecode]", bomb]), BUDGETS)).toThrow(/a stream decodes past 1 MB/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("refuses streams that pass one by one but not together", () => {
    const one = deflateSync(Buffer.alloc(900_000, 0x41));
    expect(() => scanStreams(file(...Array.from({ length: 4 }, (): [string, Buffer] => ["/Filter /FlateDecode", one])), BUDGETS)).toThrow(/decode past 3 MB in all/);
  });

  it("reports an image over the pixel budget without inflating it; a smaller one is not inflated either", () => {
    const junk = Buffer.from("not deflate at all");
    const scan = scanStreams(file(["/Type /XObject /Subtype /Image /Width 32768 /Height 32768 /Filter /FlateDecode", junk], ["/Subtype/Image /Width 100 /Height 100 /Filter /FlateDecode", junk]), BUDGETS);
    expect(scan.oversizeImages).toEqual([{ width: 32768, height: 32768 }]);
  });

  it("leaves a stream it cannot inflate (encrypted, broken) to pdfjs", () => {
    expect(scanStreams(file(["/Filter /FlateDecode", Buffer.from("\x78\x9c garbage")]), BUDGETS).oversizeImages).toEqual([]);
  });

  it("refuses a CMap mapping more codes than the budget, as InputError (exit 2)", () => {
    const cmap = Buffer.from("begincmap\n2 beginbfrange\n<0000> <ffff> <0041>\n<010000> <01ffff> [<0041> <0042>]\nendbfrange\nendcmap");
    let err: unknown;
    try { scanStreams(file(["", cmap]), BUDGETS); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe("a CMap maps 131,072 codes, over the limit of 70,000 (--limit cmap-codes=N)");
  });
});

describe("cmapCodes", () => {
  it("counts bfrange and cidrange entries by their low and high codes, not their destinations", () => {
    const text = "begincmap 1 begincidrange <20> <7e> 1 endcidrange 2 beginbfrange <00> <0f> <3042> <10> <10> [<3044>] endbfrange 1 beginbfchar <41> <0041> endbfchar endcmap";
    expect(cmapCodes(Buffer.from(text))).toBe(95 + 16 + 1);
    expect(cmapCodes(Buffer.from("<00> <ff> <0000> no cmap here"))).toBe(0);
  });
});

describe("form XObject chains", () => {
  /** `n` forms, each naming the next in its resources (inline or through a resources object). */
  function chain(n: number, indirect: boolean): Uint8Array {
    const parts: Buffer[] = [Buffer.from("%PDF-1.7\n")];
    for (let i = 1; i <= n; i++) {
      const next = i < n ? `/XObject << /X ${i + 1} 0 R >>` : "";
      if (indirect) parts.push(Buffer.from(`${n + i} 0 obj\n<< ${next} >>\nendobj\n`));
      const res = indirect ? `${n + i} 0 R` : `<< ${next} >>`;
      parts.push(Buffer.from(`${i} 0 obj\n<< /Subtype /Form /BBox [0 0 9 9] /Resources ${res} /Length 5 >>\nstream\n/X Do\nendstream\nendobj\n`));
    }
    return new Uint8Array(Buffer.concat(parts));
  }

  it("refuses a chain longer than pdfjs can follow, inline or through resource objects", () => {
    expect(() => scanStreams(chain(1500, false), BUDGETS)).toThrow("form XObjects nested 1,500 deep, more than any page can be read through (1,000)");
    expect(() => scanStreams(chain(1500, true), BUDGETS)).toThrow(/nested 1,500 deep/);
  });

  it("passes many forms side by side and a chain pdfjs can follow (the depth budget then skips its page)", () => {
    expect(() => scanStreams(chain(900, true), BUDGETS)).not.toThrow();
    const parts: Buffer[] = [Buffer.from("%PDF-1.7\n")];
    // 2,000 forms sharing one resources object that names them all: siblings, not a chain.
    parts.push(Buffer.from(`9999 0 obj\n<< /XObject << ${Array.from({ length: 2000 }, (_, i) => `/X${i} ${i + 1} 0 R`).join(" ")} >> >>\nendobj\n`));
    for (let i = 1; i <= 2000; i++) parts.push(Buffer.from(`${i} 0 obj\n<< /Subtype /Form /BBox [0 0 9 9] /Resources 9999 0 R /Length 1 >>\nstream\nn\nendstream\nendobj\n`));
    expect(() => scanStreams(new Uint8Array(Buffer.concat(parts)), BUDGETS)).not.toThrow();
  });
});
