import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface CliRun {
  readonly exitCode: number;
  readonly seconds: number;
  /** Process start to the first page's progress line: loading, opening the PDF and reading page 1. */
  readonly firstPageSeconds: number;
  readonly peakRssBytes: number;
  readonly outDir: string;
  readonly stderr: string;
}

/**
 * `hyo convert <pdf>` as a user runs it: compiled JS, a process of its own; wall time, time to page 1, peak RSS.
 * Without review.html unless `report` (its cost is measured apart, see report-cost.ts).
 */
export function runCli(pdf: string, outDir: string, extraArgs: readonly string[] = [], report = false): Promise<CliRun> {
  const rssFile = path.join(mkdtempSync(path.join(os.tmpdir(), "hyo-rss-")), "rss");
  const started = performance.now();
  let firstPage = NaN;
  let stderr = "";
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "./scripts/bench/max-rss.mjs", "dist/cli.js", "convert", pdf, "--out", outDir, ...(report ? [] : ["--no-report"]), ...extraArgs], {
      env: { ...process.env, HYO_BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      if (Number.isNaN(firstPage) && /page 1\//.test(stderr)) firstPage = (performance.now() - started) / 1000;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      let peakRssBytes = NaN;
      try { peakRssBytes = Number(readFileSync(rssFile, "utf8")); } catch { /* killed before exit */ }
      rmSync(path.dirname(rssFile), { recursive: true, force: true });
      resolve({ exitCode: code ?? -1, seconds, firstPageSeconds: firstPage, peakRssBytes, outDir, stderr });
    });
  });
}
