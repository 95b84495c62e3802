import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openPdf, readPage } from "../../src/pdf/index.js";
import { PageOcr } from "../../src/pipeline/page-ocr.js";

describe("PageOcr", () => {
  it("gives up a page over the time limit with a clear reason, and its workers are stopped", async () => {
    const pdf = await openPdf(new Uint8Array(readFileSync("fixtures/pdf/r2-scan.pdf")));
    const ocr = new PageOcr({ workers: 1, timeoutMs: 100 });
    try {
      const outcome = await ocr.read(pdf, await readPage(pdf, 2));
      expect(outcome).toEqual({ ok: false, reason: "OCR stopped after the per-page limit of 0.1 s" });
    } finally {
      await ocr.close();
      await pdf.close();
    }
  }, 60_000);
});
