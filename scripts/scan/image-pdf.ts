import PDFDocument from "pdfkit";
import { savePdf } from "../fixtures/pdf-doc.js";

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
