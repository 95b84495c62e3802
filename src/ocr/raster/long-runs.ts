import type { BinaryImage } from "./binarize.js";

/**
 * Runs of ink along rows (horizontal) or columns (vertical), gaps of up to `gapPx` bridged, kept when
 * at least `minPx` long: a run-length form of a morphological closing then opening with a long line.
 * `line` is the row (or column) index, [start, end) the span along it; sorted by line, then start.
 */
export interface Runs {
  readonly line: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

class RunList {
  line: number[] = [];
  start: number[] = [];
  end: number[] = [];
  push(line: number, start: number, end: number): void {
    this.line.push(line); this.start.push(start); this.end.push(end);
  }
  toRuns(order: readonly number[]): Runs {
    const pick = (a: number[]) => Int32Array.from(order, (i) => a[i]!);
    return { line: pick(this.line), start: pick(this.start), end: pick(this.end) };
  }
}

export function horizontalRuns(bin: BinaryImage, minPx: number, gapPx: number): Runs {
  const { width, height, data } = bin;
  const list = new RunList();
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let start = -1, last = -1;
    for (let x = 0; x < width; x++) {
      if (data[row + x]) {
        if (start < 0) start = x;
        last = x;
      } else if (start >= 0 && x - last > gapPx) {
        if (last + 1 - start >= minPx) list.push(y, start, last + 1);
        start = -1;
      }
    }
    if (start >= 0 && last + 1 - start >= minPx) list.push(y, start, last + 1);
  }
  return trimmed(list, gapPx, (line, pos) => data[line * width + pos]!).toRuns(list.line.map((_, i) => i));
}

/** Column runs found in one row-major pass (cache-friendly), each column keeping its open run's state. */
export function verticalRuns(bin: BinaryImage, minPx: number, gapPx: number): Runs {
  const { width, height, data } = bin;
  const start = new Int32Array(width).fill(-1), last = new Int32Array(width);
  const list = new RunList();
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (data[row + x]) {
        if (start[x]! < 0) start[x] = y;
        last[x] = y;
      } else if (start[x]! >= 0 && y - last[x]! > gapPx) {
        if (last[x]! + 1 - start[x]! >= minPx) list.push(x, start[x]!, last[x]! + 1);
        start[x] = -1;
      }
    }
  }
  for (let x = 0; x < width; x++) {
    if (start[x]! >= 0 && last[x]! + 1 - start[x]! >= minPx) list.push(x, start[x]!, last[x]! + 1);
  }
  trimmed(list, gapPx, (line, pos) => data[pos * width + line]!);
  const order = list.line.map((_, i) => i).sort((a, b) => list.line[a]! - list.line[b]! || list.start[a]! - list.start[b]!);
  return list.toRuns(order);
}

/**
 * Moves each run's ends in past short pieces beyond a bridged gap: a speckle of dust or a character
 * just off a rule's end would otherwise lengthen it by up to a gap. A piece counts as part of the
 * rule once it is as long as the gap; runs with no such piece (dotted rules) are left as found.
 */
function trimmed(list: RunList, gapPx: number, ink: (line: number, pos: number) => number): RunList {
  for (let r = 0; r < list.line.length; r++) {
    const line = list.line[r]!, start = list.start[r]!, end = list.end[r]!;
    let from = start;
    while (from < end) {
      let to = from;
      while (to < end && ink(line, to)) to++;
      if (to - from >= gapPx) break;
      from = to;
      while (from < end && !ink(line, from)) from++;
    }
    if (from >= end) continue;
    let to = end;
    while (to > from) {
      let back = to;
      while (back > from && ink(line, back - 1)) back--;
      if (to - back >= gapPx) break;
      to = back;
      while (to > from && !ink(line, to - 1)) to--;
    }
    list.start[r] = from;
    list.end[r] = to;
  }
  return list;
}
