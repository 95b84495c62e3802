/**
 * Scanned-paper fixtures for the OCR path: every page of a source PDF rendered, degraded like a flatbed scan
 * (skew, blur, grey uneven paper, lighter toner, dust, sensor noise — all from a seed) and written as an
 * image-only PDF: one JPEG per page, grey pixels (stored as RGB: @napi-rs/canvas writes no one-channel JPEG),
 * no fonts, no text layer.
 *
 *   npx tsx scripts/scan/make-scan.ts
 *
 * Writes:
 *   fixtures/pdf/r2-scan.pdf     — r2-lines.pdf, all 11 pages at 200 dpi, seed 1.
 *   fixtures/pdf/r2-scan-300.pdf — r2-chromium.pdf (another producer), first 3 pages at 300 dpi, seed 7:
 *     an "unseen" scan made another way (less blur, more noise and dust,
 *     every page skewed clockwise where r2-scan's page 1 leans the other way, JPEG quality 60).
 *
 * Needs only what `npm ci` installs. Deterministic: a rerun gives byte-identical files.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { openPdf } from "../../src/pdf/load.js";
import { renderPage } from "../../src/pdf/render.js";
import { degrade, type Degradation, type GreyImage } from "./degrade.js";
import { encodeScanImage, writeImagePdf, type ImagePage } from "./image-pdf.js";
import { Prng } from "./prng.js";

export interface ScanOptions {
  readonly source: string;
  readonly out: string;
  readonly dpi: number;
  readonly seed: number;
  /** Scan only the first n pages (default: all). */
  readonly pages?: number;
  /** Skew magnitude range in degrees and its sign: random per page, or always one way (+ = clockwise). */
  readonly skew: { readonly min: number; readonly max: number; readonly direction: "mixed" | "clockwise" | "counterclockwise" };
  readonly look: Omit<Degradation, "angle">;
  readonly jpegQuality: number;
  /** Written as the PDF's Creator and Producer, like a scanner driver would. */
  readonly producer: string;
}

export const R2_SCAN: ScanOptions = {
  source: "fixtures/pdf/r2-lines.pdf",
  out: "fixtures/pdf/r2-scan.pdf",
  dpi: 200,
  seed: 1,
  skew: { min: 0.2, max: 0.6, direction: "mixed" },
  look: { paper: [226, 238], ink: 45, blurSigma: 0.7, noiseSigma: 2, speckles: 60 },
  // Noise is what JPEG pays for: quality 75 keeps the 11 A3 pages under 6 MB.
  jpegQuality: 75,
  producer: "hyo scan simulator (flatbed, 200 dpi)",
};

export const R2_SCAN_300: ScanOptions = {
  source: "fixtures/pdf/r2-chromium.pdf",
  out: "fixtures/pdf/r2-scan-300.pdf",
  dpi: 300,
  seed: 7,
  pages: 3,
  skew: { min: 0.2, max: 0.6, direction: "clockwise" },
  look: { paper: [228, 242], ink: 38, blurSigma: 0.5, noiseSigma: 3, speckles: 400 },
  jpegQuality: 60,
  producer: "hyo scan simulator (sheet feeder, 300 dpi)",
};

/** Scans `options.source` into `options.out`; returns a one-line summary with the skew of each page. */
export async function makeScanFixture(options: ScanOptions): Promise<string> {
  // Skews come from the seed alone; each page's noise from its own stream, so tuning one setting moves nothing else.
  const skewRng = new Prng(options.seed);
  const pdf = await openPdf(readFileSync(options.source));
  const angles: number[] = [];
  const pages: ImagePage[] = [];
  try {
    const count = Math.min(options.pages ?? pdf.pageCount, pdf.pageCount);
    for (let pageNo = 1; pageNo <= count; pageNo++) {
      const rendered = await renderPage(pdf, pageNo, options.dpi);
      const angle = skewAngle(options.skew, skewRng);
      angles.push(angle);
      const noiseRng = new Prng(options.seed * 1000 + pageNo);
      const scanned = degrade(await toGrey(rendered.png), { ...options.look, angle }, noiseRng);
      // The source page's own size: the rendering is rounded up to whole pixels.
      const size = (await pdf.doc.getPage(pageNo)).getViewport({ scale: 1 });
      pages.push({ jpeg: await encodeScanImage(scanned, { jpegQuality: options.jpegQuality }), width: size.width, height: size.height });
    }
  } finally {
    await pdf.close();
  }
  await writeImagePdf(pages, options.out, options.producer);
  const skews = angles.map((a) => (a >= 0 ? "+" : "") + a.toFixed(2)).join(", ");
  return `${options.out}: ${pages.length} pages from ${options.source} at ${options.dpi} dpi, seed ${options.seed}; skew (° clockwise) ${skews}`;
}

function skewAngle(skew: ScanOptions["skew"], rng: Prng): number {
  const magnitude = rng.range(skew.min, skew.max);
  if (skew.direction === "clockwise") return magnitude;
  if (skew.direction === "counterclockwise") return -magnitude;
  return rng.next() < 0.5 ? -magnitude : magnitude;
}

/** Decodes the rendered PNG to luminance; transparent pixels count as white paper. */
async function toGrey(png: Buffer): Promise<GreyImage> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(image, 0, 0);
  const rgba = ctx.getImageData(0, 0, image.width, image.height).data;
  const data = new Float32Array(image.width * image.height);
  for (let i = 0; i < data.length; i++) {
    const a = rgba[i * 4 + 3]! / 255;
    const lum = 0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!;
    data[i] = a * lum + (1 - a) * 255;
  }
  return { width: image.width, height: image.height, data };
}

/** Writes both scan fixtures; returns a summary line for each, with how long it took. */
export async function makeScanFixtures(): Promise<string[]> {
  const lines: string[] = [];
  for (const options of [R2_SCAN, R2_SCAN_300]) {
    const started = Date.now();
    const summary = await makeScanFixture(options);
    lines.push(`${summary} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await makeScanFixtures()) console.log(line);
}
