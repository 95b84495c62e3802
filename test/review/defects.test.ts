import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import type { HyoRecord } from "../../src/schema/index.js";

/** Written by the fixture generator with the PDF: the defects it put in, each with the flag that must answer it. */
const injected = JSON.parse(readFileSync("fixtures/pdf/r2-defects.injected.json", "utf8")) as { row: number; kind: string; expectedFlag: string; field?: string }[];

describe("r2-defects.pdf: every injected problem is flagged for review", () => {
  it.each(injected.map((d) => [d.kind, d] as const))("%s", async (_kind, d) => {
    const records = (await cached()).records as HyoRecord[];
    const r = records[d.row]!;
    expect(r.needsReview).toBe(true);
    expect(r.flags.map((f) => `${f.code}|${f.field ?? ""}`)).toContain(`${d.expectedFlag}|${d.field ?? ""}`);
  });

  it("has at least 8 kinds of defect, and flags few records that have none", async () => {
    expect(new Set(injected.map((d) => d.kind)).size).toBeGreaterThanOrEqual(8);
    const records = (await cached()).records as HyoRecord[];
    const clean = records.filter((_, i) => !injected.some((d) => d.row === i));
    // A duplicated or skipped No. also touches its neighbour; nothing else may be flagged.
    expect(clean.filter((r) => r.needsReview).length).toBeLessThanOrEqual(2);
  });
});

let result: ReturnType<typeof convert> | undefined;
const cached = () => (result ??= convert(new Uint8Array(readFileSync("fixtures/pdf/r2-defects.pdf")), { fileName: "r2-defects.pdf" }));

describe("r2-chromium-defects.pdf: the same problems printed by another producer are flagged too", () => {
  const unseen = JSON.parse(readFileSync("fixtures/pdf/r2-chromium-defects.injected.json", "utf8")) as typeof injected;
  it("flags every injected row with the expected flag", async () => {
    const records = (await convert(new Uint8Array(readFileSync("fixtures/pdf/r2-chromium-defects.pdf")))).records as HyoRecord[];
    expect(records).toHaveLength(37);
    for (const d of unseen) {
      expect(records[d.row]!.needsReview, d.kind).toBe(true);
      expect(records[d.row]!.flags.map((f) => f.code), d.kind).toContain(d.expectedFlag);
    }
  });
});
