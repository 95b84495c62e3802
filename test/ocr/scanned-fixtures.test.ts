import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { scoreAgainstTruth, TRUTH_FIELDS, truthIds, type TruthRow } from "../../scripts/bench/scorer/truth-accuracy.js";
import type { HyoRecord, TablesFile } from "../../src/schema/index.js";
import { gridViolations } from "../../src/table/grid-invariant.js";

/**
 * The OCR path end to end, run as a user runs it (compiled CLI, one process per file) with the network cut
 * off: scans made two ways (r2-scan: r2-lines at 200 dpi; r2-scan-300: Chromium's print at 300 dpi, other
 * noise) and PDFs whose fonts lost their ToUnicode maps (two producers). The standard: ≥ 97% of records
 * found with the right ids, character error rate ≤ 3% over all fields, every grade and every ▲/△ sign right.
 */
const truth = (JSON.parse(readFileSync("fixtures/gyosei-kaikaku-r2.truth.json", "utf8")) as { rows: TruthRow[] }).rows;
const out = mkdtempSync(path.join(os.tmpdir(), "hyo-ocr-"));

async function convertOffline(file: string): Promise<{ records: HyoRecord[]; tables: TablesFile; stderr: string }> {
  const { stderr } = await promisify(execFile)("node", ["--import", "./test/ocr/no-network.mjs", "dist/cli.js", "convert", file, "--out", out, "--no-report"], {
    maxBuffer: 64 << 20,
    env: { ...process.env, HTTP_PROXY: "http://127.0.0.1:9", HTTPS_PROXY: "http://127.0.0.1:9" },
  });
  const dir = path.join(out, path.basename(file, ".pdf"));
  return {
    records: JSON.parse(readFileSync(path.join(dir, "records.json"), "utf8")).records,
    tables: JSON.parse(readFileSync(path.join(dir, "tables.json"), "utf8")),
    stderr,
  };
}

function expectTruthStandard(records: HyoRecord[], rows: readonly TruthRow[]) {
  const score = scoreAgainstTruth(records, rows);
  expect(score.records.found / score.records.expected).toBeGreaterThanOrEqual(0.97);
  expect(score.cer.rate).toBeLessThanOrEqual(0.03);
  expect(score.grades.right).toBe(score.grades.total);
  expect(score.signs.right).toBe(score.signs.total);
  return score;
}

describe.each([
  ["r2-scan.pdf", "none"],
  ["r2-nounicode.pdf", "broken"],
])("%s (whole document, text layer %s)", (name, verdict) => {
  let result: Awaited<ReturnType<typeof convertOffline>>;
  beforeAll(async () => { result = await convertOffline(`fixtures/pdf/${name}`); }, 900_000);

  it(verdict === "none" ? "is read by OCR, page by page" : "keeps its text layer, each font's codes learned by OCR of some of its lines", () => {
    if (verdict === "none") {
      expect(result.tables.pages.every((p) => p.source === "ocr" && p.textLayer.verdict === verdict)).toBe(true);
      expect(result.stderr).toMatch(/page 11\/11 .*OCR \d/);
    } else {
      expect(result.tables.pages.every((p) => p.source === "text-layer")).toBe(true);
      expect(result.stderr.match(/\[text\/codes-learned\]/gu)?.length).toBe(11);
    }
  });

  it("meets the standard: records, CER, grades, signs", () => {
    const score = expectTruthStandard(result.records, truth);
    expect(score.records.extra).toBe(0); // the header OCR'd anew on every page is recognised and dropped
    expect(score.grades.total).toBe(truth.length);
    expect(score.signs.total).toBeGreaterThan(0);
  });

  it("carries each field's OCR confidence for the review flags", () => {
    expect(result.records.every((r) => Object.keys(r.confidence).length > 0)).toBe(true);
  });

  it("marks the characters it read with low confidence, misreads far more often than the rest, and flags those fields", () => {
    const squeeze = (t: unknown) => String(t ?? "").replace(/\s+/gu, "");
    const ids = truthIds(truth);
    const stretches = result.records.flatMap((r) => {
      const row = truth[ids.indexOf(r.id)];
      return Object.entries(r.lowConfidence ?? {}).flatMap(([field, list]) => list.map((s) => ({ s, truth: row ? squeeze(row[field as keyof TruthRow]) : undefined })));
    }).filter((x) => x.truth !== undefined);
    expect(stretches.length).toBeGreaterThan(3);
    // A stretch the truth does not hold in that field is a misread; one it holds was read right but doubted. A
    // marked stretch must be a misread far more often than a character at large is (the CER): on r2-scan about a
    // third of them are, against under 1 % of all characters.
    const misread = stretches.filter((x) => !x.truth!.includes(squeeze(x.s))).length;
    expect(misread / stretches.length).toBeGreaterThanOrEqual(10 * scoreAgainstTruth(result.records, truth).cer.rate);
    const flagged = result.records.flatMap((r) => r.flags.filter((f) => f.code === "review/low-ocr-confidence").map((f) => `${r.id}|${f.field}`));
    expect(new Set(flagged)).toEqual(new Set(result.records.flatMap((r) => Object.keys(r.lowConfidence ?? {}).map((f) => `${r.id}|${f}`))));
  });

  it("writes grids without overlapping cells or cells outside their table (test/table/grid-invariant.test.ts checks the rest)", () => {
    expect(result.tables.tables.length).toBeGreaterThan(0);
    expect(result.tables.tables.flatMap((t) => gridViolations(t).map((v) => `${t.id}: ${v.message}`))).toEqual([]);
  });
});

describe.each(["r2-scan-300.pdf", "r2-chromium-nounicode.pdf"])("%s (made another way: Chromium's print)", (name) => {
  it("meets the same standard on the rows of the pages it holds", async () => {
    const { records } = await convertOffline(`fixtures/pdf/${name}`);
    // The rows these pages hold: those Chromium's text layer puts there (r2-chromium.pdf is read exactly).
    const reference = (await convertOffline("fixtures/pdf/r2-chromium.pdf")).records;
    const pages = new Set(records.flatMap((r) => r.source.pages));
    const ids = new Set(reference.filter((r) => r.source.pages.every((p) => pages.has(p))).map((r) => r.id));
    const truthIdList = truthIds(truth);
    const rows = truth.filter((_, i) => ids.has(truthIdList[i]!));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expectTruthStandard(records.filter((r) => ids.has(r.id)), rows);
  }, 900_000);
});

/**
 * A scan made another way on every count (LibreOffice's layout, text flush with the rules; poppler's rasterizer;
 * a sheet-feeder model of toner bleed, shear, motion blur and streaks: scripts/scan/make-lo-scans.ts). hyo does
 * not meet the standard there yet; what it must do is say so: every record with a wrong field needs review.
 */
describe("lo-scan-gothic.pdf (an unseen scan: another producer, rasterizer and scanner)", () => {
  it("finds every row and leaves no wrong field in a record that says it needs no review", async () => {
    const { records } = await convertOffline("fixtures/pdf/lo-scan-gothic.pdf");
    expect(records).toHaveLength(truth.length);
    const wrongUnflagged = records.filter((r, i) => !r.needsReview && TRUTH_FIELDS.some((f) => r[f] !== truth[i]![f]));
    expect(wrongUnflagged.map((r) => r.id)).toEqual([]);
    // Where it stands (38 % of fields exact, CER 0.9 by id: the circled topic numbers are lost): a floor, not the goal.
    const exact = records.reduce((n, r, i) => n + TRUTH_FIELDS.filter((f) => r[f] === truth[i]![f]).length, 0);
    expect(exact / (truth.length * TRUTH_FIELDS.length)).toBeGreaterThan(0.35);
  }, 900_000);
});

/**
 * A text layer without ToUnicode from another producer (LibreOffice's TrueType subsets, scripts/nounicode/), not
 * looked at while the code learning was built: its glyphs keep their places, their codes are learned by OCR.
 */
describe("lo-nounicode-gothic.pdf (an unseen broken text layer: LibreOffice's subsets without ToUnicode)", () => {
  it("keeps the text layer, finds every record by id, and leaves no wrong field in a record that says it needs no review", async () => {
    const { records, tables, stderr } = await convertOffline("fixtures/pdf/lo-nounicode-gothic.pdf");
    expect(tables.pages.every((p) => p.source === "text-layer" && p.textLayer.verdict === "broken")).toBe(true);
    expect(stderr).toMatch(/\[text\/codes-learned\]/u);
    const score = scoreAgainstTruth(records, truth);
    expect(score.records.found).toBe(truth.length);
    expect(score.signs.right).toBe(score.signs.total);
    const ids = truthIds(truth);
    const wrongUnflagged = records.filter((r) => !r.needsReview && TRUTH_FIELDS.some((f) => r[f] !== truth[ids.indexOf(r.id)]![f]));
    expect(wrongUnflagged.map((r) => r.id)).toEqual([]);
    // Where it stands (95.1 % of fields exact, CER 0.12 %): a floor, not the goal (99 %).
    const exact = records.reduce((n, r) => n + TRUTH_FIELDS.filter((f) => r[f] === truth[ids.indexOf(r.id)]![f]).length, 0);
    expect(exact / (truth.length * TRUTH_FIELDS.length)).toBeGreaterThan(0.93);
    expect(score.cer.rate).toBeLessThanOrEqual(0.003);
  }, 900_000);
});
