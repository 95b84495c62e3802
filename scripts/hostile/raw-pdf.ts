/**
 * A minimal PDF writer for crafted files: numbered objects written as given (no library between the bytes and
 * the file, so a file can say exactly what an attacker would), a classic xref table, or an object stream and an
 * xref stream when the objects are many (10,000 page dictionaries in a few KB).
 */
import { deflateSync } from "node:zlib";

export type Body = string | Buffer;

export class RawPdf {
  private readonly objects: Buffer[] = [];

  /** Reserves an object number (filled later with set). */
  reserve(): number {
    this.objects.push(Buffer.alloc(0));
    return this.objects.length;
  }

  add(body: Body): number {
    const n = this.reserve();
    this.set(n, body);
    return n;
  }

  set(n: number, body: Body): void {
    this.objects[n - 1] = Buffer.isBuffer(body) ? body : Buffer.from(body, "latin1");
  }

  /** A stream object: `dict` without its << >> and /Length; `data` as it goes in the file (already encoded). */
  stream(dict: string, data: Buffer): number {
    return this.add(streamBody(dict, data));
  }

  /** The file with a classic xref table; `root` is the catalog's object number. */
  build(root: number): Buffer {
    const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "latin1")];
    let offset = parts[0]!.length;
    const offsets: number[] = [];
    this.objects.forEach((body, i) => {
      offsets.push(offset);
      const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, "latin1"), body, Buffer.from("\nendobj\n", "latin1")]);
      parts.push(obj);
      offset += obj.length;
    });
    const xref = [`xref\n0 ${this.objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
    parts.push(Buffer.from(`${xref}trailer\n<< /Size ${this.objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${offset}\n%%EOF\n`, "latin1"));
    return Buffer.concat(parts);
  }

  /**
   * The file with the objects numbered in `packed` stored in one deflated object stream and a deflated xref
   * stream (PDF 1.5); the others (streams cannot be packed) written plainly.
   */
  buildPacked(root: number, packed: ReadonlySet<number>): Buffer {
    const header = Buffer.from("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "latin1");
    const parts: Buffer[] = [header];
    let offset = header.length;
    const entries: [type: number, a: number, b: number][] = [[0, 0, 65535]];
    const objStm = this.objects.length + 1;
    const xrefNo = objStm + 1;
    const index: string[] = [];
    const packedBodies: Buffer[] = [];
    let packedOffset = 0;
    this.objects.forEach((body, i) => {
      const n = i + 1;
      if (packed.has(n)) {
        entries.push([2, objStm, index.length]);
        index.push(`${n} ${packedOffset}`);
        packedBodies.push(body, Buffer.from("\n"));
        packedOffset += body.length + 1;
        return;
      }
      entries.push([1, offset, 0]);
      const obj = Buffer.concat([Buffer.from(`${n} 0 obj\n`, "latin1"), body, Buffer.from("\nendobj\n", "latin1")]);
      parts.push(obj);
      offset += obj.length;
    });
    const first = Buffer.from(index.join(" ") + "\n", "latin1");
    const stmData = deflateSync(Buffer.concat([first, ...packedBodies]), { level: 9 });
    const stm = Buffer.concat([Buffer.from(`${objStm} 0 obj\n`, "latin1"), streamBody(`/Type /ObjStm /N ${index.length} /First ${first.length} /Filter /FlateDecode`, stmData), Buffer.from("\nendobj\n", "latin1")]);
    entries.push([1, offset, 0]);
    parts.push(stm);
    offset += stm.length;
    entries.push([1, offset, 0]);
    const rows = Buffer.alloc(entries.length * 7);
    entries.forEach(([t, a, b], i) => { rows.writeUInt8(t, i * 7); rows.writeUInt32BE(a, i * 7 + 1); rows.writeUInt16BE(b, i * 7 + 5); });
    const xref = streamBody(`/Type /XRef /Size ${entries.length} /W [1 4 2] /Root ${root} 0 R /Filter /FlateDecode`, deflateSync(rows, { level: 9 }));
    parts.push(Buffer.from(`${xrefNo} 0 obj\n`, "latin1"), xref, Buffer.from(`\nendobj\nstartxref\n${offset}\n%%EOF\n`, "latin1"));
    return Buffer.concat(parts);
  }
}

function streamBody(dict: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, "latin1"), data, Buffer.from("\nendstream", "latin1")]);
}

/** A PDF string literal of ASCII text (parentheses and backslashes escaped). */
export const pdfString = (text: string): string => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;

export interface TableSpec {
  /** Top-left corner in PDF user space (y up). */
  readonly x: number;
  readonly top: number;
  readonly colWidth: number;
  readonly rowHeight: number;
  /** Cell texts, row by row (ASCII, drawn in Helvetica /F1). */
  readonly cells: readonly (readonly string[])[];
  readonly fontSize?: number;
}

/** Content-stream operators drawing a ruled table: each rule a stroked line, each text in its cell. */
export function tableContent(t: TableSpec): string {
  const rows = t.cells.length, cols = t.cells[0]?.length ?? 0;
  const w = cols * t.colWidth, h = rows * t.rowHeight, size = t.fontSize ?? 8;
  const ops: string[] = ["0 0 0 RG 0.5 w"];
  for (let r = 0; r <= rows; r++) ops.push(`${t.x} ${t.top - r * t.rowHeight} m ${t.x + w} ${t.top - r * t.rowHeight} l S`);
  for (let c = 0; c <= cols; c++) ops.push(`${t.x + c * t.colWidth} ${t.top} m ${t.x + c * t.colWidth} ${t.top - h} l S`);
  ops.push(`BT /F1 ${size} Tf`);
  t.cells.forEach((row, r) => row.forEach((text, c) => {
    if (text) ops.push(`1 0 0 1 ${t.x + c * t.colWidth + 3} ${t.top - (r + 1) * t.rowHeight + (t.rowHeight - size) / 2 + 1} Tm ${pdfString(text)} Tj`);
  }));
  ops.push("ET");
  return ops.join("\n") + "\n";
}

/** The small table most crafted files carry, so that what fails is the crafted part and not a missing table. */
export function sampleRows(count: number, header: readonly string[] = ["No", "Item", "Budget", "Result"]): string[][] {
  return [[...header], ...Array.from({ length: count }, (_, i) => [String(i + 1), `item ${i + 1}`, String((i + 1) * 1000), i % 2 ? "done" : "open"])];
}

export const HELVETICA = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
