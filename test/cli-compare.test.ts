import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { gyoseiCompareSchema } from "../src/schema/compare.js";

// Runs the compiled CLI as a user does (`npm test` builds dist/ first, see the pretest script).
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)("node", ["dist/cli.js", ...args]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe("hyo compare", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hyo-cli-compare-"));

  it("compares a records.json written before records had keys with a PDF, and writes the three files", async () => {
    expect((await run("convert", "fixtures/pdf/r2-lines.pdf", "--out", dir, "--no-report")).code).toBe(0);
    const file = path.join(dir, "r2-lines", "records.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    const keys = json.records.map((r: { key: string }) => r.key);
    for (const r of json.records) delete r.key;
    const keyless = path.join(dir, "keyless.json");
    writeFileSync(keyless, JSON.stringify(json));
    const out = path.join(dir, "diff");
    const r = await run("compare", keyless, "fixtures/pdf/r3-mincho.pdf", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/34 paired .* 3 added, 3 removed, 0 ambiguous/);
    const c = gyoseiCompareSchema.parse(JSON.parse(readFileSync(path.join(out, "compare.json"), "utf8")));
    expect(c.pairs.filter((p) => p.match === "key").map((p) => p.oldKey).every((k) => keys.includes(k))).toBe(true);
    const csv = readFileSync(path.join(out, "compare.csv"), "utf8").trim().split("\r\n");
    expect(csv).toHaveLength(1 + 34 + 3 + 3);
    expect(readFileSync(path.join(out, "compare.html"), "utf8")).toContain("年度比較");
  }, 60_000);

  it.each([
    ["one edition only", ["fixtures/pdf/r2-lines.pdf"], /compare needs two editions/],
    ["a missing file", ["fixtures/pdf/r2-lines.pdf", "nope.pdf"], /nope\.pdf: no such file/],
    ["a JSON that is not a records file", ["fixtures/pdf/r2-lines.pdf", "package.json"], /not a records\.json written by hyo/],
  ])("rejects %s with one line and exit 2", async (_what, args, message) => {
    const r = await run("compare", ...args, "--out", dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n").filter((l) => !/page \d+\/\d+/.test(l))).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  }, 60_000);
});
