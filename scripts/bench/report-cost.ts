import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "./run-cli.js";

/** The text-layer fixtures: r2-defects is the one whose rows need review, so the only one with cell images by default. */
export const TEXT_LAYER_FIXTURES = ["r2-lines", "r2-rects", "r2-a4", "r2-kangxi", "r2-misaligned", "r2-chromium", "r2-defects"] as const;

const MODES = { "no report": { report: false, args: [] }, report: { report: true, args: [] }, "report, all images": { report: true, args: ["--report-images", "all"] } } as const;
type Mode = keyof typeof MODES;

export interface ReportCost {
  readonly runs: number;
  readonly fixtures: { name: string; seconds: Record<Mode, number>; peakRssBytes: Record<Mode, number> }[];
  readonly batch: { files: number; jobs: number; report: boolean; seconds: number; peakRssBytes: number }[];
}

const s = (x: number) => `${x.toFixed(2)} s`, mb = (b: number) => `${Math.round(b / 2 ** 20)} MB`;
const median = (xs: readonly number[]) => { const v = [...xs].sort((a, b) => a - b); return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2; };

/**
 * What review.html costs: each text-layer fixture converted without the report, with it (cell images of the rows
 * that need review) and with every row's images, `runs` times taking turns (medians; peak RSS the largest); then
 * the seven as one batch: with --jobs 1 without the report and with it (the report's share over the seven, one process
 * per file as a user's folder runs), and with --jobs 2 with it.
 */
export async function benchReportCost(outDir: string, runs: number): Promise<ReportCost> {
  const fixtures: ReportCost["fixtures"] = [];
  for (const name of TEXT_LAYER_FIXTURES) {
    process.stderr.write(`bench: report cost, ${name} …\n`);
    const times = new Map<Mode, number[]>(), rss = new Map<Mode, number[]>();
    for (let i = 0; i < runs; i++) {
      for (const [mode, m] of Object.entries(MODES) as [Mode, (typeof MODES)[Mode]][]) {
        const run = await runCli(`fixtures/pdf/${name}.pdf`, outDir, m.args, m.report);
        if (run.exitCode !== 0) throw new Error(`${name} (${mode}) failed: ${run.stderr}`);
        times.set(mode, [...(times.get(mode) ?? []), run.seconds]);
        rss.set(mode, [...(rss.get(mode) ?? []), run.peakRssBytes]);
      }
    }
    const per = <T>(f: (m: Mode) => T) => Object.fromEntries((Object.keys(MODES) as Mode[]).map((m) => [m, f(m)])) as Record<Mode, T>;
    fixtures.push({ name, seconds: per((m) => median(times.get(m)!)), peakRssBytes: per((m) => Math.max(...rss.get(m)!)) });
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), "hyo-bench-batch-"));
  for (const name of TEXT_LAYER_FIXTURES) copyFileSync(`fixtures/pdf/${name}.pdf`, path.join(folder, `${name}.pdf`));
  const batch: ReportCost["batch"] = [];
  for (const [jobs, report] of [[1, false], [1, true], [2, true]] as const) {
    process.stderr.write(`bench: batch of ${TEXT_LAYER_FIXTURES.length}, --jobs ${jobs}${report ? "" : ", no report"} …\n`);
    const got = [];
    for (let i = 0; i < runs; i++) {
      const out = path.join(outDir, `batch-jobs${jobs}${report ? "" : "-no-report"}`);
      mkdirSync(out, { recursive: true });
      const run = await runCli(folder, out, ["--jobs", String(jobs)], report);
      if (run.exitCode !== 0) throw new Error(`batch --jobs ${jobs} failed: ${run.stderr}`);
      got.push(run);
    }
    batch.push({ files: TEXT_LAYER_FIXTURES.length, jobs, report, seconds: median(got.map((r) => r.seconds)), peakRssBytes: Math.max(...got.map((r) => r.peakRssBytes)) });
  }
  rmSync(folder, { recursive: true, force: true });
  return { runs, fixtures, batch };
}

/** The cost as printed rows: times, the report's share of the conversion, peak RSS. */
export function reportCostRows(c: ReportCost): string[][] {
  const share = (x: number, base: number) => { const p = Math.round((100 * (x - base)) / base); return `${p < 0 ? "−" : "+"}${Math.abs(p)}%`; };
  return c.fixtures.map((f) => [f.name, s(f.seconds["no report"]), s(f.seconds.report), share(f.seconds.report, f.seconds["no report"]), s(f.seconds["report, all images"]),
    share(f.seconds["report, all images"], f.seconds["no report"]), `${mb(f.peakRssBytes["no report"])} / ${mb(f.peakRssBytes.report)} / ${mb(f.peakRssBytes["report, all images"])}`]);
}

/** The batch line: the seven files with --jobs 1 without and with the report (its share), and with --jobs 2. */
export function reportCostBatchLine(c: ReportCost): string {
  const plain = c.batch.find((b) => !b.report)!, one = c.batch.find((b) => b.report && b.jobs === 1)!, two = c.batch.find((b) => b.report && b.jobs === 2)!;
  const share = Math.round((100 * (one.seconds - plain.seconds)) / plain.seconds);
  return `batch of ${plain.files} text-layer files: --jobs 1 without the report ${s(plain.seconds)} (${mb(plain.peakRssBytes)}), with it ${s(one.seconds)} (${mb(one.peakRssBytes)}; the report's share over the ${plain.files}: ${share < 0 ? "−" : "+"}${Math.abs(share)}%); --jobs 2 with it ${s(two.seconds)} (${mb(two.peakRssBytes)}, ${(one.seconds / two.seconds).toFixed(2)}× --jobs 1)`;
}
