// Preloaded into a benchmarked `hyo convert` (node --import): on exit, writes the process's peak resident set
// size (worker threads included: they share the process) to the file named by HYO_BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const file = process.env.HYO_BENCH_RSS_FILE;
if (file && isMainThread) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
