/**
 * Tolerances of the table finder, in PDF points. Defaults follow pdfplumber's TableSettings
 * (snap 3, join 3, intersection 3), tightened where Excel exports put rules close together.
 */
export interface TableSettings {
  /** Parallel edges closer than this are one rule (double borders, rounding in producers). */
  readonly snapTolerancePt: number;
  /** Collinear pieces with a gap up to this are joined (Excel draws a border per cell). */
  readonly joinTolerancePt: number;
  /** An edge may stop this short of another and still meet it. */
  readonly intersectionTolerancePt: number;
  /** Shorter edges are noise (tick marks, underline stubs). */
  readonly minEdgeLengthPt: number;
}

export const DEFAULT_TABLE_SETTINGS: TableSettings = {
  snapTolerancePt: 2,
  joinTolerancePt: 3,
  intersectionTolerancePt: 2,
  minEdgeLengthPt: 2,
};
