import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Run {
  readonly code: number | null;
  readonly stderr: string;
  readonly seconds: number;
  /** Peak resident set size of the CLI process (worker threads included), in MB; NaN if it was killed. */
  readonly peakMb: number;
}

export const tmpDir = (prefix = "hyo-hostile-") => mkdtempSync(path.join(os.tmpdir(), prefix));

/**
 * `node dist/cli.js ...args` as a user runs it, timed, with its peak RSS from its own resourceUsage (the bench's
 * preload, scripts/bench/max-rss.mjs, writes it at exit). Killed after `timeoutS`.
 */
export function runCli(args: readonly string[], timeoutS = 90): Promise<Run> {
  const rssFile = path.join(tmpDir("hyo-rss-"), "rss");
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "./scripts/bench/max-rss.mjs", "dist/cli.js", ...args], {
      env: { ...process.env, HYO_BENCH_RSS_FILE: rssFile }, stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutS * 1000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      const peakMb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) / 2 ** 20 : Number.NaN;
      resolve({ code, stderr, seconds: (performance.now() - started) / 1000, peakMb });
    });
  });
}

/** Every path under `dir` (relative), sorted. */
export function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).sort();
}

/** Leftovers of an interrupted or failed write: temp files or temp sets. */
export function leftovers(dir: string): string[] {
  return listTree(dir).filter((p) => /(^|\/)\.hyo-|\.tmp$/.test(p));
}

export const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/** stderr lines without the per-page progress. */
export const messages = (stderr: string) => stderr.split("\n").filter((l) => l && !/: page \d+\/\d+ \(/.test(l));
