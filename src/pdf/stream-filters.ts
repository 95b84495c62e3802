import { constants, inflateSync } from "node:zlib";

/**
 * The PDF stream filters that can expand their input, each decoded with a cap on its output, for the pre-scan
 * (stream-scan.ts). "over" past the cap; null when the data is not what the filter reads (pdfjs is left to judge).
 * Image-only filters (DCT, JPX, JBIG2, CCITT) are bounded by the image's pixels and not decoded here.
 */
export type Decoded = Buffer | "over" | null;

export const DECODERS: Readonly<Record<string, (data: Buffer, cap: number, params: string) => Decoded>> = {
  FlateDecode: inflateCapped, Fl: inflateCapped,
  LZWDecode: lzwCapped, LZW: lzwCapped,
  RunLengthDecode: runLengthCapped, RL: runLengthCapped,
  ASCIIHexDecode: asciiHex, AHx: asciiHex,
  ASCII85Decode: ascii85, A85: ascii85,
};

function inflateCapped(data: Buffer, cap: number): Decoded {
  try {
    // A truncated stream gives what it has (pdfjs does the same), rather than an error.
    return inflateSync(data, { maxOutputLength: Math.max(1, cap), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) return "over";
    return null;
  }
}

/** Run-length (PDF 32000 7.4.5): a length byte n < 128 copies n+1 bytes, n > 128 repeats one byte 257−n times. */
function runLengthCapped(data: Buffer, cap: number): Decoded {
  const out = new Growing(cap);
  for (let i = 0; i < data.length;) {
    const n = data[i++]!;
    if (n === 128) break;
    if (n < 128) {
      const run = data.subarray(i, i + n + 1);
      i += n + 1;
      if (!out.bytes(run)) return "over";
    } else {
      if (i >= data.length) break;
      if (!out.repeat(data[i++]!, 257 - n)) return "over";
    }
  }
  return out.result();
}

/**
 * LZW (PDF 32000 7.4.4), codes of 9–12 bits, EarlyChange as the stream's parameters say (default 1). Each code's
 * string is rebuilt from its prefix chain, so a table of 4,096 codes needs no string copies.
 */
function lzwCapped(data: Buffer, cap: number, params: string): Decoded {
  const early = /\/EarlyChange\s+0\b/.test(params) ? 0 : 1;
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const length = new Uint16Array(4096);
  for (let c = 0; c < 256; c++) { prefix[c] = -1; suffix[c] = c; length[c] = 1; }
  const out = new Growing(cap);
  const scratch = new Uint8Array(4096);
  let next = 258;
  let width = 9;
  let previous = -1;
  let bitBuf = 0;
  let bits = 0;
  for (let i = 0; ;) {
    while (bits < width && i < data.length) { bitBuf = ((bitBuf << 8) | data[i++]!) >>> 0; bits += 8; }
    if (bits < width) break;
    const code = (bitBuf >>> (bits - width)) & ((1 << width) - 1);
    bits -= width;
    bitBuf &= (1 << bits) - 1;
    if (code === 257) break;
    if (code === 256) { next = 258; width = 9; previous = -1; continue; }
    let first: number;
    if (code < next) {
      first = write(code);
      if (first < 0) return "over";
    } else if (code === next && previous >= 0) {
      // The KwKwK case: the code being defined is the previous string plus its own first byte.
      first = write(previous);
      if (first < 0 || !out.repeat(first, 1)) return "over";
    } else {
      return null; // a code not yet defined: not an LZW stream pdfjs would read further
    }
    if (previous >= 0 && next < 4096) {
      prefix[next] = previous;
      suffix[next] = first;
      length[next] = length[previous]! + 1;
      next++;
    }
    previous = code;
    if (next + early >= 1 << width && width < 12) width++;
  }
  return out.result();

  /** Appends a code's string; its first byte, or −1 when the cap is passed. */
  function write(code: number): number {
    const n = length[code]!;
    let c = code;
    for (let k = n - 1; k >= 0; k--) { scratch[k] = suffix[c]!; c = prefix[c]!; }
    return out.bytes(scratch.subarray(0, n)) ? scratch[0]! : -1;
  }
}

function asciiHex(data: Buffer): Decoded {
  const text = data.toString("latin1");
  const end = text.indexOf(">");
  const hex = (end === -1 ? text : text.slice(0, end)).replace(/[^0-9a-fA-F]/g, "");
  return Buffer.from(hex.length % 2 ? `${hex}0` : hex, "hex");
}

/** ASCII base-85: at most 4 bytes per input byte (`z`), so never over a cap the file's own size does not pass. */
function ascii85(data: Buffer, cap: number): Decoded {
  const out = new Growing(cap);
  const group: number[] = [];
  const flush = (count: number) => {
    while (group.length < 5) group.push(84);
    let value = 0;
    for (const d of group) value = value * 85 + d;
    const bytes = [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
    group.length = 0;
    return out.bytes(Uint8Array.from(bytes.slice(0, count)));
  };
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (b === 0x7e) break; // ~> ends the data
    if (b === 0x7a && group.length === 0) { if (!out.repeat(0, 4)) return "over"; continue; }
    if (b < 0x21 || b > 0x75) continue;
    group.push(b - 0x21);
    if (group.length === 5 && !flush(4)) return "over";
  }
  if (group.length > 1 && !flush(group.length - 1)) return "over";
  return out.result();
}

/** An output buffer that doubles as it fills, up to a cap. */
class Growing {
  private buf = Buffer.alloc(1024);
  private size = 0;
  constructor(private readonly cap: number) {}

  bytes(src: Uint8Array): boolean {
    if (!this.reserve(src.length)) return false;
    this.buf.set(src, this.size);
    this.size += src.length;
    return true;
  }

  repeat(byte: number, count: number): boolean {
    if (!this.reserve(count)) return false;
    this.buf.fill(byte, this.size, this.size + count);
    this.size += count;
    return true;
  }

  result(): Buffer {
    return this.buf.subarray(0, this.size);
  }

  private reserve(n: number): boolean {
    if (this.size + n > this.cap) return false;
    if (this.size + n > this.buf.length) {
      const grown = Buffer.alloc(Math.min(this.cap, Math.max(this.size + n, this.buf.length * 2)));
      this.buf.copy(grown, 0, 0, this.size);
      this.buf = grown;
    }
    return true;
  }
}
