/** [x1, y1, x2, y2] in PDF points (origin bottom-left). */
export type Box = readonly [number, number, number, number];

export function intersectionArea(a: Box, b: Box): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}

export function boxArea(a: Box): number {
  return Math.max(0, a[2] - a[0]) * Math.max(0, a[3] - a[1]);
}

/** The smallest box around all of them. */
export function unionBox(boxes: readonly Box[]): Box {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}
