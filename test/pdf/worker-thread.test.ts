import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openPdf, readPage, stopPdfjsThread } from "../../src/pdf/index.js";

const bytes = (name: string) => new Uint8Array(readFileSync(`fixtures/pdf/${name}.pdf`));
const textOf = (runs: readonly { text: string }[]) => runs.map((r) => r.text).join("");

describe("pdfjs's parser thread", () => {
  it("serves documents open at the same time, each with its own pages", async () => {
    const [a, b] = await Promise.all([openPdf(bytes("r2-lines")), openPdf(bytes("r2-a4"))]);
    try {
      expect([a.pageCount, b.pageCount]).toEqual([11, 12]);
      const [pa, pb] = await Promise.all([readPage(a, 1), readPage(b, 12)]);
      expect(textOf(pa.runs)).toContain("基本方針");
      expect(pb.pageNo).toBe(12);
      expect(pb.runs.length).toBeGreaterThan(0);
      // Same document, same page, read twice: the same content.
      expect(textOf((await readPage(a, 1)).runs)).toBe(textOf(pa.runs));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("fails pending reads with a clear error when the thread dies, and starts a new one for the next document", async () => {
    const pdf = await openPdf(bytes("r2-lines"));
    const pending = Promise.allSettled([1, 2, 3, 4, 5].map((n) => readPage(pdf, n)));
    await stopPdfjsThread();
    const settled = await pending;
    const failed = settled.filter((s) => s.status === "rejected");
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) expect(String((f as PromiseRejectedResult).reason)).toMatch(/the PDF parser stopped/);
    await expect(readPage(pdf, 6)).rejects.toThrow(/the PDF parser stopped/);
    await pdf.close(); // must not wait for the dead thread

    // A document opened while the thread is still stopping gets a new thread, not the dying one.
    const first = await openPdf(bytes("r2-lines"));
    await first.close();
    const stopping = stopPdfjsThread();

    const again = await openPdf(bytes("r2-lines"));
    try {
      expect(textOf((await readPage(again, 1)).runs)).toContain("基本方針");
    } finally {
      await again.close();
    }
    await stopping;
  });
});
