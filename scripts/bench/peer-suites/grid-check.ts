import path from "node:path";
import { gridViolations, pageGrid } from "../../../src/table/grid-invariant.js";
import { stitchTables } from "../../../src/table/index.js";
import type { DocTables } from "./read-tables.js";

export interface GridCheck {
  readonly documents: number;
  /** Page grids and the logical tables stitched from them (what tables.json holds). */
  readonly pageTables: number;
  readonly logicalTables: number;
  readonly violations: readonly { readonly file: string; readonly table: string; readonly message: string }[];
}

/** The grid invariant (src/table/grid-invariant.ts) over every table of every document read. */
export function checkGrids(docs: readonly DocTables[]): GridCheck {
  let pageTables = 0, logicalTables = 0;
  const violations: GridCheck["violations"][number][] = [];
  for (const d of docs) {
    const file = path.relative(process.cwd(), d.file);
    const tables = d.pages.flatMap((p) => p.tables);
    pageTables += tables.length;
    for (const t of tables) for (const v of gridViolations(pageGrid(t))) violations.push({ file, table: `page ${t.pageNo} table at y ${Math.round(t.bbox[1])}`, message: v.message });
    const logical = stitchTables(tables);
    logicalTables += logical.length;
    for (const t of logical) for (const v of gridViolations(t)) violations.push({ file, table: `tables.json ${t.id}`, message: v.message });
  }
  return { documents: docs.length, pageTables, logicalTables, violations };
}
