/**
 * Just enough PDF to edit object dictionaries: a file with one classic xref table (pdfkit's and Skia's output)
 * read as numbered object texts, and written back with a fresh xref table. Files with object or xref streams,
 * or with incremental updates, are refused rather than misread.
 */
export interface ClassicPdf {
  /** Everything before the first object: the %PDF- line and the binary comment. */
  readonly header: string;
  /** Object number → its full text, `N G obj … endobj`, in latin1 so binary streams survive. */
  readonly objects: Map<number, string>;
  /** The trailer dictionary, `<< … >>`. */
  readonly trailer: string;
  /** One more than the highest object number. */
  readonly size: number;
}

export function readClassicPdf(bytes: Buffer): ClassicPdf {
  const text = bytes.toString("latin1");
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!startxref) throw new Error("no startxref at the end of the file");
  const xrefAt = Number(startxref[1]);
  if (!text.startsWith("xref", xrefAt)) throw new Error("not a classic xref table (xref stream?)");
  const trailerAt = text.indexOf("trailer", xrefAt);
  const trailer = text.slice(trailerAt + "trailer".length, startxref.index).trim();
  if (/\/(Prev|XRefStm)\b/.test(trailer)) throw new Error("incremental updates are not supported");
  if (text.includes("/ObjStm")) throw new Error("object streams are not supported");

  const offsets = xrefOffsets(text.slice(xrefAt + "xref".length, trailerAt));
  // An object ends where the next one starts (or at the xref table): no need to trust /Length.
  const starts = [...offsets.values()].sort((a, b) => a - b);
  const objects = new Map<number, string>();
  for (const [num, at] of offsets) {
    const next = starts.find((s) => s > at) ?? xrefAt;
    const slice = text.slice(at, next);
    const end = slice.lastIndexOf("endobj");
    if (!slice.startsWith(`${num} `) || end < 0) throw new Error(`object ${num} is not at its xref offset`);
    objects.set(num, slice.slice(0, end + "endobj".length));
  }
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1] ?? 0);
  return { header: text.slice(0, starts[0] ?? xrefAt), objects, trailer, size };
}

/** Object number → byte offset for every in-use entry of an xref table body. */
function xrefOffsets(table: string): Map<number, number> {
  const offsets = new Map<number, number>();
  const tokens = table.trim().split(/\s+/);
  for (let i = 0; i < tokens.length; ) {
    const first = Number(tokens[i]), count = Number(tokens[i + 1]);
    i += 2;
    for (let n = 0; n < count; n++, i += 3) {
      if (tokens[i + 2] === "n") offsets.set(first + n, Number(tokens[i]));
    }
  }
  return offsets;
}

/** Serializes objects in number order with a new xref table; missing numbers become linked free entries. */
export function writeClassicPdf(pdf: ClassicPdf): Buffer {
  let out = pdf.header;
  const offsets = new Map<number, number>();
  for (const num of [...pdf.objects.keys()].sort((a, b) => a - b)) {
    offsets.set(num, Buffer.byteLength(out, "latin1"));
    out += pdf.objects.get(num)! + "\n";
  }
  const xrefAt = Buffer.byteLength(out, "latin1");
  const free = Array.from({ length: pdf.size }, (_, n) => n).filter((n) => n === 0 || !offsets.has(n));
  const entries = Array.from({ length: pdf.size }, (_, n) => {
    const at = offsets.get(n);
    if (at !== undefined) return `${pad(at, 10)} 00000 n \n`;
    const nextFree = free[free.indexOf(n) + 1] ?? 0;
    return `${pad(nextFree, 10)} ${n === 0 ? "65535" : "00001"} f \n`;
  });
  out += `xref\n0 ${pdf.size}\n${entries.join("")}trailer\n${pdf.trailer}\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
