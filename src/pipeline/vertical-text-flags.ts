import type { RecordsFile } from "../schema/index.js";
import type { Bbox, Flag, PageContent, Segment } from "../types/index.js";

export const VERTICAL_TEXT_FLAG = "review/vertical-text";

/**
 * Columns of one block stand at most this many ems apart (axis to axis): vertical lines are set 1.5–2 em apart,
 * while a lone vertical label (an axis title, a side tab) has no column next to it.
 */
const MAX_COLUMN_PITCH_EM = 2.5;

/**
 * The page's vertical writing that hyo cannot read in order: everything on a page read by OCR (it reads lines
 * left to right, so vertical text comes out as garbage), and on a text-layer page the blocks of two or more columns
 * side by side (their glyphs would be read across the columns). A single column is read top to bottom correctly:
 * each glyph is a line of its own and the lines join in order.
 */
export function unreadVerticalRegions(page: PageContent): Bbox[] {
  const regions = page.vertical?.regions ?? [];
  if (page.source === "ocr") return [...regions];
  return regions.filter((a) => regions.some((b) => b !== a && besideEachOther(a, b, page.rules)));
}

/** Two columns of one block: close, side by side, and no vertical rule between them (that would be two cells). */
function besideEachOther(a: Bbox, b: Bbox, rules: readonly Segment[]): boolean {
  const em = Math.min(a[2] - a[0], b[2] - b[0]); // a vertical column is one em wide
  const [left, right] = (a[0] + a[2]) / 2 < (b[0] + b[2]) / 2 ? [a, b] : [b, a];
  const top = Math.max(a[1], b[1]), bottom = Math.min(a[3], b[3]);
  if ((right[0] + right[2]) / 2 - (left[0] + left[2]) / 2 > MAX_COLUMN_PITCH_EM * em || bottom <= top) return false;
  return !rules.some((r) => r.x1 === r.x2 && r.x1 >= left[2] && r.x1 <= right[0] && r.y1 <= bottom && r.y2 >= top);
}

const intersects = (a: Bbox, b: readonly number[]): boolean => a[0] < b[2]! && b[0]! < a[2] && a[1] < b[3]! && b[1]! < a[3];

/** Flags (error, needsReview) every field of a record whose cell overlaps unread vertical writing of its page. */
export function flagVerticalText(file: RecordsFile, regionsByPage: ReadonlyMap<number, readonly Bbox[]>): RecordsFile {
  if (regionsByPage.size === 0) return file;
  const records = file.records.map((r) => {
    const flags: Flag[] = [];
    for (const [field, cell] of Object.entries(r.source.cells)) {
      const regions = regionsByPage.get(cell.page) ?? [];
      if (!regions.some((g) => intersects(g, cell.bbox))) continue;
      flags.push({
        code: VERTICAL_TEXT_FLAG, field, severity: "error",
        message: "vertical writing (縦書き) in this cell: hyo reads text in horizontal lines, so this field may be out of order or garbage",
      });
    }
    return flags.length === 0 ? r : { ...r, flags: [...r.flags, ...flags], needsReview: true };
  });
  return { ...file, records } as RecordsFile;
}
