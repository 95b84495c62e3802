import { createCanvas, ImageData } from "@napi-rs/canvas";
import PDFDocument from "pdfkit";
import { savePdf } from "../fixtures/pdf-doc.js";
import type { GreyImage } from "./degrade.js";

export interface ImagePage {
  /** The page's image: JPEG or PNG (pdfkit embeds either). */
  readonly jpeg: Buffer;
  /** Page size in points. */
  readonly width: number;
  readonly height: number;
}

/** Fixed so that regenerating gives byte-identical files. */
const FIXED_DATE = new Date(Date.UTC(2021, 10, 1, 0, 0, 0));

/** Writes a PDF whose pages are nothing but one full-page JPEG each: no fonts, no text layer. */
export function writeImagePdf(pages: readonly ImagePage[], path: string, producer: string): Promise<void> {
  // A scanner driver's metadata: no Title, so nothing textual survives from the source.
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    info: { Creator: producer, Producer: producer, CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  for (const page of pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    doc.image(page.jpeg, 0, 0, { width: page.width, height: page.height });
  }
  return savePdf(doc, path);
}

/**
 * A scanned page's image for writeImagePdf: JPEG at `quality` for a grey scan, PNG for a 1-bit one (two levels
 * deflate to a tenth of what JPEG makes of them). Grey stored as RGB: @napi-rs/canvas writes no one-channel JPEG.
 */
export async function encodeScanImage(img: GreyImage, format: { readonly jpegQuality: number } | "png"): Promise<Buffer> {
  const rgba = new Uint8ClampedArray(img.width * img.height * 4);
  for (let i = 0; i < img.data.length; i++) {
    const v = Math.round(img.data[i]!);
    rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = v;
    rgba[i * 4 + 3] = 255;
  }
  const canvas = createCanvas(img.width, img.height);
  canvas.getContext("2d").putImageData(new ImageData(rgba, img.width, img.height), 0, 0);
  return format === "png" ? canvas.encode("png") : canvas.encode("jpeg", format.jpegQuality);
}
