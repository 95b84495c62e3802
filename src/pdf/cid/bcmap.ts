/**
 * Reader for pdf.js's packed CMap format (.bcmap, the files pdfjs-dist ships in cmaps/), after pdf.js's
 * src/core/binary_cmap.js. Only what a "to Unicode" CMap holds is kept (bfchar/bfrange items: code → UTF-16);
 * code-space and CID items are read past. Numbers are 7-bit varints, most significant group first; hex numbers
 * are big-endian byte arrays of `size + 1` bytes, delta-coded against the previous item.
 */

const MAX_NUM_SIZE = 16;

class Reader {
  private pos = 0;
  constructor(private readonly data: Uint8Array) {}

  byte(): number {
    return this.pos < this.data.length ? this.data[this.pos++]! : -1;
  }

  number(): number {
    let n = 0;
    let b: number;
    do {
      b = this.byte();
      if (b < 0) throw new Error("unexpected end of bcmap");
      n = (n << 7) | (b & 0x7f);
    } while (b & 0x80);
    return n >>> 0;
  }

  /** `size + 1` raw bytes into `out`. */
  hex(out: Uint8Array, size: number): void {
    if (this.pos + size + 1 > this.data.length) throw new Error("unexpected end of bcmap");
    out.set(this.data.subarray(this.pos, this.pos + size + 1));
    this.pos += size + 1;
  }

  /** A varint spread over `size + 1` bytes, big-endian. */
  hexNumber(out: Uint8Array, size: number): void {
    const groups: number[] = [];
    let b: number;
    do {
      b = this.byte();
      if (b < 0) throw new Error("unexpected end of bcmap");
      groups.push(b & 0x7f);
    } while (b & 0x80);
    let buffer = 0;
    let bits = 0;
    for (let i = size; i >= 0; i--) {
      while (bits < 8 && groups.length > 0) {
        buffer |= groups.pop()! << bits;
        bits += 7;
      }
      out[i] = buffer & 0xff;
      buffer >>= 8;
      bits -= 8;
    }
  }

  /** A zig-zag signed hex number (sign in the lowest bit). */
  hexSigned(out: Uint8Array, size: number): void {
    this.hexNumber(out, size);
    const sign = out[size]! & 1 ? 0xff : 0;
    let c = 0;
    for (let i = 0; i <= size; i++) {
      c = ((c & 1) << 8) | out[i]!;
      out[i] = (c >> 1) ^ sign;
    }
  }

  string(): void {
    const len = this.number();
    for (let i = 0; i < len; i++) this.number();
  }
}

const toInt = (a: Uint8Array, size: number): number => {
  let n = 0;
  for (let i = 0; i <= size; i++) n = (n << 8) | a[i]!;
  return n >>> 0;
};

function add(a: Uint8Array, b: Uint8Array, size: number): void {
  let c = 0;
  for (let i = size; i >= 0; i--) {
    c += a[i]! + b[i]!;
    a[i] = c & 0xff;
    c >>= 8;
  }
}

function inc(a: Uint8Array, size: number): void {
  let c = 1;
  for (let i = size; i >= 0 && c > 0; i--) {
    c += a[i]!;
    a[i] = c & 0xff;
    c >>= 8;
  }
}

/** UTF-16BE bytes → string (a destination of a to-Unicode CMap). */
function utf16(bytes: Uint8Array, size: number): string {
  let s = "";
  for (let i = 0; i + 1 <= size; i += 2) s += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
  return s;
}

/**
 * The code → Unicode mappings of a packed to-Unicode CMap (e.g. Adobe-Japan1-UCS2.bcmap: CID → Unicode).
 * Throws on a truncated or unknown item; a `usecmap` reference is not followed (the UCS2 maps have none).
 */
export function readToUnicodeBcmap(data: Uint8Array): Map<number, string> {
  const map = new Map<number, string>();
  const r = new Reader(data);
  r.byte(); // header: bit 0 says vertical, which a to-Unicode map does not use
  const start = new Uint8Array(MAX_NUM_SIZE);
  const end = new Uint8Array(MAX_NUM_SIZE);
  const dst = new Uint8Array(MAX_NUM_SIZE);
  const tmp = new Uint8Array(MAX_NUM_SIZE);
  // Source codes of bfchar/bfrange items are 2 bytes (size 1); `dataSize` is the destination's size.
  const SRC = 1;
  let b: number;
  while ((b = r.byte()) >= 0) {
    const type = b >> 5;
    if (type === 7) {
      r.string(); // comment or usecmap name
      continue;
    }
    const sequence = (b & 0x10) !== 0;
    const size = b & 0x0f;
    if (size + 1 > MAX_NUM_SIZE) throw new Error("bcmap item too wide");
    const count = r.number();
    switch (type) {
      case 0: // codespace ranges
      case 1: // notdef ranges (type 1 carries a CID after each range)
        for (let i = 0; i < count; i++) {
          if (i === 0) r.hex(start, size);
          else { inc(end, size); r.hexNumber(start, size); add(start, end, size); }
          r.hexNumber(end, size);
          add(end, start, size);
          if (type === 1) r.number();
        }
        break;
      case 2: // cidchar
        r.hex(dst, size);
        r.number();
        for (let i = 1; i < count; i++) {
          if (!sequence) r.hexNumber(tmp, size);
          r.number();
        }
        break;
      case 3: // cidrange
        for (let i = 0; i < count; i++) {
          if (i === 0) r.hex(start, size);
          else if (!sequence) { inc(end, size); r.hexNumber(start, size); add(start, end, size); }
          else { inc(end, size); start.set(end); }
          r.hexNumber(end, size);
          add(end, start, size);
          r.number();
        }
        break;
      case 4: { // bfchar: code → destination
        r.hex(start, SRC);
        r.hex(dst, size);
        map.set(toInt(start, SRC), utf16(dst, size));
        for (let i = 1; i < count; i++) {
          inc(start, SRC);
          if (!sequence) { r.hexNumber(tmp, SRC); add(start, tmp, SRC); }
          inc(dst, size);
          r.hexSigned(tmp, size);
          add(dst, tmp, size);
          map.set(toInt(start, SRC), utf16(dst, size));
        }
        break;
      }
      case 5: { // bfrange: codes low..high → consecutive destinations
        for (let i = 0; i < count; i++) {
          if (i === 0) r.hex(start, SRC);
          else if (!sequence) { inc(end, SRC); r.hexNumber(start, SRC); add(start, end, SRC); }
          else { inc(end, SRC); start.set(end); }
          r.hexNumber(end, SRC);
          add(end, start, SRC);
          r.hex(dst, size);
          const d = dst.slice(0, size + 1);
          for (let code = toInt(start, SRC), high = toInt(end, SRC); code <= high; code++) {
            map.set(code, utf16(d, size));
            inc(d, size);
          }
        }
        break;
      }
      default:
        throw new Error(`unknown bcmap item type ${type}`);
    }
  }
  return map;
}
