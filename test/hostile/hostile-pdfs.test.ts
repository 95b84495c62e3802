import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isDir, leftovers, messages, runCli, tmpDir, type Run } from "./run.js";

/**
 * Each crafted PDF of fixtures/hostile/ (scripts/hostile/make-hostile.ts) through the CLI: the exit code, one-line
 * messages, bounded time and memory (generous: the bound is 60 s and 1.5 GB on 2 cores; a budget stop
 * exits at the 1.2 GB ceiling), and the outputs.
 */
const MAX_SECONDS = 60;
const MAX_PEAK_MB = 1536;

async function convert(name: string, ...extra: string[]): Promise<{ run: Run; out: string; dir: string }> {
  const out = tmpDir();
  const run = await runCli(["convert", `fixtures/hostile/${name}.pdf`, "--out", out, ...extra]);
  return { run, out, dir: path.join(out, name) };
}

function expectBounded(run: Run): void {
  expect(run.seconds).toBeLessThan(MAX_SECONDS);
  expect(run.peakMb).toBeLessThan(MAX_PEAK_MB);
  expect(run.stderr).not.toMatch(/^\s+at |Exception in|internal error/m);
}

const records = (dir: string) => JSON.parse(readFileSync(path.join(dir, "records.json"), "utf8"));

describe("crafted PDFs end with exit 0 or 2, bounded, nothing half-written", { timeout: 120_000 }, () => {
  it("the control file converts (8 records)", async () => {
    const { run, dir } = await convert("plain");
    expect(run.code).toBe(0);
    expectBounded(run);
    expect(records(dir).records).toHaveLength(8);
  });

  it("a content stream inflating to 4 GiB is refused before pdfjs inflates it", async () => {
    const { run, out, dir } = await convert("flate-bomb");
    expect(run.code).toBe(2);
    expectBounded(run);
    expect(messages(run.stderr)).toEqual(["hyo: flate-bomb.pdf: a stream decodes past 256 MB (a decompression bomb?), over the limit (--limit stream-mb=N)"]);
    expect(isDir(dir)).toBe(false);
    expect(leftovers(out)).toEqual([]);
  });

  it("LZW and run-length bombs (4 GiB and 1 GiB of spaces, under a deflate) are refused before pdfjs decodes them", async () => {
    for (const name of ["lzw-bomb", "runlength-bomb"]) {
      const { run, out, dir } = await convert(name);
      expect(run.code).toBe(2);
      expectBounded(run);
      expect(messages(run.stderr)).toEqual([`hyo: ${name}.pdf: a stream decodes past 256 MB (a decompression bomb?), over the limit (--limit stream-mb=N)`]);
      expect(isDir(dir)).toBe(false);
      expect(leftovers(out)).toEqual([]);
    }
  });

  it("a 32768² image is left out with a warning, also when pages are drawn (--debug, --ocr force)", async () => {
    for (const extra of [["--debug"], ["--ocr", "force"]]) {
      const { run, dir } = await convert("image-bomb", ...extra);
      expect(run.code).toBe(0);
      expectBounded(run);
      expect(run.stderr).toContain("warning: an image of 32768×32768 pixels was left out: over the limit of 50 million pixels (--limit image-mp=N) [pdf/image-left-out]");
      expect(records(dir).records).toHaveLength(8);
    }
  });

  it("a ToUnicode CMap of 2 billion codes is refused (pdfjs would fill an array until V8 aborts)", async () => {
    const { run, out } = await convert("tounicode-range");
    expect(run.code).toBe(2);
    expectBounded(run);
    expect(messages(run.stderr)).toEqual(["hyo: tounicode-range.pdf: a CMap maps 2,147,483,648 codes, over the limit of 4,194,304 (--limit cmap-codes=N)"]);
    expect(leftovers(out)).toEqual([]);
  });

  it("a 400×400 ruled grid converts: 400 columns by 400 rows, each numbered row read", async () => {
    const { run, dir } = await convert("grid-400");
    expect(run.code).toBe(0);
    expectBounded(run);
    const tables = JSON.parse(readFileSync(path.join(dir, "tables.json"), "utf8")).tables;
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ columnCount: 400, rowCount: 400, headerRows: 1 });
    // Only the first cell of a numbered row is filled (1, 21, 41 …): the generic profile reads such rows as
    // section headings, with no data row under them.
    const file = records(dir);
    expect(file.tables[0].columns).toHaveLength(400);
    expect(file.tables[0].columns[0].key).toBe("H0");
    expect(file.tables[0].sections).toEqual(Array.from({ length: 20 }, (_, i) => [String(1 + 20 * i)]));
  });

  it("200,000 one-glyph lines outside the table do not stop the table", async () => {
    const { run, dir } = await convert("glyph-lines-200k");
    expect(run.code).toBe(0);
    expectBounded(run);
    expect(records(dir).records.map((r: { fields: Record<string, string> }) => r.fields.Item)).toEqual(["item 1", "item 2", "item 3", "item 4"]);
  });

  it("a path of 200,000 segments is read, the page with it kept", async () => {
    const { run, dir } = await convert("path-200k");
    expect(run.code).toBe(0);
    expectBounded(run);
    expect(records(dir).records).toHaveLength(4);
  });

  it("100 nested form XObjects: that page is skipped with a warning, the next one converts", async () => {
    const { run, dir } = await convert("nested-xobjects-100");
    expect(run.code).toBe(0);
    expectBounded(run);
    expect(run.stderr).toContain("warning: page 1 was skipped: form XObjects nested over the limit of 64 deep (--limit depth=N) [pdf/page-over-budget]");
    expect(records(dir).warnings).toContainEqual(expect.objectContaining({ code: "pdf/page-over-budget", severity: "error", page: 1 }));
    expect(records(dir).records).toHaveLength(8);
  });

  it("10,000 nested form XObjects are refused before pdfjs overflows its stack on them", async () => {
    const { run, out } = await convert("nested-xobjects");
    expect(run.code).toBe(2);
    expectBounded(run);
    expect(messages(run.stderr)).toEqual(["hyo: nested-xobjects.pdf: form XObjects nested 10,000 deep, more than any page can be read through (1,000)"]);
    expect(leftovers(out)).toEqual([]);
  });

  it("10,000 blank pages: none is sent to OCR, the table page converts", async () => {
    const { run, dir } = await convert("blank-pages");
    expect(run.code).toBe(0);
    // pdfjs finds each page of a flat 10,000-page tree by walking it from the start: ~20 s of its own.
    expect(run.seconds).toBeLessThan(MAX_SECONDS * 1.5);
    expect(run.peakMb).toBeLessThan(MAX_PEAK_MB);
    expect(run.stderr).not.toContain("OCR");
    expect(records(dir).records).toHaveLength(8);
    expect(records(dir).source.pages).toBe(10_001);
  });

  it("past the ocr-pages budget, later pages keep their text layer, with one coded warning", async () => {
    const out = tmpDir();
    const run = await runCli(["convert", "fixtures/pdf/large-200p.pdf", "--out", out, "--ocr", "force", "--limit", "ocr-pages=1", "--no-report"]);
    expect(run.code).toBe(0);
    expectBounded(run);
    // Page 1 read by OCR, none after it.
    expect(run.stderr.match(/, OCR \d/g)).toHaveLength(1);
    expect(run.stderr).toMatch(/page 1\/200 \(.*OCR \d/);
    expect(run.stderr).toContain("warning: page 2 and later: not read by OCR, more pages need OCR, over the limit of 1 (--limit ocr-pages=N); their text layer was used as is [ocr/page-limit]");
    const { warnings } = records(path.join(out, "large-200p"));
    expect(warnings.filter((w: { code: string }) => w.code === "ocr/page-limit")).toEqual([expect.objectContaining({ severity: "warn", page: 2 })]);
  });

  it("a MediaBox of 10^9 pt: read as is, drawn small with a warning (was a skia error, exit 1)", async () => {
    for (const extra of [["--debug"], ["--ocr", "force"]]) {
      const { run, dir } = await convert("mediabox-1e9", ...extra);
      expect(run.code).toBe(0);
      expectBounded(run);
      expect(run.stderr).toContain("warning: page 1: 1000000000×1000000000 pt is too large to draw at 300 dpi");
      expect(records(dir).warnings).toContainEqual(expect.objectContaining({ code: "pdf/page-too-large", page: 1 }));
      expect(records(dir).records).toHaveLength(8);
    }
  });

  it("UserUnit 75000: all 14 rows, with a warning", async () => {
    const { run, dir } = await convert("userunit-75000", "--debug");
    expect(run.code).toBe(0);
    expectBounded(run);
    expect(run.stderr).toContain("warning: page 1: its UserUnit of 75000 was ignored (read with 1 unit = 1 pt) [pdf/user-unit-ignored]");
    expect(records(dir).records.map((r: { fields: Record<string, string> }) => r.fields.No)).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
  });

  it("a header named __proto__ keeps its column", async () => {
    const { run, dir } = await convert("proto-header");
    expect(run.code).toBe(0);
    expect(records(dir).records[0].fields).toEqual({ __proto___col1: "p0", constructor: "c0", toString: "t0", name: "n0" });
  });

  it("the title loses its bidi override, zero-width characters and controls, like a cell", async () => {
    const { run, dir } = await convert("bidi-title");
    expect(run.code).toBe(0);
    expect(records(dir).document.title).toBe("Annual Report 2020");
  });
});
