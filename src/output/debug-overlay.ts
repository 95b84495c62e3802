import path from "node:path";
import type { PdfHandle } from "../pdf/index.js";
import { renderPage } from "../pdf/index.js";
import { findTables } from "../table/index.js";
import type { PageContent } from "../types/index.js";
import { writeFileAtomic } from "./atomic-write.js";

/** Resolution of the debug overlays: enough to see 7 pt text next to its rules. */
const DEBUG_DPI = 100;

/**
 * debug/p0003-grid.png: the page with the table finder's work drawn over it, after pdfplumber's
 * debug_tablefinder — cells light blue, edges red, intersections blue circles, text runs green outlines.
 */
export async function writeDebugOverlay(pdf: PdfHandle, page: PageContent, outDir: string): Promise<string> {
  const result = findTables(page);
  const rendered = await renderPage(pdf, page.pageNo, DEBUG_DPI, (ctx, s) => {
    ctx.fillStyle = "rgba(80,160,255,0.18)";
    ctx.strokeStyle = "rgba(80,160,255,0.9)";
    ctx.lineWidth = 1;
    for (const t of result.tables) for (const c of t.cells) {
      ctx.fillRect(c.bbox[0] * s + 2, c.bbox[1] * s + 2, (c.bbox[2] - c.bbox[0]) * s - 4, (c.bbox[3] - c.bbox[1]) * s - 4);
    }
    ctx.strokeStyle = "rgba(0,160,0,0.7)";
    for (const r of page.runs) ctx.strokeRect(r.x * s, r.y * s, r.width * s, r.height * s);
    ctx.strokeStyle = "rgba(230,0,0,0.9)";
    ctx.lineWidth = 1.5;
    for (const e of result.edges) {
      ctx.beginPath();
      if (e.orientation === "h") { ctx.moveTo(e.from * s, e.at * s); ctx.lineTo(e.to * s, e.at * s); }
      else { ctx.moveTo(e.at * s, e.from * s); ctx.lineTo(e.at * s, e.to * s); }
      ctx.stroke();
    }
    ctx.fillStyle = "rgba(0,0,230,0.9)";
    for (const p of result.intersections) { ctx.beginPath(); ctx.arc(p.x * s, p.y * s, 2.5, 0, Math.PI * 2); ctx.fill(); }
  });
  const file = path.join(outDir, "debug", `p${String(page.pageNo).padStart(4, "0")}-grid.png`);
  await writeFileAtomic(file, rendered.png);
  return file;
}
