/** Axis-aligned box in PDF points, origin top-left of the page: [x0, top, x1, bottom]. */
export type Bbox = readonly [x0: number, top: number, x1: number, bottom: number];

/** A ruling line segment in page points (top-left origin). Horizontal when y1 === y2, vertical when x1 === x2. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export const bboxWidth = (b: Bbox): number => b[2] - b[0];
export const bboxHeight = (b: Bbox): number => b[3] - b[1];
export const bboxCenter = (b: Bbox): readonly [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
export const bboxUnion = (a: Bbox, b: Bbox): Bbox => [
  Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3]),
];

/**
 * A box as the output files give it: each coordinate rounded to 0.01 pt. Finer digits are float noise of the
 * PDF's transforms (74.2750015258789), far below what a page draws or a reader can tell apart.
 */
export const outputBbox = (b: Bbox): [number, number, number, number] => [roundPt(b[0]), roundPt(b[1]), roundPt(b[2]), roundPt(b[3])];
const roundPt = (v: number): number => Math.round(v * 100) / 100 + 0; // + 0 turns -0 into 0
