import type { DocumentInfo } from "../schema/index.js";
import type { Bbox, PageContent } from "../types/index.js";
import { repairText } from "../text/index.js";
import { maxOf, minOf } from "../util/arrays.js";

const ERA_MONTH = /(令和|平成|昭和)\s*(\d+|元)\s*年\s*\d+\s*月(\s*\d+\s*日)?/u;
const FISCAL_YEAR = /(令和|平成|昭和)\s*(\d+|元)\s*年度/u;
const MUNICIPALITY = /([\p{Script=Han}\p{Script=Katakana}ヶケ]{1,10}?(?:市|町|村|区|県|都|府))(?![\p{Script=Han}])/u;

/**
 * Title, municipality, publication date and fiscal year from the first page's text outside the tables
 * (the largest line is the title) and the header labels.
 */
export function readDocumentInfo(page: PageContent | undefined, tableBoxes: readonly Bbox[], headerLabels: readonly string[]): DocumentInfo {
  if (!page) return { title: null, municipality: null, published: null, fiscalYear: null };
  const outside = page.runs.filter((r) => !tableBoxes.some((b) => r.x + r.width / 2 >= b[0] && r.x + r.width / 2 <= b[2] && r.y + r.height / 2 >= b[1] && r.y + r.height / 2 <= b[3]));
  const lines = groupLines(outside);
  // The title is the first of the largest lines; its text went through the cells' repairs (controls, bidi
  // overrides, zero-width characters removed).
  const titleLine = lines.reduce<(typeof lines)[number] | undefined>((best, l) => (!best || l.size > best.size ? l : best), undefined);
  const title = titleLine && titleLine.size > minOf(lines.map((l) => l.size)) ? titleLine.text : null;
  const dateLine = lines.find((l) => ERA_MONTH.test(l.text));
  const published = dateLine ? ERA_MONTH.exec(dateLine.text)![0].replace(/\s+/g, "") : null;
  const rest = dateLine ? dateLine.text.replace(ERA_MONTH, " ") : "";
  const municipality = MUNICIPALITY.exec(rest)?.[1] ?? (title ? MUNICIPALITY.exec(title)?.[1] ?? null : null);
  const fy = headerLabels.map((l) => FISCAL_YEAR.exec(l)?.[0]).find(Boolean) ?? (title ? FISCAL_YEAR.exec(title)?.[0] : undefined);
  return { title, municipality, published, fiscalYear: fy ? fy.replace(/\s+/g, "") : null };
}

/** A horizontal gap wider than this many ems separates two blocks on one baseline (a title and a legend). */
const BLOCK_GAP_EM = 3;

interface OpenLine { runs: PageContent["runs"][number][]; y: number; h: number; x1: number; order: number }

/**
 * Runs → text lines; runs on one baseline but far apart are separate lines. A run joins the earliest line whose
 * baseline is within half the smaller height and whose right end is less than BLOCK_GAP_EM ems before it. Lines
 * are indexed by baseline in bands one typical run height tall, and a band drops the lines that no later run can
 * reach (runs come in x order), so a page of 200,000 one-glyph lines is not compared pairwise.
 */
function groupLines(runs: PageContent["runs"]): { text: string; size: number; y: number }[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x || a.y - b.y);
  const band = Math.max(1, median(sorted.map((r) => r.height)));
  const reach = BLOCK_GAP_EM * maxOf(sorted.map((r) => r.fontSize));
  const lines: OpenLine[] = [];
  const bands = new Map<number, OpenLine[]>();
  for (const r of sorted) {
    let line: OpenLine | undefined;
    const lo = Math.floor((r.y - r.height / 2) / band), hi = Math.floor((r.y + r.height / 2) / band);
    const keys = hi - lo < bands.size ? range(lo, hi) : [...bands.keys()].filter((k) => k >= lo && k <= hi);
    for (const k of keys) {
      let open = bands.get(k);
      if (!open) continue;
      if (open.length > 64) bands.set(k, open = open.filter((l) => l.x1 >= r.x - reach));
      for (const l of open) {
        if ((!line || l.order < line.order) && Math.abs(l.y - r.y) < Math.min(l.h, r.height) / 2 && r.x - l.x1 < BLOCK_GAP_EM * r.fontSize) line = l;
      }
    }
    if (line) { line.runs.push(r); line.x1 = Math.max(line.x1, r.x + r.width); continue; }
    const created = { runs: [r], y: r.y, h: r.height, x1: r.x + r.width, order: lines.length };
    lines.push(created);
    const k = Math.floor(r.y / band);
    const open = bands.get(k);
    if (open) open.push(created); else bands.set(k, [created]);
  }
  return lines.map((l) => ({
    text: repairText(l.runs.sort((a, b) => a.x - b.x).map((r) => r.text).join(" ")).text.replace(/\s+/g, " ").trim(),
    size: maxOf(l.runs.map((r) => r.fontSize)),
    y: l.y,
  }));
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function* range(lo: number, hi: number): Generator<number> {
  for (let k = lo; k <= hi; k++) yield k;
}
