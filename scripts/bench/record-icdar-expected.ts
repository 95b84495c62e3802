/**
 * Regenerates fixtures/icdar/expected.json: what the reference Python scorer reports on the fixtures,
 * for the option sets the tests replay against the TypeScript scorer.
 *
 *   npx tsx scripts/bench/record-icdar-expected.ts /work/shared/bench/score_icdar.py [python3]
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const RUNS: readonly string[][] = [
  [],
  ["--match", "iou"],
  ["--match", "gt", "--min-overlap", "0.3"],
  ["--mode", "document"],
  ["--norm", "ws"],
  ["--norm", "nows"],
  ["--norm", "nfkc"],
  ["--no-gap"],
];

const [scorer, python = "python3"] = process.argv.slice(2);
if (!scorer) {
  console.error("usage: npx tsx scripts/bench/record-icdar-expected.ts <score_icdar.py> [python]");
  process.exit(2);
}
const gtDir = fileURLToPath(new URL("../../fixtures/icdar/", import.meta.url));
const run = (args: readonly string[]): string =>
  execFileSync(python, [scorer, gtDir, `${gtDir}pred`, ...args], { encoding: "utf8" });

const version = execFileSync(python, ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" }).trim();
const expected = {
  recordedWith: `score_icdar.py, Python ${version}`,
  runs: RUNS.map((args) => ({
    args,
    json: JSON.parse(run([...args, "--per-doc", "--json"])) as unknown,
    text: run([...args, "--per-doc"]).trimEnd().split("\n"),
  })),
};
writeFileSync(`${gtDir}expected.json`, `${JSON.stringify(expected, null, 1)}\n`);
console.log(`wrote ${gtDir}expected.json (${RUNS.length} runs)`);
