import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { HyoRecord } from "../src/schema/index.js";

const cli = (...args: string[]) => promisify(execFile)("node", ["dist/cli.js", ...args]).then(
  (x) => ({ code: 0, stderr: x.stderr }),
  (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
);

describe("--corrections in a batch", () => {
  it("applies a file bound to one PDF to that PDF only, says so, and sums what needs review", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "hyo-corr-batch-"));
    const pdfs = path.join(dir, "pdfs");
    mkdirSync(pdfs);
    for (const f of ["r2-defects", "r2-lines"]) copyFileSync(`fixtures/pdf/${f}.pdf`, path.join(pdfs, `${f}.pdf`));
    const sha256 = createHash("sha256").update(readFileSync("fixtures/pdf/r2-defects.pdf")).digest("hex");
    const corrections = path.join(dir, "corrections.json");
    writeFileSync(corrections, JSON.stringify({
      kind: "hyo-corrections", source: { file: "r2-defects.pdf", sha256, profile: "gyosei-kaikaku" }, hyoVersion: "0.1.0", exportedAt: "2026-12-01T00:00:00Z",
      corrections: [{ recordId: "1-①-1", field: "grade", value: "B", reviewedAt: "2026-12-01T00:00:00Z" }, { recordId: "9-⑨-9", field: "item", value: "x", reviewedAt: "2026-12-01T00:00:00Z" }],
      reviews: [],
    }));
    const out = path.join(dir, "out");
    const r = await cli("convert", pdfs, "--out", out, "--corrections", corrections, "--no-report", "--jobs", "2");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("r2-defects.pdf: corrections: 1 applied, 1 skipped (9-⑨-9: no such record)");
    expect(r.stderr).not.toMatch(/r2-lines\.pdf: corrections/);
    const read = (stem: string) => JSON.parse(readFileSync(path.join(out, stem, "records.json"), "utf8")).records as HyoRecord[];
    expect(read("r2-defects").find((x) => x.id === "1-①-1")).toMatchObject({ grade: "B", corrected: true });
    expect(read("r2-lines").some((x) => x.corrected)).toBe(false);
    const defects = read("r2-defects"), lines = read("r2-lines");
    const flagged = defects.filter((x) => x.needsReview).length + lines.filter((x) => x.needsReview).length;
    expect(r.stderr).toContain(`r2-defects.pdf: 要確認 ${defects.filter((x) => x.needsReview).length}/37件`);
    expect(r.stderr).toMatch(new RegExp(`要確認 ${flagged}/74件 .*in 2 files`));

    // The old format names no document: refused for a batch, unless forced.
    const legacy = path.join(dir, "legacy.json");
    writeFileSync(legacy, JSON.stringify([{ recordId: "1-①-1", field: "grade", value: "B", reviewedAt: "t" }]));
    const refused = await cli("convert", pdfs, "--out", out, "--corrections", legacy, "--no-report");
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    const forced = await cli("convert", pdfs, "--out", out, "--corrections", legacy, "--force-corrections", "--no-report");
    expect(forced.code).toBe(0);
    expect(read("r2-lines").find((x) => x.id === "1-①-1")).toMatchObject({ grade: "B", corrected: true });
  }, 180_000);
});
