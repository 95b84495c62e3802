import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { leftovers, listTree, messages, runCli, tmpDir } from "./run.js";

/**
 * Write errors on real filesystems (issue 19): a read-only --out and a full disk. As root (CI) a file mode does not
 * stop a write, so a read-only and a tiny tmpfs are mounted; without root a folder of mode 0555 stands in for the
 * read-only one and the full disk is not tried. Where neither can be set up, the tests say so and skip.
 */
const isRoot = process.getuid?.() === 0;
const mounted: string[] = [];

function mountTmpfs(options: string): string | null {
  const dir = tmpDir("hyo-mount-");
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir], { stdio: "ignore" });
    mounted.push(dir);
    return dir;
  } catch {
    return null;
  }
}

afterAll(() => { for (const dir of mounted) { try { execFileSync("umount", [dir], { stdio: "ignore" }); } catch { /* gone already */ } } });

/** A folder hyo cannot write in, and how (EROFS or EACCES); null when this machine cannot make one. */
function readOnlyFolder(): { dir: string; code: string } | null {
  if (isRoot) {
    const dir = mountTmpfs("ro,size=1m");
    return dir ? { dir, code: "EROFS" } : null;
  }
  const dir = tmpDir();
  chmodSync(dir, 0o555);
  return { dir, code: "EACCES" };
}

const readOnly = readOnlyFolder();
// A disk with room for one set of the sample's outputs (~0.8 MB with review.html) but not for a second beside it.
const full = isRoot ? mountTmpfs("size=1m") : null;

describe("write errors: one line, nothing half-written", { timeout: 120_000 }, () => {
  it.skipIf(!readOnly)(`a read-only --out: exit 2 at once, one line naming it (${readOnly?.code ?? "not available here"})`, async () => {
    const { dir, code } = readOnly!;
    const run = await runCli(["convert", "fixtures/pdf/large-200p.pdf", "--out", dir]);
    expect(run.code).toBe(2);
    expect(messages(run.stderr)).toEqual([`hyo: cannot write into --out ${dir}: ${code === "EROFS" ? "read-only file system" : "permission denied"} (${code})`]);
    expect(run.seconds).toBeLessThan(5); // refused before the 200-page file is read
    expect(listTree(dir)).toEqual([]);
  });

  it.skipIf(!readOnly || !isRoot)("a sub-folder of --out mounted from another file system: that file fails with one line, the batch goes on", async () => {
    const out = tmpDir();
    const input = tmpDir();
    mkdirSync(path.join(input, "a"));
    for (const name of ["a/plain.pdf", "b.pdf"]) writeFileSync(path.join(input, name), readFileSync("fixtures/hostile/plain.pdf"));
    const sub = path.join(out, "a");
    mkdirSync(sub);
    execFileSync("mount", ["-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", sub], { stdio: "ignore" });
    mounted.push(sub);
    const run = await runCli(["convert", input, "--out", out]);
    expect(run.code).toBe(1);
    expect(messages(run.stderr).filter((l) => l.startsWith("hyo: a/plain.pdf:"))).toEqual([
      `hyo: a/plain.pdf: cannot write the outputs of a/plain into ${out}: the place is on another file system than --out (a mount inside --out) (EXDEV)`,
    ]);
    expect(listTree(path.join(out, "b")).sort()).toContain("records.json");
    expect(leftovers(out)).toEqual([]);
  });

  it.skipIf(!full)("a full disk: the earlier set stays whole, no temp file or folder is left, one line", async () => {
    const out = full!;
    const first = await runCli(["convert", "fixtures/pdf/r2-lines.pdf", "--out", out]);
    expect(first.code).toBe(0);
    const before = readFileSync(path.join(out, "r2-lines", "records.json"), "utf8");
    const second = await runCli(["convert", "fixtures/pdf/r2-lines.pdf", "--out", out]);
    expect(second.code).toBe(2);
    expect(messages(second.stderr)).toEqual([`hyo: r2-lines.pdf: cannot write the outputs of r2-lines into ${out}: no space left on the device (ENOSPC)`]);
    expect(readFileSync(path.join(out, "r2-lines", "records.json"), "utf8")).toBe(before);
    expect(leftovers(out)).toEqual([]);
  });
});
