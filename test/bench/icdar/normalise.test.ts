import { describe, expect, it } from "vitest";
import { makeNorm, pythonCasefold, pythonUpper, stripPythonSpace } from "../../../scripts/bench/scorer/icdar/normalise.js";

// expected values are what Python 3.11 prints for the same input (score_icdar.py make_norm)
describe("makeNorm", () => {
  it("official: drops ASCII whitespace only, upper-cases as Python (ß → SS, ligatures split)", () => {
    const official = makeNorm("official");
    expect(official("straße ﬁnal ŉ ǅ \u0390")).toBe("STRASSEFINALʼNǄ\u0399\u0308\u0301");
    expect(official(" a\tb\nc\r\v\fd\u00a0e\u2028f ")).toBe("ABCD\u00a0E\u2028F");
    expect(official(undefined)).toBe("");
    expect(official(null)).toBe("");
  });

  it("official: leaves alone the case pairs Unicode added after Python's tables", () => {
    expect(makeNorm("official")("\u019b\u0264x")).toBe("\u019b\u0264X");
  });

  it("ws: collapses Python's whitespace (U+0085, U+001C…, not U+FEFF) and trims", () => {
    const ws = makeNorm("ws");
    expect(ws("  a \u0085 b\ufeff \u001c")).toBe("a b\ufeff");
    expect(ws("A\u3000\u3000B")).toBe("A B");
  });

  it("nows: removes Python's whitespace, keeps case", () => {
    expect(makeNorm("nows")("a\u001cb\u2028c\ufeffd")).toBe("abc\ufeffd");
  });

  it("nfkc: NFKC, case folding (ẞ → ss, Cherokee to its capitals, ı kept), no whitespace", () => {
    const nfkc = makeNorm("nfkc");
    expect(nfkc("ＡＢ ﬁ ẞ ß ΣΑΣ ꭰ ı İ")).toBe("abfissssσασᎠıi̇");
    expect(nfkc("½ K")).toBe("1⁄2k");
  });
});

describe("Python string helpers", () => {
  it("upper-cases and folds without context (no final sigma)", () => {
    expect(pythonUpper("σας")).toBe("ΣΑΣ");
    expect(pythonCasefold("ΣΑΣ")).toBe("σασ");
  });

  it("strips Python's whitespace from both ends only", () => {
    expect(stripPythonSpace("\u0085 a b\u001f")).toBe("a b");
  });
});
