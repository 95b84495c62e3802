/**
 * Ruled-table finder for one page, after pdfplumber's TableFinder (itself after Anssi Nurminen's thesis
 * and Tabula): segments → edges → intersections → cells → tables, each step a named function whose
 * result is kept for the debug overlay.
 */
import type { Bbox, PageContent, Segment } from "../types/index.js";
import { assignText } from "./assign-text.js";
import { intersectionsToCells } from "./cells.js";
import { segmentsToEdges } from "./edges.js";
import { runsToGlyphs } from "./glyphs.js";
import { cellsToTables, placeOnGrid } from "./grid.js";
import { edgesToIntersections } from "./intersections.js";
import { tableOutlines } from "./outline.js";
import { ruleCoverage, tableQuality } from "./quality.js";
import { isTurnedRun, textLines } from "./text-lines.js";
import { findTextTables } from "./text-tables.js";
import { DEFAULT_TABLE_SETTINGS, type TableSettings } from "./settings.js";
import type { Edge, Intersection, PageTable } from "./types.js";

/** A grid needs at least this many cells to be a table (a lone box is a frame, not a table). */
const MIN_TABLE_CELLS = 2;

const boxOf = (cells: readonly Bbox[]): Bbox => [
  Math.min(...cells.map((c) => c[0])), Math.min(...cells.map((c) => c[1])), Math.max(...cells.map((c) => c[2])), Math.max(...cells.map((c) => c[3])),
];
const edgeToSegment = (e: Edge): Segment => (e.orientation === "h" ? { x1: e.from, y1: e.at, x2: e.to, y2: e.at } : { x1: e.at, y1: e.from, x2: e.at, y2: e.to });

export interface TableFinderResult {
  readonly edges: Edge[];
  readonly intersections: Intersection[];
  readonly cells: Bbox[];
  readonly tables: PageTable[];
}

export function findTables(page: PageContent, settings: TableSettings = DEFAULT_TABLE_SETTINGS): TableFinderResult {
  const ruled = segmentsToEdges(page.rules, settings);
  // First pass: where the tables are; second: the same with each table's outline closed.
  const firstBoxes = cellsToTables(intersectionsToCells(edgesToIntersections(ruled, settings.intersectionTolerancePt)))
    .filter((group) => group.length >= MIN_TABLE_CELLS)
    .map(boxOf);
  const edges = segmentsToEdges([...ruled, ...tableOutlines(firstBoxes, ruled, settings.snapTolerancePt)].map(edgeToSegment), settings);
  const points = edgesToIntersections(edges, settings.intersectionTolerancePt);
  const cells = intersectionsToCells(points);
  const glyphs = runsToGlyphs(page.runs);
  const ruledTables = cellsToTables(cells)
    .filter((group) => group.length >= MIN_TABLE_CELLS)
    .map((group): PageTable => {
      const grid = placeOnGrid(group);
      const { cells: gridCells, glyphsInside, glyphsContained, splitChars } = assignText(grid, glyphs);
      const coverage = ruleCoverage(gridCells, edges, settings.snapTolerancePt);
      const bbox: Bbox = [grid.colXs[0]!, grid.rowYs[0]!, grid.colXs[grid.colXs.length - 1]!, grid.rowYs[grid.rowYs.length - 1]!];
      return { pageNo: page.pageNo, bbox, colXs: grid.colXs, rowYs: grid.rowYs, cells: gridCells, quality: tableQuality(gridCells, glyphsInside, glyphsContained, splitChars, coverage) };
    });
  // A page without ruled grids may hold tables drawn with fewer rules (header and foot rules) or none. Beside a
  // grid, text in rows and columns is mostly page layout (a title block beside a legend): there only a text
  // table bounded by rules of its own counts.
  const turned = new Set(page.runs.flatMap((r, i) => (isTurnedRun(r) ? [i] : [])));
  const inGrid = (g: { x0: number; x1: number; top: number; bottom: number }) => ruledTables.some((t) =>
    (g.x0 + g.x1) / 2 >= t.bbox[0] && (g.x0 + g.x1) / 2 <= t.bbox[2] && (g.top + g.bottom) / 2 >= t.bbox[1] && (g.top + g.bottom) / 2 <= t.bbox[3]);
  const free = glyphs.filter((g) => !turned.has(g.run) && !inGrid(g));
  const hRules = edges.filter((e) => e.orientation === "h" && !ruledTables.some((t) => e.at >= t.bbox[1] - settings.snapTolerancePt && e.at <= t.bbox[3] + settings.snapTolerancePt && e.from < t.bbox[2] && e.to > t.bbox[0]));
  const textTables = findTextTables(page.pageNo, textLines(free), hRules, { ruledOnly: ruledTables.length > 0 });
  const tables = [...ruledTables, ...textTables]
    .sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
  return { edges, intersections: [...points.values()], cells, tables };
}
