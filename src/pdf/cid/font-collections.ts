import { constants, inflateSync } from "node:zlib";
import type { Collection } from "./collection-unicode.js";

/** Orderings of the Adobe registry this module knows a CID → Unicode table for. */
const KNOWN: Readonly<Record<string, Collection>> = { Japan1: "Adobe-Japan1" };

/**
 * BaseFont name → character collection of every CID font in a PDF whose /CIDSystemInfo names one (Registry Adobe,
 * Ordering Japan1), read straight from the file's bytes: pdfjs knows it but does not tell its API users. Dictionaries
 * are found in the file and in its object streams (inflated); an encrypted or odd file just yields fewer entries,
 * and a font without an entry is never re-decoded (its page goes to OCR as before).
 */
export function fontCollections(bytes: Uint8Array): Map<string, Collection> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const file = buffer.toString("latin1");
  const streams = objectStreams(buffer, file);
  const out = new Map<string, Collection>();
  for (const text of [file, ...streams.map((s) => s.body)]) {
    for (const m of text.matchAll(/\/CIDSystemInfo\s*(?:(<<[^>]*>>)|(\d+)\s+\d+\s+R)/g)) {
      const info = m[1] ?? objectText(file, streams, Number(m[2]));
      if (!info || !/\/Registry\s*\(Adobe\)/.test(info)) continue;
      const collection = KNOWN[/\/Ordering\s*\((\w+)\)/.exec(info)?.[1] ?? ""];
      const baseFont = /\/BaseFont\s*\/([^\s/<>[\]()]+)/.exec(enclosingDict(text, m.index))?.[1];
      if (collection && baseFont) out.set(decodeName(baseFont), collection);
    }
  }
  return out;
}

/** The innermost `<< … >>` around `at` (a CIDFont dictionary holds no nested dictionaries before its BaseFont). */
function enclosingDict(text: string, at: number): string {
  let depth = 0;
  let start = -1;
  for (let i = at; i > 0; i--) {
    if (text[i] === ">" && text[i - 1] === ">") { depth++; i--; } else if (text[i] === "<" && text[i - 1] === "<") {
      if (depth === 0) { start = i - 1; break; }
      depth--; i--;
    }
  }
  if (start < 0) return "";
  depth = 0;
  for (let i = start; i < text.length - 1; i++) {
    if (text[i] === "<" && text[i + 1] === "<") { depth++; i++; } else if (text[i] === ">" && text[i + 1] === ">") {
      if (--depth === 0) return text.slice(start, i + 2);
      i++;
    }
  }
  return "";
}

interface ObjectStream { readonly first: number; readonly body: string }

/** An object's text: `N G obj …` in the file, or its slot in an object stream. */
function objectText(file: string, streams: readonly ObjectStream[], num: number): string | undefined {
  const direct = new RegExp(`(?:^|[^0-9])${num}\\s+\\d+\\s+obj\\s*(<<[^>]*>>)`).exec(file);
  if (direct) return direct[1];
  for (const { first, body } of streams) {
    // The stream starts with pairs "objectNumber offset", offsets counted from /First.
    const pairs = body.slice(0, first).trim().split(/\s+/).map(Number);
    for (let k = 0; k + 1 < pairs.length; k += 2) {
      if (pairs[k] === num) return /<<[^>]*>>/.exec(body.slice(first + pairs[k + 1]!))?.[0];
    }
  }
  return undefined;
}

/** Inflated object streams. */
function objectStreams(buffer: Buffer, file: string): ObjectStream[] {
  const out: ObjectStream[] = [];
  for (const m of file.matchAll(/<<((?:[^<>]|<<[^<>]*>>)*\/Type\s*\/ObjStm(?:[^<>]|<<[^<>]*>>)*)>>\s*stream\r?\n/g)) {
    const first = Number(/\/First\s+(\d+)/.exec(m[1]!)?.[1]);
    if (!Number.isFinite(first) || !/\/FlateDecode/.test(m[1]!)) continue;
    const start = m.index + m[0].length;
    const end = file.indexOf("endstream", start);
    if (end < 0) continue;
    try {
      // Sync flush: the bytes before "endstream" may end with a line break after the deflate data.
      out.push({ first, body: inflateSync(buffer.subarray(start, end), { finishFlush: constants.Z_SYNC_FLUSH }).toString("latin1") });
    } catch {
      // encrypted or damaged: its fonts just get no entry
    }
  }
  return out;
}

/** `#20`-style escapes of a PDF name. */
function decodeName(name: string): string {
  return name.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
