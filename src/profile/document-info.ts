import type { DocumentInfo } from "../schema/index.js";
import type { Bbox, PageContent } from "../types/index.js";

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
  const titleLine = [...lines].sort((a, b) => b.size - a.size)[0];
  const title = titleLine && titleLine.size > Math.min(...lines.map((l) => l.size)) ? titleLine.text : null;
  const dateLine = lines.find((l) => ERA_MONTH.test(l.text));
  const published = dateLine ? ERA_MONTH.exec(dateLine.text)![0].replace(/\s+/g, "") : null;
  const rest = dateLine ? dateLine.text.replace(ERA_MONTH, " ") : "";
  const municipality = MUNICIPALITY.exec(rest)?.[1] ?? (title ? MUNICIPALITY.exec(title)?.[1] ?? null : null);
  const fy = headerLabels.map((l) => FISCAL_YEAR.exec(l)?.[0]).find(Boolean) ?? (title ? FISCAL_YEAR.exec(title)?.[0] : undefined);
  return { title, municipality, published, fiscalYear: fy ? fy.replace(/\s+/g, "") : null };
}

/** A horizontal gap wider than this many ems separates two blocks on one baseline (a title and a legend). */
const BLOCK_GAP_EM = 3;

/** Runs → text lines; runs on one baseline but far apart are separate lines. */
function groupLines(runs: PageContent["runs"]): { text: string; size: number; y: number }[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x || a.y - b.y);
  const lines: { runs: typeof sorted; y: number; h: number; x1: number }[] = [];
  for (const r of sorted) {
    const line = lines.find((l) => Math.abs(l.y - r.y) < Math.min(l.h, r.height) / 2 && r.x - l.x1 < BLOCK_GAP_EM * r.fontSize);
    if (line) { line.runs.push(r); line.x1 = Math.max(line.x1, r.x + r.width); }
    else lines.push({ runs: [r], y: r.y, h: r.height, x1: r.x + r.width });
  }
  return lines.map((l) => ({
    text: l.runs.sort((a, b) => a.x - b.x).map((r) => r.text).join(" ").replace(/\s+/g, " ").trim(),
    size: Math.max(...l.runs.map((r) => r.fontSize)),
    y: l.y,
  }));
}
