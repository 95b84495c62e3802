/**
 * A plain LZW encoder as PDF reads it (PDF 32000 7.4.4: 9–12-bit codes, EarlyChange 1, no clear code once the
 * table is full: its strings are then used as they are). For the crafted LZW bomb and the decoder's tests.
 */

/** Codes (without the leading clear and the end code) to bytes; every code but the last adds a table entry. */
function pack(codes: Iterable<number>): Buffer {
  const out: number[] = [];
  let acc = 0, bits = 0, width = 9, next = 258;
  const emit = (code: number) => {
    acc = (acc << width) | code;
    bits += width;
    while (bits >= 8) { out.push((acc >>> (bits - 8)) & 255); bits -= 8; }
    acc &= (1 << bits) - 1;
  };
  emit(256);
  for (const code of codes) {
    emit(code);
    if (next < 4096) next++;
    // The decoder, one entry behind, widens when its next entry + 1 reaches the width's limit: the same moment.
    if (next >= 1 << width && width < 12) width++;
  }
  emit(257);
  if (bits > 0) out.push((acc << (8 - bits)) & 255);
  return Buffer.from(out);
}

export function lzwEncode(data: Uint8Array): Buffer {
  const table = new Map<string, number>();
  const codes: number[] = [];
  const codeOf = (s: string) => (s.length === 1 ? s.charCodeAt(0) : table.get(s)!);
  let next = 258;
  let w = "";
  for (const byte of data) {
    const wc = w + String.fromCharCode(byte);
    if (wc.length === 1 || table.has(wc)) { w = wc; continue; }
    codes.push(codeOf(w));
    if (next < 4096) table.set(wc, next++);
    w = String.fromCharCode(byte);
  }
  if (w) codes.push(codeOf(w));
  return pack(codes);
}

/**
 * What `lzwEncode` gives for at least `bytes` copies of one byte, without building them: the strings grow by one
 * byte a code (b, bb, bbb …) until the table is full, then its longest string (3,839 bytes) repeats.
 */
export function lzwOfRepeated(byte: number, bytes: number): Buffer {
  function* codes() {
    yield byte;
    let written = 1;
    for (let code = 258; written < bytes; code = Math.min(code + 1, 4095)) {
      yield code;
      written += code - 256;
    }
  }
  return pack(codes());
}
