/**
 * The bench's "peer suites": Camelot's and pdfplumber's own table tests, read by hyo (in process, every page
 * of every PDF of each suite), each with its sealed part reported apart (see peer-suites/sealed.ts).
 * The suites live outside the repository (../shared/bench/…); the section is skipped with a note when absent.
 * The grid invariant (no overlapping cell, none outside its table) is checked on every table read here and on
 * every ICDAR document (`icdarDir`).
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { markdownTable } from "./markdown-table.js";
import { camelotCases, scoreCamelot, type Agreement, type CamelotResult } from "./peer-suites/camelot.js";
import { scorePdfplumber, type AssertionResult } from "./peer-suites/pdfplumber.js";
import { checkGrids, type GridCheck } from "./peer-suites/grid-check.js";
import { readDocTables, type DocTables } from "./peer-suites/read-tables.js";

export interface PeerSuitesBench {
  readonly camelot: (CamelotResult & { dir: string }) | null;
  readonly pdfplumber: { dir: string; assertions: readonly AssertionResult[] } | null;
  readonly documents: number;
  readonly pages: number;
  readonly unreadable: readonly { file: string; error: string }[];
  readonly grids: GridCheck;
  readonly seconds: number;
  readonly notes: readonly string[];
}

const pdfsUnder = (dir: string, sub = ""): string[] =>
  readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pdfsUnder(dir, path.join(sub, e.name)) : e.name.toLowerCase().endsWith(".pdf") ? [path.join(sub, e.name)] : []).sort();

/** Every PDF under a folder, keyed by its path there. */
async function readSuite(dir: string, passwords: ReadonlyMap<string, string>): Promise<Map<string, DocTables>> {
  const docs = new Map<string, DocTables>();
  for (const pdf of pdfsUnder(dir)) docs.set(pdf, await readDocTables(path.join(dir, pdf), passwords.get(pdf)));
  return docs;
}

export async function benchPeerSuites(root: string, icdarDir?: string): Promise<PeerSuitesBench> {
  const started = performance.now();
  const notes: string[] = [];
  const camelotDir = path.join(root, "camelot-tests"), plumberDir = path.join(root, "pdfplumber-tests");
  const all: DocTables[] = [];
  let camelot: PeerSuitesBench["camelot"] = null, pdfplumber: PeerSuitesBench["pdfplumber"] = null;
  if (existsSync(path.join(camelotDir, "manifest.json"))) {
    const passwords = new Map(camelotCases(camelotDir).cases.flatMap((c) => (c.password ? [[c.pdf, c.password] as const] : [])));
    const docs = await readSuite(path.join(camelotDir, "pdfs"), passwords);
    all.push(...docs.values());
    camelot = { dir: camelotDir, ...scoreCamelot(camelotDir, docs) };
  } else notes.push(`Camelot's suite not found at ${camelotDir}: skipped`);
  if (existsSync(path.join(plumberDir, "pdfs"))) {
    const docs = await readSuite(path.join(plumberDir, "pdfs"), new Map());
    all.push(...docs.values());
    pdfplumber = { dir: plumberDir, assertions: scorePdfplumber(docs) };
  } else notes.push(`pdfplumber's suite not found at ${plumberDir}: skipped`);
  const icdar = icdarDir && existsSync(icdarDir) ? [...(await readSuite(icdarDir, new Map())).values()] : [];
  return {
    camelot, pdfplumber, notes,
    documents: all.length, pages: all.reduce((s, d) => s + d.pages.length, 0),
    grids: checkGrids([...all, ...icdar]),
    unreadable: all.flatMap((d) => (d.error ? [{ file: path.relative(root, d.file), error: d.error }] : [])),
    seconds: (performance.now() - started) / 1000,
  };
}

const f4 = (x: number) => x.toFixed(4);
const agreementRow = (label: string, a: Agreement) => [label, String(a.cases), f4(a.precision), f4(a.recall), f4(a.f1)];

/** The section's lines for the bench's console report. */
export function formatPeerSuites(b: PeerSuitesBench): string {
  const table = markdownTable;
  const out: string[] = [`Peer suites (${b.documents} documents, ${b.pages} pages, ${b.seconds.toFixed(2)} s; sealed = set aside before any result was seen, see scripts/bench/peer-suites/sealed.ts)`];
  out.push(...b.notes.map((n) => `note: ${n}`));
  if (b.unreadable.length) out.push(`not read: ${b.unreadable.map((u) => `${u.file} (${u.error})`).join("; ")}`);
  const g = b.grids;
  out.push(`Grid invariant over ${g.documents} documents (these and ICDAR's): ${g.violations.length} violations in ${g.pageTables} page tables and ${g.logicalTables} tables.json tables (overlapping cells, cells outside their table)`);
  out.push(...g.violations.slice(0, 10).map((v) => `  ${v.file}, ${v.table}: ${v.message}`));
  if (b.camelot) {
    const c = b.camelot.byFlavor;
    out.push("", "Camelot's expected tables, agreement by ICDAR 2013 relations (blanks skipped, whitespace removed)" + (b.camelot.missingPdfs.length ? `; PDFs missing from the suite: ${b.camelot.missingPdfs.join(", ")}` : ""));
    out.push(table(["part", "cases", "precision", "recall", "F1"], [
      agreementRow("tuned, ruled (lattice)", c.tuned.ruled), agreementRow("tuned, unruled (stream/network/hybrid)", c.tuned.unruled),
      agreementRow("sealed, ruled (lattice)", c.sealed.ruled), agreementRow("sealed, unruled (stream/network/hybrid)", c.sealed.unruled),
    ]));
  }
  if (b.pdfplumber) {
    const a = b.pdfplumber.assertions;
    const passed = (xs: readonly AssertionResult[]) => `${xs.filter((x) => x.passed).length}/${xs.length}`;
    const nics = a.filter((x) => x.assertion.includes("adds up to the Totals row"));
    out.push("", `pdfplumber's table assertions on hyo's tables: tuned ${passed(a.filter((x) => !x.sealed))}, sealed ${passed(a.filter((x) => x.sealed))} (the tuned part counts the NICS column sums: ${passed(nics)})`);
    // Only the tuned part's failures are named: the sealed part is read as a count.
    const failed = a.filter((x) => !x.passed && !x.sealed && !x.assertion.includes("adds up to the Totals row"));
    if (failed.length) out.push(...failed.map((x) => `  failed: ${x.pdf}: ${x.assertion}`));
  }
  return out.join("\n");
}
