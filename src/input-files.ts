import { constants } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { InputError } from "./errors.js";

export interface InputFile {
  /** Path as found. */
  readonly file: string;
  /** Its output folder relative to --out: the path inside the folder given (a/report), or the stem of a file given. */
  readonly outName: string;
  /** How messages name it: the path inside the folder given, or the file's name. */
  readonly label: string;
}

/**
 * Files as given, folders as the PDFs inside them (sorted, recursive). Output folders mirror the paths inside a
 * folder (a/report.pdf → a/report/), so two report.pdf in different sub-folders both convert; two inputs that
 * would still share an output folder (report.pdf given twice from different places) are refused up front.
 */
export async function expandInputs(inputs: readonly string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const input of inputs) {
    const st = await stat(input).catch(() => null);
    if (!st) throw new InputError(`${input}: no such file or folder`, "not-found");
    if (st.isDirectory()) {
      const entries = (await readdir(input, { recursive: true })).filter((e) => /\.pdf$/i.test(e)).sort();
      if (entries.length === 0) throw new InputError(`${input}: no PDF files in this folder`, "not-found");
      for (const e of entries) out.push({ file: path.join(input, e), outName: outputName(e), label: e });
    } else out.push({ file: input, outName: outputName(path.basename(input)), label: path.basename(input) });
  }
  const seen = new Map<string, InputFile>();
  for (const f of out) {
    const other = seen.get(f.outName);
    if (other) throw new InputError(`${other.file} and ${f.file} would both write to ${f.outName}/ (convert them separately, or rename one)`, "bad-option");
    seen.set(f.outName, f);
  }
  return out;
}

/** A character that may not appear in an output folder's name: controls, bidi controls, path separators. */
const UNSAFE_NAME_CHAR = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069/\\:*?"<>|]/gu;

/**
 * The output folder (relative to --out) for an input at relative path `rel`: the path without its extension, each
 * part a plain name. A part of dots only (`...pdf` → `..`) or one that would look like hyo's temp folders gets a
 * leading `_`; unsafe characters become `_`. The result never leaves --out.
 */
export function outputName(rel: string): string {
  const parsed = path.parse(rel);
  const dirs = parsed.dir.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
  return [...dirs, parsed.name].map((p) => {
    const clean = p.replace(UNSAFE_NAME_CHAR, "_").slice(0, 200);
    return /^\.*$/.test(clean) || clean.startsWith(".hyo-") ? `_${clean}` : clean;
  }).join("/");
}

/**
 * The bytes of an input that is a regular file of at most `maxBytes` (symlinks are followed, then the file they
 * lead to is checked). Opened without blocking and checked on the open descriptor: a FIFO named x.pdf would
 * otherwise wait for a writer forever, /dev/zero would be read until memory runs out.
 */
export async function readInputFile(file: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(err.code === "ENOENT" ? "no such file" : `cannot open the file (${err.code ?? err.message})`, "not-found");
  });
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new InputError(`not a regular file (${kind(st)}): only files are read`, "not-pdf");
    if (st.size > maxBytes) {
      throw new InputError(`the file is ${mb(st.size)}, over the limit of ${mb(maxBytes)} (--limit file-mb=N)`, "over-budget");
    }
    const bytes = await handle.readFile();
    // Grown since the check (a file being written): still bounded.
    if (bytes.byteLength > maxBytes) throw new InputError(`the file grew past the limit of ${mb(maxBytes)} while read`, "over-budget");
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } finally {
    await handle.close();
  }
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MB`;

function kind(st: import("node:fs").Stats): string {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a FIFO";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  return "not a file";
}
