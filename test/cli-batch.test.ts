import { execFile, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "hyo-batch-"));

describe("hyo convert on a folder", () => {
  it("converts the good files, reports the bad one, and exits 1 with a summary", async () => {
    const dir = tmp(), out = tmp();
    copyFileSync("fixtures/pdf/r2-rects.pdf", path.join(dir, "a.pdf"));
    writeFileSync(path.join(dir, "b.pdf"), "%PDF-1.7\nnot really");
    copyFileSync("fixtures/pdf/r2-a4.pdf", path.join(dir, "c.pdf"));
    const r = await promisify(execFile)("node", ["dist/cli.js", "convert", dir, "--out", out, "--jobs", "2"]).then(
      (x) => ({ code: 0, stderr: x.stderr }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/b\.pdf: the PDF cannot be read/);
    expect(r.stderr).toMatch(/2\/3 files converted, 1 failed/);
    expect(JSON.parse(readFileSync(path.join(out, "a", "records.json"), "utf8")).records).toHaveLength(37);
    expect(JSON.parse(readFileSync(path.join(out, "c", "records.json"), "utf8")).records).toHaveLength(37);
    expect(existsSync(path.join(out, "b"))).toBe(false);
  });
});

describe("killed mid-run (SIGKILL)", () => {
  it("leaves every output file whole: earlier outputs intact, no truncated JSON or CSV", async () => {
    const dir = tmp(), out = tmp();
    for (let i = 0; i < 8; i++) copyFileSync("fixtures/pdf/r2-a4.pdf", path.join(dir, `f${i}.pdf`));
    mkdirSync(path.join(out, "f7"), { recursive: true });
    const earlier = JSON.stringify({ earlier: true }) + "\n";
    writeFileSync(path.join(out, "f7", "records.json"), earlier);
    const child = spawn("node", ["dist/cli.js", "convert", dir, "--out", out, "--jobs", "1"], { stdio: ["ignore", "ignore", "pipe"] });
    // Kill as soon as the second file has started writing: some outputs done, one in flight.
    await new Promise<void>((resolve) => {
      let done = 0;
      child.stderr.on("data", (d: Buffer) => {
        done += (d.toString().match(/ records \(/g) ?? []).length;
        if (done >= 2) { child.kill("SIGKILL"); resolve(); }
      });
      child.on("exit", () => resolve());
    });
    await new Promise((r) => child.on("exit", r));
    let checked = 0;
    // Dot folders are the temp sets of the killed run (cleaned by the next run), never a visible output.
    for (const stem of readdirSync(out).filter((n) => !n.startsWith("."))) {
      for (const name of readdirSync(path.join(out, stem)).filter((n) => !n.startsWith("."))) {
        const text = readFileSync(path.join(out, stem, name), "utf8");
        if (name.endsWith(".json")) expect(() => JSON.parse(text)).not.toThrow();
        if (name.endsWith(".csv")) expect(text.endsWith("\r\n")).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
    // f7 was not reached: what was there before is untouched.
    expect(readFileSync(path.join(out, "f7", "records.json"), "utf8")).toBe(earlier);
  });
});
