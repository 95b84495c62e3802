import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isDir, leftovers, listTree, messages, runCli, tmpDir } from "./run.js";

/** Names, paths, batches and output sets (issue 19): where outputs go, what a batch reports, what is left behind. */
const PLAIN = "fixtures/hostile/plain.pdf";
/** What a generic-profile file writes (plain.pdf). */
const OUTPUTS = ["quantities.csv", "records.csv", "records.json", "review.html", "tables.json"];

describe("--out checked before any work", { timeout: 60_000 }, () => {
  it("--out that is a file: exit 2 at once, one line", async () => {
    const dir = tmpDir();
    const file = path.join(dir, "taken");
    writeFileSync(file, "x");
    const run = await runCli(["convert", "fixtures/pdf/large-200p.pdf", "--out", file]);
    expect(run.code).toBe(2);
    expect(messages(run.stderr)).toEqual([`hyo: --out ${file}: exists and is not a folder`]);
    // Refused before the pipeline loads (cli-preflight.ts): ~0.2 s, Node's own start-up most of it; the test's
    // bound leaves room for a busy machine. The 200-page file would take 4 s more.
    expect(run.seconds).toBeLessThan(1);
  });

  it("--out below a file (ENOTDIR): exit 2, one line", async () => {
    const dir = tmpDir();
    writeFileSync(path.join(dir, "taken"), "x");
    const run = await runCli(["convert", PLAIN, "--out", path.join(dir, "taken", "sub")]);
    expect(run.code).toBe(2);
    expect(messages(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/--out .*taken\/sub.*(ENOTDIR|a path component is a file)/);
  });
});

describe("output sets", { timeout: 60_000 }, () => {
  it("replace an earlier set whole: files the new run does not write are gone, nothing temporary is left", async () => {
    const out = tmpDir();
    mkdirSync(path.join(out, "plain"));
    writeFileSync(path.join(out, "plain", "debug.png"), "stale");
    writeFileSync(path.join(out, "plain", "records.json"), "{\"stale\":true}");
    // What a killed run left: a temp set of a process that no longer exists.
    mkdirSync(path.join(out, ".hyo-999999999-new-abc"));
    writeFileSync(path.join(out, ".hyo-999999999-new-abc", "records.json"), "{\"half");
    const run = await runCli(["convert", PLAIN, "--out", out]);
    expect(run.code).toBe(0);
    expect(listTree(out)).toEqual(["plain", ...OUTPUTS.map((f) => `plain/${f}`)]);
    expect(JSON.parse(readFileSync(path.join(out, "plain", "records.json"), "utf8")).records).toHaveLength(8);
  });

  it("a set moved aside by a run killed between its two renames is put back by the next run", async () => {
    const out = tmpDir();
    const aside = path.join(out, `.hyo-999999999-old-${encodeURIComponent("a/report")}`);
    mkdirSync(aside, { recursive: true });
    writeFileSync(path.join(aside, "records.json"), "{\"earlier\":true}\n");
    const run = await runCli(["convert", "fixtures/bad/no-table.pdf", "--out", out]);
    expect(run.code).toBe(2);
    expect(readFileSync(path.join(out, "a", "report", "records.json"), "utf8")).toBe("{\"earlier\":true}\n");
    expect(leftovers(out)).toEqual([]);
  });

  it("a file that fails leaves its earlier set untouched and no temp folder", async () => {
    const out = tmpDir(), dir = tmpDir();
    copyFileSync("fixtures/hostile/flate-bomb.pdf", path.join(dir, "plain.pdf"));
    mkdirSync(path.join(out, "plain"));
    writeFileSync(path.join(out, "plain", "records.json"), "{\"earlier\":true}\n");
    const run = await runCli(["convert", path.join(dir, "plain.pdf"), "--out", out]);
    expect(run.code).toBe(2);
    expect(listTree(out)).toEqual(["plain", "plain/records.json"]);
  });
});

describe("names and batches", { timeout: 120_000 }, () => {
  it("two report.pdf in different folders give two results; ...pdf, ..pdf and a name with ESC and a newline stay inside --out", async () => {
    const root = tmpDir(), out = path.join(tmpDir(), "out");
    const input = path.join(root, "in");
    mkdirSync(path.join(input, "a"), { recursive: true });
    mkdirSync(path.join(input, "b"));
    copyFileSync(PLAIN, path.join(input, "a", "report.pdf"));
    copyFileSync("fixtures/hostile/userunit-75000.pdf", path.join(input, "b", "report.pdf"));
    copyFileSync(PLAIN, path.join(input, "...pdf"));
    copyFileSync(PLAIN, path.join(input, "..pdf"));
    copyFileSync(PLAIN, path.join(input, "evil\u001b[31m\nname.pdf"));
    writeFileSync(path.join(path.dirname(out), "records.json"), "{\"outside\":true}\n");
    const run = await runCli(["convert", input, "--out", out, "--jobs", "2"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("hyo: 5/5 files converted");
    expect(JSON.parse(readFileSync(path.join(out, "a", "report", "records.json"), "utf8")).records).toHaveLength(8);
    expect(JSON.parse(readFileSync(path.join(out, "b", "report", "records.json"), "utf8")).records).toHaveLength(14);
    expect(isDir(path.join(out, "_.."))).toBe(true);
    expect(isDir(path.join(out, "_."))).toBe(true);
    expect(isDir(path.join(out, "evil_[31m_name"))).toBe(true);
    expect(readFileSync(path.join(path.dirname(out), "records.json"), "utf8")).toBe("{\"outside\":true}\n");
    // Escaped in messages: each message stays one line and no raw ESC reaches the terminal.
    expect(run.stderr).not.toContain("\u001b");
    expect(run.stderr).toContain("hyo: evil\\u{1B}[31m\\nname.pdf: 8 records");
    expect(leftovers(out)).toEqual([]);
  });

  it("two inputs that would share an output folder are refused up front", async () => {
    const a = tmpDir(), b = tmpDir();
    copyFileSync(PLAIN, path.join(a, "report.pdf"));
    copyFileSync(PLAIN, path.join(b, "report.pdf"));
    const out = tmpDir();
    const run = await runCli(["convert", path.join(a, "report.pdf"), path.join(b, "report.pdf"), "--out", out]);
    expect(run.code).toBe(2);
    expect(messages(run.stderr)).toEqual([`hyo: ${path.join(a, "report.pdf")} and ${path.join(b, "report.pdf")} would both write to report/ (convert them separately, or rename one)`]);
    expect(listTree(out)).toEqual([]);
  });

  it("a batch goes on past a FIFO, a symlink to /dev/zero, a bomb and a file over the size limit, each failed with its reason", async () => {
    const input = tmpDir(), out = tmpDir();
    copyFileSync(PLAIN, path.join(input, "good.pdf"));
    copyFileSync("fixtures/hostile/flate-bomb.pdf", path.join(input, "bomb.pdf"));
    copyFileSync("fixtures/pdf/large-200p.pdf", path.join(input, "large.pdf"));
    execFileSync("mkfifo", [path.join(input, "fifo.pdf")]);
    symlinkSync("/dev/zero", path.join(input, "zero.pdf"));
    const run = await runCli(["convert", input, "--out", out, "--limit", "file-mb=0.1"]);
    expect(run.code).toBe(1);
    expect(run.seconds).toBeLessThan(60);
    const lines = messages(run.stderr);
    expect(lines).toContain("hyo: bomb.pdf: a stream decodes past 256 MB (a decompression bomb?), over the limit (--limit stream-mb=N)");
    expect(lines).toContain("hyo: fifo.pdf: not a regular file (a FIFO): only files are read");
    expect(lines).toContain("hyo: zero.pdf: not a regular file (a device): only files are read");
    expect(lines).toContain("hyo: large.pdf: the file is 0.4 MB, over the limit of 0.1 MB (--limit file-mb=N)");
    expect(lines.at(-2)).toBe("hyo: 1/5 files converted, 4 failed");
    // The review counts come back from the one child that converted (the generic plain.pdf: 8 records).
    expect(lines.at(-1)).toBe("hyo: 要確認 0/8件 in 1 files (each file's line above says which review.html to open)");
    expect(listTree(out)).toEqual(["good", ...OUTPUTS.map((f) => `good/${f}`)]);
  });

  it("a file over its time budget is stopped and reported, the batch goes on", async () => {
    const input = tmpDir(), out = tmpDir();
    copyFileSync(PLAIN, path.join(input, "a.pdf"));
    copyFileSync("fixtures/hostile/blank-pages.pdf", path.join(input, "b.pdf"));
    const run = await runCli(["convert", input, "--out", out, "--limit", "time-s=3"]);
    expect(run.code).toBe(1);
    expect(messages(run.stderr)).toContain("hyo: b.pdf: stopped: over the time budget of 3 s (--limit time-s=N)");
    expect(existsSync(path.join(out, "a", "records.json"))).toBe(true);
    expect(leftovers(out)).toEqual([]);
  });
});
