import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { assignCorrections, parseCorrections } from "../../src/report/index.js";

const A = "a".repeat(64), B = "b".repeat(64);
const bound = (sha256: string) => JSON.stringify({
  kind: "hyo-corrections", source: { file: "r2.pdf", sha256, profile: "gyosei-kaikaku" }, hyoVersion: "0.1.0", exportedAt: "2026-12-01T00:00:00Z",
  corrections: [{ recordId: "1-①-1", field: "grade", value: "B", reviewedAt: "2026-12-01T00:00:00Z" }],
  reviews: [{ recordId: "1-①-2", reviewedAt: "2026-12-01T00:00:00Z" }],
});
const legacy = JSON.stringify([
  { recordId: "1-①-1", field: "grade", value: "B", reviewedAt: "t" },
  { recordId: "1-①-2", field: "reviewed", value: true, reviewedAt: "t" },
]);
const refused = (f: () => unknown) => {
  try { f(); } catch (e) { expect(e).toBeInstanceOf(InputError); expect((e as Error).message).not.toContain("\n"); return (e as Error).message; }
  throw new Error("not refused");
};

describe("corrections bound to their document", () => {
  it("reads both formats into the same corrections and reviews", () => {
    for (const text of [bound(A), legacy]) {
      const { set } = parseCorrections("c.json", text);
      expect(set.corrections).toEqual([{ recordId: "1-①-1", field: "grade", value: "B", reviewedAt: expect.any(String) }]);
      expect(set.reviews).toEqual([{ recordId: "1-①-2", reviewedAt: expect.any(String) }]);
    }
    expect(parseCorrections("c.json", bound(A)).bound?.source.sha256).toBe(A);
    expect(parseCorrections("c.json", legacy).bound).toBeNull();
  });

  it("refuses what is not a corrections file with one line", () => {
    expect(refused(() => parseCorrections("c.json", "{"))).toBe("c.json: the corrections file is not JSON");
    expect(refused(() => parseCorrections("c.json", JSON.stringify({ kind: "hyo-corrections", source: { file: "x", sha256: "12", profile: "p" } })))).toMatch(/^c\.json: not a corrections file/);
  });

  it("applies to the document with the same SHA-256 only, and refuses one made for another unless forced", () => {
    const c = parseCorrections("c.json", bound(A));
    expect(assignCorrections(c, [{ name: "r2.pdf", sha256: A }], false)).toEqual([c.set]);
    expect(refused(() => assignCorrections(c, [{ name: "other.pdf", sha256: B }], false)))
      .toBe("c.json was made for r2.pdf (sha256 aaaaaaaaaaaa…), not other.pdf (sha256 bbbbbbbbbbbb…); --force-corrections applies it anyway");
    expect(assignCorrections(c, [{ name: "other.pdf", sha256: B }], true)).toEqual([c.set]);
    // In a batch: the matching file gets them, the others nothing; no match at all is refused.
    expect(assignCorrections(c, [{ name: "x.pdf", sha256: B }, { name: "r2.pdf", sha256: A }], false)).toEqual([undefined, c.set]);
    expect(refused(() => assignCorrections(c, [{ name: "x.pdf", sha256: B }, { name: "y.pdf", sha256: B }], false))).toContain("not none of the 2 PDFs");
  });

  it("takes the old format for one file, refuses it for a batch unless forced", () => {
    const c = parseCorrections("c.json", legacy);
    expect(assignCorrections(c, [{ name: "x.pdf", sha256: B }], false)).toEqual([c.set]);
    expect(refused(() => assignCorrections(c, [{ name: "x.pdf", sha256: B }, { name: "y.pdf", sha256: A }], false))).toContain("--force-corrections");
    expect(assignCorrections(c, [{ name: "x.pdf", sha256: B }, { name: "y.pdf", sha256: A }], true)).toEqual([c.set, c.set]);
  });
});
