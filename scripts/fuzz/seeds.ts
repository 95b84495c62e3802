/** The PDFs mutations start from: small unit tables (fast cases) and one full document. */
export const FUZZ_SEEDS = [
  "fixtures/pdf/unit/merged-cell.pdf",
  "fixtures/pdf/unit/header-repeat.pdf",
  "fixtures/pdf/unit/straddle.pdf",
  "fixtures/pdf/unit/merged-across-pages.pdf",
  "fixtures/pdf/r2-rects.pdf",
];
