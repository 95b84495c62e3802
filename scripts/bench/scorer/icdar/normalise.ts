/**
 * Text comparison of score_icdar.py (make_norm), reproducing Python's string semantics:
 *   official  ASCII whitespace removed, upper-cased (str.upper: ß → SS, ﬁ → FI …)
 *   ws        whitespace runs collapsed to one space, trimmed, case kept
 *   nows      all whitespace removed, case kept
 *   nfkc      NFKC, case-folded (str.casefold), all whitespace removed
 * Checked code point by code point against Python 3.11–3.13 on Node 20 (ICU 78). NFKC follows the
 * Unicode version of each side, so characters newer than Python's Unicode may normalise differently.
 */
export type NormKind = "official" | "ws" | "nows" | "nfkc";

export const NORM_KINDS: readonly NormKind[] = ["official", "ws", "nows", "nfkc"];

// Python's whitespace (str.isspace, the `\s` of str patterns, str.strip()); JS `\s` adds U+FEFF and
// lacks U+001C–U+001F and U+0085.
const PY_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const PY_SPACE_RUNS = new RegExp(`[${PY_SPACE}]+`, "g");
const PY_SPACE_AT_ENDS = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "g");
const ASCII_SPACE = /[ \t\n\r\f\v]/g;

// Case pairs added in Unicode 16/17: ICU maps them, Python ≤ 3.13 (Unicode ≤ 15.1) leaves them alone.
const NEWER_CASE_PAIRS =
  "\\u019B\\u0264\\u1C89\\u1C8A\\uA7CB-\\uA7CF\\uA7D2-\\uA7D5\\uA7DA-\\uA7DC" +
  "\\u{10D50}-\\u{10D65}\\u{10D70}-\\u{10D85}\\u{16EA0}-\\u{16EB8}\\u{16EBB}-\\u{16ED3}";
const UPPER_CASABLE_RUNS = new RegExp(`[^${NEWER_CASE_PAIRS}]+`, "gu");
const NEWER_CASE_PAIR = new RegExp(`^[${NEWER_CASE_PAIRS}]$`, "u");
const CHEROKEE = /^[\u13A0-\u13FF\uAB70-\uABBF]$/;

/** Python's str.strip() with no argument. */
export function stripPythonSpace(text: string): string {
  return text.replace(PY_SPACE_AT_ENDS, "");
}

/** Python's str.upper(): JS toUpperCase already applies the same full (SpecialCasing) mappings. */
export function pythonUpper(text: string): string {
  return text.replace(UPPER_CASABLE_RUNS, (run) => run.toUpperCase());
}

/** Python's str.casefold(), one code point at a time (folding has no context, unlike toLowerCase's final sigma). */
export function pythonCasefold(text: string): string {
  return Array.from(text, foldCodePoint).join("");
}

function foldCodePoint(char: string): string {
  if (char === "\u0131" || NEWER_CASE_PAIR.test(char)) return char; // dotless ı folds only under Turkic rules
  if (char === "\u1E9E") return "ss"; // capital ẞ: toLowerCase gives ß, folding gives ss
  if (CHEROKEE.test(char)) return char.toUpperCase(); // Cherokee folds to its older, upper-case letters
  return char.toUpperCase().toLowerCase();
}

/** Text → comparison key; null/undefined (no content element) count as "". */
export type Norm = (text: string | null | undefined) => string;

export function makeNorm(kind: NormKind): Norm {
  return (text) => {
    const s = text ?? "";
    switch (kind) {
      case "official":
        return pythonUpper(s.replace(ASCII_SPACE, ""));
      case "ws":
        return stripPythonSpace(s.replace(PY_SPACE_RUNS, " "));
      case "nows":
        return s.replace(PY_SPACE_RUNS, "");
      case "nfkc":
        return pythonCasefold(s.normalize("NFKC")).replace(PY_SPACE_RUNS, "");
    }
  };
}
