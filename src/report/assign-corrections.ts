import { InputError } from "../errors.js";
import { CorrectionsFileSchema, LegacyCorrectionsSchema, toCorrectionSet, type CorrectionSet, type CorrectionsFile } from "./corrections.js";

/** A corrections file as read: `bound` is null for the old plain array, which names no document. */
export interface LoadedCorrections {
  readonly path: string;
  readonly bound: CorrectionsFile | null;
  readonly set: CorrectionSet;
}

/** Parses corrections.json text, either format; InputError (one line) when it is neither. */
export function parseCorrections(path: string, text: string): LoadedCorrections {
  let json: unknown;
  try { json = JSON.parse(text); } catch { throw new InputError(`${path}: the corrections file is not JSON`, "bad-option"); }
  const bound = CorrectionsFileSchema.safeParse(json);
  if (bound.success) return { path, bound: bound.data, set: toCorrectionSet(bound.data) };
  const legacy = LegacyCorrectionsSchema.safeParse(json);
  if (legacy.success) return { path, bound: null, set: toCorrectionSet(legacy.data) };
  throw new InputError(`${path}: not a corrections file exported by review.html (kind "hyo-corrections")`, "bad-option");
}

const short = (sha: string) => sha.slice(0, 12);

/**
 * Which of the documents to convert get the corrections: the one whose SHA-256 the file names. A file made for
 * another document, or (in a batch) the old format that names none, is refused with one line unless `force`,
 * which applies it to every document. Returns a set per document, in the order given (undefined: none).
 */
export function assignCorrections(loaded: LoadedCorrections, docs: readonly { name: string; sha256: string }[], force: boolean): (CorrectionSet | undefined)[] {
  if (force) return docs.map(() => loaded.set);
  const b = loaded.bound;
  if (!b) {
    if (docs.length > 1) throw new InputError(`${loaded.path}: an old corrections file names no document; with several PDFs add --force-corrections to apply it to every one`, "bad-option");
    return [loaded.set];
  }
  const out = docs.map((d) => (d.sha256 === b.source.sha256 ? loaded.set : undefined));
  if (out.every((s) => s === undefined)) {
    const which = docs.length === 1 ? `${docs[0]!.name} (sha256 ${short(docs[0]!.sha256)}…)` : `none of the ${docs.length} PDFs`;
    throw new InputError(`${loaded.path} was made for ${b.source.file} (sha256 ${short(b.source.sha256)}…), not ${which}; --force-corrections applies it anyway`, "bad-option");
  }
  return out;
}
