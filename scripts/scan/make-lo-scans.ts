/**
 * Scans of the LibreOffice-made 南アルプス市 tables (fixtures/pdf/lo-calc-*.pdf), made another way than
 * make-scan.ts on every count: rasterized by poppler's pdftoppm (not pdfjs), degraded by a sheet-feeder model
 * (degrade-feeder.ts: toner bleed, shear, motion blur, streaks, salt-and-pepper; not the flatbed model OCR was
 * tuned on) and written as image-only PDFs. The mincho one is sealed: its figures are reported, its output is
 * not looked at while OCR is worked on.
 *
 *   npx tsx scripts/scan/make-lo-scans.ts      (needs poppler-utils: apt-get install poppler-utils)
 *
 * Writes:
 *   fixtures/pdf/lo-scan-gothic.pdf         — lo-calc-gothic.pdf (IPAexGothic 8 pt), 200 dpi grey, JPEG 70.
 *   fixtures/pdf/lo-scan-mincho-sealed.pdf  — lo-calc-mincho.pdf (IPAexMincho), 300 dpi 1-bit (fax-like), PNG.
 * The grey one is deterministic given the same poppler (a rerun gives a byte-identical file). The 1-bit one is
 * not: @napi-rs/canvas 0.1.100 gives other PNG bytes from one run to the next, and its PNG encoding crashed the
 * process (SIGSEGV) on the third 300 dpi page in some runs of 2026-12-02; the committed file is the one measured.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { GreyImage } from "./degrade.js";
import { degradeFeeder, type FeederDegradation } from "./degrade-feeder.js";
import { encodeScanImage, writeImagePdf, type ImagePage } from "./image-pdf.js";
import { Prng } from "./prng.js";

interface LoScan {
  readonly source: string;
  readonly out: string;
  readonly dpi: number;
  readonly seed: number;
  readonly look: Omit<FeederDegradation, "angle" | "shearPerMille">;
  readonly jpegQuality: number;
  readonly producer: string;
}

const SCANS: readonly LoScan[] = [
  {
    source: "fixtures/pdf/lo-calc-gothic.pdf", out: "fixtures/pdf/lo-scan-gothic.pdf", dpi: 200, seed: 31,
    look: { bleed: 0.35, motion: 2, streaks: 3, streakDepth: 40, saltPepper: 0.0015, paper: 236, ink: 30 },
    jpegQuality: 70, producer: "hyo sheet-feeder simulator (200 dpi grey)",
  },
  {
    source: "fixtures/pdf/lo-calc-mincho.pdf", out: "fixtures/pdf/lo-scan-mincho-sealed.pdf", dpi: 300, seed: 47,
    look: { bleed: 0.25, motion: 2, streaks: 2, streakDepth: 60, saltPepper: 0.0008, paper: 255, ink: 0, threshold: 150 },
    jpegQuality: 85, producer: "hyo sheet-feeder simulator (300 dpi 1-bit)",
  },
];

/** Every page of `pdf` as 8-bit grey images, rasterized by pdftoppm. */
function rasterize(pdf: string, dpi: number): GreyImage[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hyo-lo-scan-"));
  try {
    execFileSync("pdftoppm", ["-gray", "-r", String(dpi), pdf, path.join(dir, "p")]);
    return readdirSync(dir).sort().map((f) => readPgm(readFileSync(path.join(dir, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A binary PGM (P5, maxval 255), as pdftoppm -gray writes it. */
function readPgm(buf: Buffer): GreyImage {
  const header = buf.toString("latin1", 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/);
  if (!header) throw new Error("not an 8-bit binary PGM");
  const width = Number(header[1]), height = Number(header[2]);
  const pixels = buf.subarray(header[0].length);
  return { width, height, data: Float32Array.from(pixels.subarray(0, width * height)) };
}

for (const scan of SCANS) {
  const started = Date.now();
  const rng = new Prng(scan.seed);
  const pages: ImagePage[] = [];
  const angles: string[] = [];
  for (const image of rasterize(scan.source, scan.dpi)) {
    // Sheet feeders skew both ways, up to about a degree, and shear a little.
    const angle = rng.range(-0.9, 0.9), shearPerMille = rng.range(-3, 3);
    angles.push(angle.toFixed(2));
    const scanned = degradeFeeder(image, { ...scan.look, angle, shearPerMille }, rng);
    pages.push({ jpeg: await encodeScanImage(scanned, scan.look.threshold !== undefined ? "png" : { jpegQuality: scan.jpegQuality }), width: (image.width * 72) / scan.dpi, height: (image.height * 72) / scan.dpi });
  }
  await writeImagePdf(pages, scan.out, scan.producer);
  console.log(`${scan.out}: ${pages.length} pages at ${scan.dpi} dpi, rotation ${angles.join(", ")}° (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
