import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { groundTruthTables, type GtTable } from "./scorer/icdar/ground-truth.js";
import { matchTables } from "./scorer/icdar/matching.js";
import { makeNorm } from "./scorer/icdar/normalise.js";
import { parsePrediction } from "./scorer/icdar/prediction.js";
import { relationTotal, sharedRelations } from "./scorer/icdar/relations.js";
import { scoreIcdar } from "./scorer/icdar/score-icdar.js";
import type { IcdarResult } from "./scorer/icdar/score.js";
import { openPdf } from "../../src/pdf/load.js";
import { readPage } from "../../src/pdf/read-page.js";
import { findTables } from "../../src/table/index.js";
import { toIcdarTable, type IcdarTable } from "../../src/table/to-icdar.js";
import type { Segment } from "../../src/types/index.js";

export interface IcdarBench {
  readonly dir: string;
  readonly result: IcdarResult;
  readonly seconds: number;
  readonly pages: number;
  /** Micro P/R/F1 over ground-truth tables the page rules fully (verticals and horizontals) vs the others. */
  readonly byRuling: Record<"ruled" | "unruled", { tables: number; tp: number; fp: number; fn: number; f1: number }>;
}

type PageRules = Map<number, { rules: readonly Segment[]; height: number }>;

/**
 * hyo on every page of every PDF in `dir` (tables found by hyo itself): one prediction JSON per PDF in `predDir`,
 * in the scorer's format (eu-009a.pdf serves both ground truths 009a and 009b). Returns each document's rules.
 */
export async function predictIcdar(dir: string, predDir: string, onFile: (line: string) => void = () => {}): Promise<{ rulesByDoc: Map<string, PageRules>; pages: number }> {
  mkdirSync(predDir, { recursive: true });
  const rulesByDoc = new Map<string, PageRules>();
  let pages = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".pdf")).sort()) {
    const t0 = performance.now();
    const pdf = await openPdf(new Uint8Array(readFileSync(path.join(dir, file))), { forDrawing: false });
    const tables: IcdarTable[] = [];
    const pageRules: PageRules = new Map();
    try {
      for (let p = 1; p <= pdf.pageCount; p++, pages++) {
        const page = await readPage(pdf, p);
        pageRules.set(p, { rules: page.rules, height: page.height });
        tables.push(...findTables(page).tables.map((t) => toIcdarTable(t, page.height)));
      }
    } finally {
      await pdf.close();
    }
    const stem = file.replace(/\.pdf$/u, "");
    rulesByDoc.set(stem.replace(/(?<=\d)[a-z]$/u, ""), pageRules);
    const elapsed_s = (performance.now() - t0) / 1000;
    writeFileSync(path.join(predDir, `${stem}.json`), JSON.stringify({ elapsed_s, tables }));
    onFile(`${file}: ${tables.length} tables, ${elapsed_s.toFixed(2)} s`);
  }
  return { rulesByDoc, pages };
}

/** Predictions for `dir`, scored with the competition's measure, split by ruling. */
export async function benchIcdar(dir: string, predDir: string): Promise<IcdarBench> {
  const started = performance.now();
  const { rulesByDoc, pages } = await predictIcdar(dir, predDir);
  const seconds = (performance.now() - started) / 1000;
  return { dir, result: scoreIcdar(dir, predDir), seconds, pages, byRuling: splitByRuling(dir, predDir, rulesByDoc) };
}

/**
 * Whether the page rules the table fully: rules at two or more x positions inside its box each covering most of
 * its height, and likewise across its width (pieces drawn cell by cell are added up per position).
 */
function isRuled(t: GtTable, page: { rules: readonly Segment[]; height: number } | undefined): boolean {
  if (!page) return false;
  const [x1, y1, x2, y2] = t.bbox;
  const top = page.height - y2, bottom = page.height - y1;
  const covered = (pieces: { at: number; from: number; to: number }[], lo: number, hi: number) => {
    const byPlace = new Map<number, number>();
    for (const p of pieces) {
      const len = Math.min(hi, p.to) - Math.max(lo, p.from);
      if (len > 0) byPlace.set(Math.round(p.at / 2), (byPlace.get(Math.round(p.at / 2)) ?? 0) + len);
    }
    return [...byPlace.values()].filter((len) => len >= 0.5 * (hi - lo)).length;
  };
  const verticals = page.rules.filter((s) => s.x1 === s.x2 && s.x1 >= x1 - 3 && s.x1 <= x2 + 3).map((s) => ({ at: s.x1, from: Math.min(s.y1, s.y2), to: Math.max(s.y1, s.y2) }));
  const horizontals = page.rules.filter((s) => s.y1 === s.y2 && s.y1 >= top - 3 && s.y1 <= bottom + 3).map((s) => ({ at: s.y1, from: Math.min(s.x1, s.x2), to: Math.max(s.x1, s.x2) }));
  return covered(verticals, top, bottom) >= 2 && covered(horizontals, x1, x2) >= 2;
}

function splitByRuling(dir: string, predDir: string, rulesByDoc: Map<string, PageRules>): IcdarBench["byRuling"] {
  const norm = makeNorm("official");
  const acc = { ruled: { tables: 0, tp: 0, fp: 0, fn: 0, f1: 0 }, unruled: { tables: 0, tp: 0, fp: 0, fn: 0, f1: 0 } };
  for (const file of readdirSync(dir).filter((f) => f.endsWith("-str.xml")).sort()) {
    const stem = file.slice(0, -"-str.xml".length);
    const base = stem.replace(/(?<=\d)[a-z]$/u, "");
    if (/[b-z]$/u.test(stem) && stem !== base) continue; // one ground truth per document: the first variant
    const reg = path.join(dir, `${stem}-reg.xml`);
    const gts = groundTruthTables(readFileSync(path.join(dir, file), "utf8"), existsSync(reg) ? readFileSync(reg, "utf8") : undefined, norm, true);
    const predFile = [base, stem].map((n) => path.join(predDir, `${n}.json`)).find(existsSync);
    const preds = predFile ? parsePrediction(readFileSync(predFile, "utf8"), norm, true).tables : [];
    const pairs = new Map(matchTables(gts, preds, "content", 0.5));
    gts.forEach((g, i) => {
      const cls = isRuled(g, rulesByDoc.get(base)?.get(g.page)) ? acc.ruled : acc.unruled;
      const j = pairs.get(i);
      const tp = j === undefined ? 0 : sharedRelations(g.relations, preds[j]!.relations);
      cls.tables++;
      cls.tp += tp;
      cls.fn += relationTotal(g.relations) - tp;
      cls.fp += j === undefined ? 0 : relationTotal(preds[j]!.relations) - tp;
    });
  }
  for (const c of [acc.ruled, acc.unruled]) c.f1 = c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0;
  return acc;
}
