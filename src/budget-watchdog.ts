import { escapeForTerminal } from "./cli-messages.js";

/** How often resident memory is sampled: a bomb inflating at ~1 GB/s overshoots the ceiling by ~100 MB at most. */
const SAMPLE_MS = 100;

/**
 * Stops this process when it runs over the file's time budget or memory ceiling: one line on stderr, exit 2
 * (the input is at fault: a crafted or absurd file), temp output folders removed by their exit handler. It runs
 * on the main thread, which stays free while pdfjs parses on its own thread, where bombs go off.
 */
export function startWatchdog(label: string, limits: { readonly timeS: number; readonly memoryMb: number }): () => void {
  const stop = (why: string) => {
    process.stderr.write(`hyo: ${escapeForTerminal(label)}: ${why}\n`);
    process.exit(2);
  };
  const timer = setTimeout(() => stop(`stopped: over the time budget of ${limits.timeS} s (--limit time-s=N)`), limits.timeS * 1000);
  const sampler = setInterval(() => {
    const mb = process.memoryUsage.rss() / 2 ** 20;
    if (mb > limits.memoryMb) stop(`stopped: ${mb.toFixed(0)} MB of memory, over the ceiling of ${limits.memoryMb} MB (--limit memory-mb=N)`);
  }, SAMPLE_MS);
  timer.unref();
  sampler.unref();
  return () => { clearTimeout(timer); clearInterval(sampler); };
}
