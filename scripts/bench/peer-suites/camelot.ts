/**
 * Camelot's own test suite as a peer check: each expected table of its tests (Camelot's regression outputs)
 * turned into ICDAR 2013 adjacency relations — non-empty neighbours along a row and down a column, blanks
 * skipped, whitespace removed — and compared with the relations of hyo's best-agreeing table on the same page.
 * Agreement with Camelot, not accuracy: see the suite's README.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { makeNorm } from "../scorer/icdar/normalise.js";
import { relations, relationTotal, sharedRelations, type GridCell, type RelationCounts } from "../scorer/icdar/relations.js";
import { toIcdarTable } from "../../../src/table/to-icdar.js";
import type { PageTable } from "../../../src/table/index.js";
import type { DocTables } from "./read-tables.js";
import { isSealed } from "./sealed.js";

interface ManifestTest { test_file: string; test: string; data_vars: string[]; pdfs: string[]; read_pdf_calls: string[] }

/** One expected table: which PDF, page and (when the test gave one) area Camelot was asked to read. */
export interface CamelotCase {
  readonly flavor: "ruled" | "unruled";
  readonly pdf: string;
  readonly expected: string;
  /** The expected tables one call returns together (two tables on a page): they share hyo's tables out among them. */
  readonly together: readonly string[];
  readonly page: number;
  /** x1, y1 (top-left), x2, y2 (bottom-right) in PDF points, origin bottom-left, as Camelot's table_areas. */
  readonly area?: readonly [number, number, number, number];
  readonly password?: string;
  readonly sealed: boolean;
}

export interface CaseScore { readonly tp: number; readonly fp: number; readonly fn: number }
export interface Agreement { cases: number; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

/**
 * Tests that check where Camelot puts (or copies) a merged cell's text rather than what the table is: hyo
 * reports spans, so only the default placement (data_lattice_shift_text_left_top) is compared.
 */
const PLACEMENT_VARIANTS = new Set(["data_lattice_shift_text_disable", "data_lattice_shift_text_right_bottom", "data_lattice_copy_text"]);

const option = (call: string, name: string) => new RegExp(`${name}\\s*=\\s*\\[?"([^"]*)"`, "u").exec(call)?.[1];

/** The suite's cases, one per (flavor, PDF, expected table, page, area); PDFs the suite's copy lacks are left out. */
export function camelotCases(dir: string): { cases: CamelotCase[]; missingPdfs: string[] } {
  const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as ManifestTest[];
  const seen = new Map<string, CamelotCase>();
  const missing = new Set<string>();
  for (const t of manifest) {
    const call = t.read_pdf_calls[0] ?? "";
    const flavor = (option(call, "flavor") ?? "lattice") === "lattice" ? "ruled" : "unruled";
    const areaText = option(call, "table_areas") ?? option(call, "table_regions");
    const area = areaText?.split(",").map(Number) as [number, number, number, number] | undefined;
    const password = option(call, "password");
    const together = t.data_vars.filter((v) => !PLACEMENT_VARIANTS.has(v));
    for (const pdf of t.pdfs) {
      if (!existsSync(path.join(dir, "pdfs", pdf))) { missing.add(pdf); continue; }
      for (const expected of together) {
        const c: CamelotCase = { flavor, pdf, expected, together, page: Number(option(call, "pages") ?? 1), ...(area ? { area } : {}), ...(password ? { password } : {}), sealed: isSealed(pdf) };
        seen.set(JSON.stringify([c.flavor, c.pdf, c.expected, c.page, c.area]), c);
      }
    }
  }
  return { cases: [...seen.values()], missingPdfs: [...missing] };
}

const norm = makeNorm("official");
/** Camelot's flag_size marks super/subscripts with <s>…</s>; the page's text has no such tags. */
const cellText = (s: string) => norm(s.replace(/<\/?s>/gu, ""));

export function expectedRelations(rows: readonly (readonly string[])[]): RelationCounts {
  const cells: GridCell[] = rows.flatMap((r, i) => r.map((text, j) => ({ firstRow: i, lastRow: i, firstCol: j, lastCol: j, text: cellText(text) })));
  return relations(cells, false);
}

/**
 * hyo's table → relations, each cell in its top-left slot only, as Camelot writes a merged cell (its text there,
 * the slots it covers blank): a span would relate to neighbours in every row and column it covers, which
 * Camelot's arrays cannot show. With an area, only the cells whose centre lies inside it.
 */
export function hyoRelations(t: PageTable, pageHeight: number, area?: CamelotCase["area"]): RelationCounts {
  const inside = (bbox: readonly number[]) => {
    if (!area) return true;
    const [x1, ya, x2, yb] = area;
    const x = (bbox[0]! + bbox[2]!) / 2, y = pageHeight - (bbox[1]! + bbox[3]!) / 2;
    return x >= Math.min(x1, x2) && x <= Math.max(x1, x2) && y >= Math.min(ya, yb) && y <= Math.max(ya, yb);
  };
  const boxes = new Map(t.cells.map((c) => [`${c.row},${c.col}`, c.bbox]));
  const cells: GridCell[] = toIcdarTable(t, pageHeight).cells
    .filter((c) => inside(boxes.get(`${c.row},${c.col}`)!))
    .map((c) => ({ firstRow: c.row, lastRow: c.row, firstCol: c.col, lastCol: c.col, text: cellText(c.text) }));
  return relations(cells, false);
}

/**
 * Scores the cases one call returns on one PDF page: each expected table (in the test's order) takes the unused hyo table that
 * shares most relations with it; an expected table with no such table counts all its relations as missed.
 */
export function scorePage(cases: readonly CamelotCase[], expected: Record<string, string[][]>, tables: readonly PageTable[], pageHeight: number): CaseScore[] {
  const used = new Set<number>();
  return cases.map((c) => {
    const want = expectedRelations(expected[c.expected] ?? []);
    let best: { i: number; tp: number; fp: number } | undefined;
    tables.forEach((t, i) => {
      if (used.has(i)) return;
      const got = hyoRelations(t, pageHeight, c.area);
      const tp = sharedRelations(want, got), fp = relationTotal(got) - tp;
      if (tp > 0 && (!best || tp > best.tp || (tp === best.tp && fp < best.fp))) best = { i, tp, fp };
    });
    if (best) used.add(best.i);
    return { tp: best?.tp ?? 0, fp: best?.fp ?? 0, fn: relationTotal(want) - (best?.tp ?? 0) };
  });
}

export function agreement(scores: readonly CaseScore[]): Agreement {
  const tp = scores.reduce((s, x) => s + x.tp, 0), fp = scores.reduce((s, x) => s + x.fp, 0), fn = scores.reduce((s, x) => s + x.fn, 0);
  return { cases: scores.length, tp, fp, fn, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), f1: (2 * tp) / (2 * tp + fp + fn || 1) };
}

export interface CamelotResult {
  readonly cases: readonly (CamelotCase & CaseScore)[];
  readonly missingPdfs: readonly string[];
  readonly byFlavor: Record<"tuned" | "sealed", Record<"ruled" | "unruled", Agreement>>;
}

export function scoreCamelot(dir: string, docs: ReadonlyMap<string, DocTables>): CamelotResult {
  const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as Record<string, string[][]>;
  const { cases, missingPdfs } = camelotCases(dir);
  const groups = new Map<string, CamelotCase[]>();
  for (const c of cases) {
    const key = JSON.stringify([c.flavor, c.pdf, c.page, c.area, c.together]);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const scored: (CamelotCase & CaseScore)[] = [];
  for (const group of groups.values()) {
    const { pdf, page } = group[0]!;
    const p = docs.get(pdf)?.pages.find((x) => x.pageNo === page);
    const scores = scorePage(group, expected, p?.tables ?? [], p?.height ?? 0);
    group.forEach((c, i) => scored.push({ ...c, ...scores[i]! }));
  }
  const part = (sealed: boolean) => ({
    ruled: agreement(scored.filter((c) => c.sealed === sealed && c.flavor === "ruled")),
    unruled: agreement(scored.filter((c) => c.sealed === sealed && c.flavor === "unruled")),
  });
  return { cases: scored, missingPdfs, byFlavor: { tuned: part(false), sealed: part(true) } };
}
