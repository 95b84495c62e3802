/**
 * Mutation fuzzer: `npm run fuzz -- --cases 1000 [--seed 1] [--timeout-ms 20000]` (needs `npm run build`).
 * Prints one line per failing case (hang or crash) and a summary; exits 1 if any case hung or crashed.
 */
import { runFuzz, EXIT_CODE } from "./fuzz/run-fuzz.js";
import { FUZZ_SEEDS } from "./fuzz/seeds.js";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const cases = arg("cases", 300), seed = arg("seed", 1), timeoutMs = arg("timeout-ms", 20_000);
const counts: Record<string, number> = {};
const started = Date.now();
const results = await runFuzz({ cases, seed, timeoutMs, seeds: FUZZ_SEEDS }, (c) => {
  counts[c.outcome] = (counts[c.outcome] ?? 0) + 1;
  if (EXIT_CODE[c.outcome] === null) console.log(`case ${c.id} (seed ${c.seed}, ${c.source}, ${c.kind}): ${c.outcome} ${c.message ?? ""}`);
  if ((c.id + 1) % 50 === 0) process.stderr.write(`fuzz: ${c.id + 1}/${cases}\n`);
});
const slowest = Math.max(...results.map((r) => r.ms));
console.log(`fuzz: ${cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${seed}: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(", ")}; slowest ${slowest} ms`);
process.exitCode = results.some((r) => EXIT_CODE[r.outcome] === null) ? 1 : 0;
