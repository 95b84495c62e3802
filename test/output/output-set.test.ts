import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { prepareOutRoot, writeOutputSet } from "../../src/output/output-set.js";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "hyo-set-"));

describe("writeOutputSet", () => {
  it("puts the new set in place of the old one as a whole", async () => {
    const out = tmp();
    mkdirSync(path.join(out, "a", "r"), { recursive: true });
    writeFileSync(path.join(out, "a", "r", "stale.html"), "old");
    const { dir, value } = await writeOutputSet(out, "a/r", async (d) => { await writeFile(path.join(d, "records.json"), "{}"); return 7; });
    expect(dir).toBe(path.join(out, "a", "r"));
    expect(value).toBe(7);
    expect(readdirSync(dir)).toEqual(["records.json"]);
    expect(readdirSync(out)).toEqual(["a"]);
  });

  it("a write error of the user's kind (ENOSPC) is one InputError; the old set stays, no temp folder", async () => {
    const out = tmp();
    mkdirSync(path.join(out, "r"));
    writeFileSync(path.join(out, "r", "records.json"), "old");
    const failing = async (d: string) => {
      await writeFile(path.join(d, "records.json"), "half");
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    };
    const err = await writeOutputSet(out, "r", failing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(`cannot write the outputs of r into ${out}: no space left on the device (ENOSPC)`);
    expect(readdirSync(out)).toEqual(["r"]);
    expect(readFileSync(path.join(out, "r", "records.json"), "utf8")).toBe("old");
  });

  it("refuses a name that would leave --out", async () => {
    await expect(writeOutputSet(tmp(), "../x", async () => 0)).rejects.toThrow(/escapes --out/);
  });
});

describe("prepareOutRoot", () => {
  it("creates a missing folder, refuses a file", async () => {
    const root = tmp();
    await expect(prepareOutRoot(path.join(root, "new", "out"))).resolves.toBe(path.join(root, "new", "out"));
    writeFileSync(path.join(root, "file"), "x");
    await expect(prepareOutRoot(path.join(root, "file"))).rejects.toThrow(`--out ${path.join(root, "file")}: exists and is not a folder`);
  });
});
