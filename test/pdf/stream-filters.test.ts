import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DECODERS } from "../../src/pdf/stream-filters.js";
import { lzwEncode, lzwOfRepeated } from "../../scripts/hostile/lzw-encode.js";

const decode = (filter: string, data: Buffer | string, cap = 1 << 20, params = "") =>
  DECODERS[filter]!(Buffer.isBuffer(data) ? data : Buffer.from(data, "latin1"), cap, params);

describe("stream filters decoded with a cap", () => {
  it("LZW: decodes what an encoder wrote, text and random bytes, past the 9→12-bit widenings", () => {
    const text = Buffer.from("TOBEORNOTTOBEORTOBEORNOT#".repeat(400));
    const noise = randomBytes(30_000);
    expect(decode("LZWDecode", lzwEncode(text))).toEqual(text);
    expect(decode("LZW", lzwEncode(noise))).toEqual(noise);
  });

  it("LZW: the PDF specification's example (7.4.4.2) reads -----A---B", () => {
    // Codes 256 45 258 258 65 259 66 257 in 9 bits.
    expect(decode("LZWDecode", Buffer.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]))?.toString()).toBe("-----A---B");
  });

  it("LZW: a bomb (2,700× its size) stops at the cap, not after decoding it all", () => {
    const bomb = lzwOfRepeated(0x20, 64 << 20);
    expect(bomb.length).toBeLessThan(40_000);
    const whole = decode("LZWDecode", bomb, 65 << 20) as Buffer;
    expect(whole.length).toBeGreaterThanOrEqual(64 << 20);
    expect(whole.every((b) => b === 0x20)).toBe(true);
    const started = performance.now();
    expect(decode("LZWDecode", bomb, 1 << 20)).toBe("over");
    expect(performance.now() - started).toBeLessThan(2000); // ~10 ms idle: the bound leaves room for a loaded machine
  });

  it("LZW: a code not yet defined is not LZW data (left to pdfjs)", () => {
    expect(decode("LZWDecode", Buffer.from([0x80, 0x7f, 0xff, 0xff]))).toBeNull();
  });

  it("run-length: copies and repeats, stops at 128, and at the cap", () => {
    expect(decode("RunLengthDecode", Buffer.from([2, 0x41, 0x42, 0x43, 254, 0x2d, 128, 0x58]))?.toString()).toBe("ABC---");
    const bomb = Buffer.alloc(200_000);
    for (let i = 0; i < bomb.length; i += 2) { bomb[i] = 129; bomb[i + 1] = 0x20; }
    expect(decode("RL", bomb, 1 << 20)).toBe("over");
    expect(decode("RL", bomb, 16 << 20)).toHaveLength(100_000 * 128);
  });

  it("ASCIIHex and ASCII85 decode, so that the filters after them are checked too", () => {
    expect(decode("ASCIIHexDecode", "48 65 6c6C 6>")?.toString()).toBe("Hell`");
    expect(decode("ASCII85Decode", "87cURD]i,\"Ebo80~>")?.toString()).toBe("Hello World!");
    expect(decode("A85", "zz~>")).toEqual(Buffer.alloc(8));
  });
});
