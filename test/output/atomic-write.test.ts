import { mkdtempSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeChunksAtomic } from "../../src/output/atomic-write.js";

describe("writeChunksAtomic", () => {
  it("writes a large file through many drain waits without piling up listeners, and leaves no temp file", async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on("warning", onWarning);
    try {
      const dir = mkdtempSync(path.join(os.tmpdir(), "hyo-atomic-"));
      const file = path.join(dir, "big.json");
      // 40 MB in 64 KB chunks: dozens of writes over the stream's buffer, each waiting for a drain.
      const chunk = "x".repeat(1 << 16);
      await writeChunksAtomic(file, (function* () { for (let i = 0; i < 640; i++) yield chunk; })());
      await new Promise((r) => setImmediate(r));
      expect(statSync(file).size).toBe(640 << 16);
      expect(readdirSync(dir)).toEqual(["big.json"]);
      expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });
});
