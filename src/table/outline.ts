import type { Bbox } from "../types/index.js";
import type { Edge } from "./types.js";

/**
 * The outline of each table, as edges: its cells' box grown to the rules that run on past it. A merged cell
 * cut by a page break often has no rule on its open side (Chromium draws none below a rowspan that continues
 * on the next page; Excel none above it on the next page), so without the outline it would never close.
 */
export function tableOutlines(tableBoxes: readonly Bbox[], edges: readonly Edge[], tolerance: number): Edge[] {
  return tableBoxes.flatMap((b) => {
    let [x0, y0, x1, y1] = b;
    for (const e of edges) {
      if (e.orientation === "v" && e.at >= x0 - tolerance && e.at <= x1 + tolerance && e.to > y0 && e.from < y1) {
        y0 = Math.min(y0, e.from);
        y1 = Math.max(y1, e.to);
      }
      if (e.orientation === "h" && e.at >= y0 - tolerance && e.at <= y1 + tolerance && e.to > x0 && e.from < x1) {
        x0 = Math.min(x0, e.from);
        x1 = Math.max(x1, e.to);
      }
    }
    return [
      { orientation: "h", at: y0, from: x0, to: x1 }, { orientation: "h", at: y1, from: x0, to: x1 },
      { orientation: "v", at: x0, from: y0, to: y1 }, { orientation: "v", at: x1, from: y0, to: y1 },
    ] satisfies Edge[];
  });
}
