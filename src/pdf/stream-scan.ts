import { InputError } from "../errors.js";
import { DECODERS } from "./stream-filters.js";

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
const OBJ = Buffer.from("obj");
/** How far before `stream` its dictionary is looked for (a stream dictionary is short; a crafted one is cut). */
const DICT_WINDOW = 8192;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;
/**
 * Form XObjects nested deeper than this make pdfjs overflow its own stack while it builds the page (measured:
 * fine at 2,000, V8 prints "Exception in PromiseRejectCallback" at 4,000), which hyo cannot catch: such a file is
 * refused before pdfjs sees it. Shallower nesting over the depth budget skips only its page (pdf/content.ts).
 */
export const MAX_FORM_CHAIN = 1000;
const REF = /(\d+)\s+\d+\s+R\b/g;

/**
 * Checks, before pdfjs sees the file, what its streams decode to: pdfjs decodes a stream whole (its buffer only
 * grows), so 11 KB deflated twice become 4 GiB in its thread before any page is read, and LZW or run-length data
 * expand up to ~2,700× and 64×. Each stream is decoded here through its filters with a cap (stream-filters.ts),
 * and its output dropped at once. A stream or file over its budget, or a CMap mapping
 * more codes than any font has (pdfjs fills an array per code until V8 aborts), is a bad input: InputError.
 *
 * A byte-level scan (stream keyword, the dictionary before it), not a parse: what it cannot read (an encrypted
 * stream, a broken one, an image filter) it leaves to pdfjs, under the memory ceiling of the CLI.
 */
export function scanStreams(bytes: Uint8Array, budgets: StreamBudgets): StreamScan {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const oversizeImages: { width: number; height: number }[] = [];
  let total = 0;
  /** Form XObjects by object number, with the objects their dictionaries refer to. */
  const forms = new Map<number, number[]>();
  for (let at = buf.indexOf(KEYWORD); at !== -1; at = buf.indexOf(KEYWORD, at + KEYWORD.length)) {
    if (at >= 3 && buf.toString("latin1", at - 3, at) === "end") continue;
    let start = at + KEYWORD.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    else if (buf[start - 1] !== 0x0d) continue; // "stream" inside some other word or string
    // The dictionary runs from the object's `obj` keyword to `stream`; only that much is turned into text.
    const objAt = buf.lastIndexOf(OBJ, at);
    const from = objAt !== -1 && at - objAt <= DICT_WINDOW ? objAt : Math.max(0, at - DICT_WINDOW);
    const dict = buf.toString("latin1", from, at);
    const endAt = buf.indexOf(END, start);
    const data = buf.subarray(start, endAt === -1 ? buf.length : endAt);
    at = endAt === -1 ? buf.length : endAt + END.length - KEYWORD.length;
    if (/\/Subtype\s*\/Form\b/.test(dict)) {
      const objNo = /(\d+)\s+\d+\s+$/.exec(buf.toString("latin1", Math.max(0, from - 24), from))?.[1];
      if (objNo !== undefined) forms.set(Number(objNo), [...dict.matchAll(REF)].map((m) => Number(m[1])));
    }

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
      const decode = DECODERS[filter];
      if (!decode) break;
      const cap = Math.min(budgets.maxStreamBytes, budgets.maxDecodedBytes - total);
      const out = decode(decoded, cap, dict);
      if (out === "over") {
        throw new InputError(cap === budgets.maxStreamBytes
          ? `a stream decodes past ${mb(budgets.maxStreamBytes)} (a decompression bomb?), over the limit (--limit stream-mb=N)`
          : `the streams decode past ${mb(budgets.maxDecodedBytes)} in all, over the limit (--limit decoded-mb=N)`, "over-budget");
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
  if (forms.size > MAX_FORM_CHAIN) {
    const chain = longestFormChain(forms, plainObjects(buf));
    if (chain > MAX_FORM_CHAIN) throw new InputError(`form XObjects nested ${chain.toLocaleString("en-US")} deep, more than any page can be read through (${MAX_FORM_CHAIN.toLocaleString("en-US")})`, "over-budget");
  }
  return { oversizeImages };
}

/** Object number → the objects its dictionary refers to, for the objects written plainly (not in object streams). */
function plainObjects(buf: Buffer): Map<number, number[]> {
  const text = buf.toString("latin1");
  const out = new Map<number, number[]>();
  for (const m of text.matchAll(/(\d+)\s+\d+\s+obj\b([\s\S]{0,4096}?)(?:endobj|stream)/g)) out.set(Number(m[1]), [...m[2]!.matchAll(REF)].map((r) => Number(r[1])));
  return out;
}

/**
 * The most form XObjects on one chain of references (a form's resources naming the next form), cycles cut.
 * Iterative: a recursive walk would overflow on the very chains it measures.
 */
function longestFormChain(forms: ReadonlyMap<number, readonly number[]>, objects: ReadonlyMap<number, readonly number[]>): number {
  const refs = (n: number) => forms.get(n) ?? objects.get(n) ?? [];
  const memo = new Map<number, number>();
  const onPath = new Set<number>();
  let best = 0;
  for (const start of forms.keys()) {
    const stack: { node: number; next: number; deepest: number }[] = [{ node: start, next: 0, deepest: 0 }];
    onPath.add(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const children = refs(top.node);
      if (top.next < children.length) {
        const child = children[top.next++]!;
        const known = memo.get(child);
        if (known !== undefined) top.deepest = Math.max(top.deepest, known);
        else if (!onPath.has(child)) { onPath.add(child); stack.push({ node: child, next: 0, deepest: 0 }); }
        continue;
      }
      const value = top.deepest + (forms.has(top.node) ? 1 : 0);
      memo.set(top.node, value);
      onPath.delete(top.node);
      stack.pop();
      if (stack.length > 0) stack[stack.length - 1]!.deepest = Math.max(stack[stack.length - 1]!.deepest, value);
      else best = Math.max(best, value);
    }
  }
  return best;
}

function filtersOf(dict: string): string[] {
  const m = /\/Filter\s*(?:\[([^\]]*)\]|\/([A-Za-z0-9]+))/.exec(dict);
  if (!m) return [];
  return m[2] ? [m[2]] : [...m[1]!.matchAll(/\/([A-Za-z0-9]+)/g)].map((x) => x[1]!);
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
