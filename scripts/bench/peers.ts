import { execFile } from "node:child_process";
import { promisify } from "node:util";

export interface PeerRun {
  readonly seconds: number;
  /** Table cells the peer produced (null: no table structure, text only). */
  readonly cells: readonly string[] | null;
  readonly text: string;
  /** The peer's error, when it crashed on the file (its time is then not a conversion's). */
  readonly failed?: string;
}

/**
 * The bench's set-up for its peer: poppler-utils' pdftotext, installed with apt-get when missing and this is
 * root on Debian; otherwise the pdftotext columns say "–" and a note says how to install it.
 */
export async function ensurePdftotext(): Promise<boolean> {
  const run = promisify(execFile);
  try { await run("pdftotext", ["-v"]); return true; } catch { /* not installed */ }
  if (process.getuid?.() !== 0) return false;
  try {
    await run("apt-get", ["update", "-qq"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    await run("apt-get", ["install", "-y", "-qq", "poppler-utils"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    return true;
  } catch {
    return false;
  }
}

/** `pdftotext -layout` (poppler-utils): the raw-text floor, no structure. Null when it is not installed. */
export async function runPdftotext(pdf: string): Promise<PeerRun | null> {
  const started = performance.now();
  try {
    const { stdout } = await promisify(execFile)("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 256 << 20 });
    return { seconds: (performance.now() - started) / 1000, cells: null, text: stdout };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

/** pdf-parse 2's table extraction (getTable), one process per file like hyo: wall time includes start-up. */
export async function runPdfParseTables(pdf: string): Promise<PeerRun> {
  const started = performance.now();
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ["scripts/bench/pdf-parse-tables.mjs", pdf], { maxBuffer: 256 << 20 });
    const { cells } = JSON.parse(stdout) as { cells: string[] };
    return { seconds: (performance.now() - started) / 1000, cells, text: cells.join("\n") };
  } catch (err) {
    // A peer that crashes on a file is a result too (pdf-parse 2.4's getTable on LibreOffice's tables).
    const stderr = String((err as { stderr?: string }).stderr ?? (err as Error).message);
    const failed = /^\w*Error: .*$/mu.exec(stderr)?.[0] ?? stderr.split("\n")[0]!;
    return { seconds: (performance.now() - started) / 1000, cells: null, text: "", failed };
  }
}
