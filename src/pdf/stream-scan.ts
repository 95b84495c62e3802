import { constants, inflateSync } from "node:zlib";
import { InputError } from "../errors.js";

/** What one file's streams may decode to (pipeline/budgets.ts). */
export interface StreamBudgets {
  /** Decoded bytes of any one stream. */
  readonly maxStreamBytes: number;
  /** Decoded bytes of all streams but images (which pdfjs decodes a page at a time, bounded by their pixels). */
  readonly maxDecodedBytes: number;
  /** Codes one CMap may map. */
  readonly maxCmapCodes: number;
  /** Pixels of one image: larger ones are left out by pdfjs (see load.ts), here they are only reported. */
  readonly maxImagePixels: number;
}

export interface StreamScan {
  /** Images over the pixel budget, which pdfjs leaves out. */
  readonly oversizeImages: readonly { readonly width: number; readonly height: number }[];
}

const KEYWORD = Buffer.from("stream");
const END = Buffer.from("endstream");
/** How far before `stream` its dictionary is looked for (a stream dictionary is short; a crafted one is cut). */
const DICT_WINDOW = 8192;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;

/**
 * Checks, before pdfjs sees the file, what its Flate streams inflate to: pdfjs inflates a stream whole (its
 * buffer only grows), so 11 KB deflated twice become 4 GiB in its thread before any page is read. Each stream is
 * inflated here with a cap, and its output dropped at once. A stream or file over its budget, or a CMap mapping
 * more codes than any font has (pdfjs fills an array per code until V8 aborts), is a bad input: InputError.
 *
 * A byte-level scan (stream keyword, the dictionary before it), not a parse: what it cannot read (an encrypted
 * stream, a broken one, a filter other than Flate) it leaves to pdfjs, under the memory ceiling of the CLI.
 */
export function scanStreams(bytes: Uint8Array, budgets: StreamBudgets): StreamScan {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const oversizeImages: { width: number; height: number }[] = [];
  let total = 0;
  for (let at = buf.indexOf(KEYWORD); at !== -1; at = buf.indexOf(KEYWORD, at + KEYWORD.length)) {
    if (at >= 3 && buf.toString("latin1", at - 3, at) === "end") continue;
    let start = at + KEYWORD.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    else if (buf[start - 1] !== 0x0d) continue; // "stream" inside some other word or string
    const from = Math.max(0, at - DICT_WINDOW);
    const head = buf.toString("latin1", from, at);
    const dict = head.slice(Math.max(0, head.lastIndexOf(" obj") + 1, head.lastIndexOf("\nobj"), head.lastIndexOf("\robj")));
    const endAt = buf.indexOf(END, start);
    const data = buf.subarray(start, endAt === -1 ? buf.length : endAt);
    at = endAt === -1 ? buf.length : endAt + END.length - KEYWORD.length;

    if (/\/Subtype\s*\/Image\b/.test(dict)) {
      const width = Number(/\/(?:Width|W)\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict)?.[1]);
      const height = Number(/\/(?:Height|H)\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict)?.[1]);
      // pdfjs reads only the bytes its pixels need from an image stream: with its size known, nothing to check.
      if (width > 0 && height > 0) {
        if (width * height > budgets.maxImagePixels) oversizeImages.push({ width, height });
        continue;
      }
    }
    let decoded: Buffer = data;
    for (const filter of filtersOf(dict)) {
      if (filter !== "FlateDecode" && filter !== "Fl") break;
      const cap = Math.min(budgets.maxStreamBytes, budgets.maxDecodedBytes - total);
      const out = inflateCapped(decoded, cap);
      if (out === "over") {
        throw new InputError(cap === budgets.maxStreamBytes
          ? `a stream inflates past ${mb(budgets.maxStreamBytes)} (a decompression bomb?), over the limit (--limit stream-mb=N)`
          : `the streams inflate past ${mb(budgets.maxDecodedBytes)} in all, over the limit (--limit decoded-mb=N)`, "over-budget");
      }
      if (out === null) break;
      decoded = out;
    }
    if (decoded !== data) total += decoded.length;
    const codes = cmapCodes(decoded);
    if (codes > budgets.maxCmapCodes) {
      throw new InputError(`a CMap maps ${codes.toLocaleString("en-US")} codes, over the limit of ${budgets.maxCmapCodes.toLocaleString("en-US")} (--limit cmap-codes=N)`, "over-budget");
    }
  }
  return { oversizeImages };
}

function filtersOf(dict: string): string[] {
  const m = /\/Filter\s*(?:\[([^\]]*)\]|\/([A-Za-z0-9]+))/.exec(dict);
  if (!m) return [];
  return m[2] ? [m[2]] : [...m[1]!.matchAll(/\/([A-Za-z0-9]+)/g)].map((x) => x[1]!);
}

/** Inflated bytes, "over" past `cap`, null when the data is not a zlib stream pdfjs would inflate further. */
function inflateCapped(data: Buffer, cap: number): Buffer | "over" | null {
  try {
    // A truncated stream gives what it has (pdfjs does the same), rather than an error.
    return inflateSync(data, { maxOutputLength: Math.max(1, cap), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) return "over";
    return null;
  }
}

/** One range entry: low and high code, then its destination (a code, an array of codes or a CID). */
const CMAP_RANGE = /<([0-9a-fA-F]{1,8})>\s*<([0-9a-fA-F]{1,8})>\s*(?:<[0-9a-fA-F]*>|\[[^\]]*\]|\d+)/g;

/** Codes mapped by the bfrange/cidrange entries of a CMap (0 for a stream that is not one). */
export function cmapCodes(stream: Buffer): number {
  if (stream.indexOf("begincmap") === -1) return 0;
  const text = stream.toString("latin1");
  let codes = 0;
  for (const block of text.matchAll(/begin(?:bf|cid)range([\s\S]*?)end(?:bf|cid)range/g)) {
    for (const m of block[1]!.matchAll(CMAP_RANGE)) codes += Math.max(0, parseInt(m[2]!, 16) - parseInt(m[1]!, 16) + 1);
  }
  return codes;
}
