import { createRequire } from "node:module";
import path from "node:path";

/** One morpheme as the OCR repair needs it (a structural subset of kuromoji's IpadicFeatures). */
export interface Token {
  /** The text of the token as it appears in the input. */
  readonly surface_form: string;
  /** "KNOWN" when the word is in the dictionary, "UNKNOWN" when kuromoji guessed it. */
  readonly word_type: string;
  /** Coarse part of speech (名詞, 助詞, 記号 …). */
  readonly pos: string;
}

/** A morphological analyser: kuromoji in production, anything with the same shape in tests. */
export interface Tokenizer {
  tokenize(text: string): readonly Token[];
}

let loading: Promise<Tokenizer> | undefined;

/** The kuromoji dictionary folder inside the installed package, found through module resolution. */
export function kuromojiDictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("kuromoji/package.json")), "dict");
}

/**
 * The process-wide kuromoji tokenizer, loaded on first call and memoised.
 * Loading reads and unpacks the IPADIC dictionary: measured on Node 20 at 0.5–0.8 s and
 * +270–300 MiB RSS (≈ 73 MiB JS heap, ≈ 135–175 MiB array buffers), held for the process's life,
 * so call it only when OCR text is to be repaired. A failed load is not memoised; a later call retries.
 */
export function loadTokenizer(): Promise<Tokenizer> {
  // Imported here, not at the top: a text-layer conversion never needs kuromoji (~0.1 s to import).
  loading ??= import("kuromoji").then(({ default: kuromoji }) => new Promise<Tokenizer>((resolve, reject) => {
    kuromoji.builder({ dicPath: kuromojiDictionaryPath() }).build((err, tokenizer) => {
      if (err) reject(err);
      else resolve(tokenizer);
    });
  })).catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}
