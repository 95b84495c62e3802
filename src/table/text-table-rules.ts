import type { Edge } from "./types.js";
import { chunkColumns, type TextColumn } from "./text-columns.js";
import type { TextLine } from "./text-lines.js";

/** A rule belongs to a text table when it spans at least this share of the table's multi-chunk lines' extent. */
const SPAN_SHARE = 0.8;
/** How far (ems) above the region's first line or below its last a top or foot rule may sit. */
const RULE_REACH_EM = 1.5;

/** Top, header, foot rule and one above a total row. */
const MAX_BOOKTABS_RULES = 4;

/** A text region bounded by horizontal rules: the lines between its top and foot rule, and the header rule. */
export interface RuledRegion {
  readonly lines: TextLine[];
  /**
   * Whether it is set as a booktabs table: a top rule, a header rule and a foot rule, at most one more (above a
   * total row). A chart's evenly spaced grid lines bound its tick labels too, but there are more of them.
   */
  readonly booktabs: boolean;
  /** y of the first rule inside the table (below the header), if there is one. */
  readonly headerRuleY?: number;
}

/**
 * Tables set with horizontal rules only (a rule above the header, one below it, one at the foot; booktabs,
 * Word and Writer reports): the top and foot rules bound the table, so a caption just above it or a note just
 * below is not one of its rows, and the first inner rule closes the header. A rule counts when it spans most
 * of the width the region's multi-column lines cover: short rules (underlines, a 合計 line) do not bound it.
 * Without two such rules the region is returned as it is.
 */
export function boundByRules(lines: readonly TextLine[], hRules: readonly Edge[]): RuledRegion {
  const multi = lines.filter((l) => l.chunks.length > 1);
  if (multi.length === 0 || hRules.length === 0) return { lines: [...lines], booktabs: false };
  const x0 = Math.min(...multi.map((l) => l.x0)), x1 = Math.max(...multi.map((l) => l.x1));
  const em = median(lines.map((l) => l.fontSize));
  const top = lines[0]!.top - RULE_REACH_EM * em, bottom = lines[lines.length - 1]!.bottom + RULE_REACH_EM * em;
  const spanning = hRules
    .filter((r) => r.orientation === "h" && r.at >= top && r.at <= bottom)
    .filter((r) => Math.min(r.to, x1) - Math.max(r.from, x0) >= SPAN_SHARE * (x1 - x0))
    .map((r) => r.at)
    .sort((a, b) => a - b);
  if (spanning.length < 2) return { lines: [...lines], booktabs: false };
  const first = spanning[0]!, last = spanning[spanning.length - 1]!;
  const mid = (l: TextLine) => (l.top + l.bottom) / 2;
  const inside = lines.filter((l) => mid(l) > first && mid(l) < last);
  if (inside.length < 2) return { lines: [...lines], booktabs: false };
  const headerRuleY = spanning.slice(1, -1).find((y) => inside.some((l) => mid(l) < y) && inside.some((l) => mid(l) > y));
  return { lines: inside, booktabs: headerRuleY !== undefined && spanning.length <= MAX_BOOKTABS_RULES, ...(headerRuleY !== undefined ? { headerRuleY } : {}) };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * Under a header rule, a column that only the header fills beside one that only the body fills is one column:
 * a centred header word ("基金") stands apart from the left-aligned labels below it, leaving a gutter that
 * runs through the body's column but is none of the table's (a long label may even cross it). A chunk counts
 * in the column it starts in. Neighbours are merged while that holds.
 */
export function mergeHeaderOnlyColumns(columns: readonly TextColumn[], lines: readonly TextLine[], headerRuleY: number): TextColumn[] {
  const out = [...columns];
  const occupancy = () => {
    const head = new Set<number>(), body = new Set<number>();
    for (const l of lines) {
      const into = (l.top + l.bottom) / 2 < headerRuleY ? head : body;
      for (const c of l.chunks) into.add(chunkColumns(c, out)[0]);
    }
    return { head, body };
  };
  for (let k = 0; k < out.length - 1;) {
    const { head, body } = occupancy();
    const headOnly = (i: number) => head.has(i) && !body.has(i), bodyOnly = (i: number) => body.has(i) && !head.has(i);
    if ((headOnly(k) && bodyOnly(k + 1)) || (bodyOnly(k) && headOnly(k + 1))) out.splice(k, 2, { x0: out[k]!.x0, x1: out[k + 1]!.x1 });
    else k++;
  }
  return out;
}
