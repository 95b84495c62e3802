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
