import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ReviewCount } from "./review/summary.js";

/** Extra time the parent gives a child past its own time budget before killing it (the child stops itself first). */
const GRACE_MS = 10_000;
/** The parent kills a child whose memory passes its ceiling by this share (the child stops itself at the ceiling). */
const MEMORY_MARGIN = 1.25;
const SAMPLE_MS = 250;

export interface ChildOutcome {
  readonly code: number;
  /** Why the child did not end by itself (killed, crashed): for the parent to report. */
  readonly reason?: string;
  /** The child's review counts (reportToParent), for the batch's closing line. */
  readonly review?: ReviewCount;
}

/** In the child: sends its review counts to the parent, resolved once written to the channel (before the child exits). */
export function reportToParent(review: ReviewCount): Promise<void> {
  const send = process.send?.bind(process);
  if (!send || !process.connected) return Promise.resolve();
  return new Promise((resolve) => { send({ review }, undefined, {}, () => resolve()); });
}

function isReviewCount(v: unknown): v is ReviewCount {
  const r = v as Partial<ReviewCount> | null;
  return typeof r === "object" && r !== null && [r.records, r.needsReview, r.errors].every((n) => Number.isInteger(n) && n! >= 0);
}

/** The CLI entry next to this module (dist/cli.js; cli.ts when run from the sources by tsx, whose loader the child inherits). */
function cliEntry(): string {
  const js = fileURLToPath(new URL("./cli.js", import.meta.url));
  return existsSync(js) ? js : fileURLToPath(new URL("./cli.ts", import.meta.url));
}

/** Resident memory of a process in MB, from /proc (Linux); null where it cannot be read. */
function rssMb(pid: number): number | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, "latin1").split(" ")[1]);
    return (pages * 4096) / 2 ** 20;
  } catch {
    return null;
  }
}

/** In the child: stop when the parent is gone (its channel closes even on SIGKILL), rather than run on orphaned. */
export function exitWithParent(): void {
  if (!process.channel) return;
  process.channel.unref();
  process.on("disconnect", () => process.exit(1));
}

/**
 * Converts one file of a batch in a child process (the same CLI, one input), so that a file that crashes the
 * runtime (a V8 fatal error, a native abort), hangs or floods memory takes only itself down. The child enforces
 * its own budgets and reports in its own words; the parent is the backstop: over the time budget plus a grace
 * period, or the memory ceiling plus a margin, it kills the child and says why.
 */
export function convertInChild(argv: readonly string[], env: NodeJS.ProcessEnv, limits: { readonly timeS: number; readonly memoryMb: number }): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, cliEntry(), ...argv], { stdio: ["ignore", "inherit", "inherit", "ipc"], env: { ...process.env, ...env } });
    let killedFor: string | undefined;
    const kill = (why: string) => { killedFor ??= why; child.kill("SIGKILL"); };
    const timer = setTimeout(() => kill(`over the time budget of ${limits.timeS} s (--limit time-s=N)`), limits.timeS * 1000 + GRACE_MS);
    const sampler = setInterval(() => {
      const mb = child.pid === undefined ? null : rssMb(child.pid);
      if (mb !== null && mb > limits.memoryMb * MEMORY_MARGIN) kill(`${mb.toFixed(0)} MB of memory, over the ceiling of ${limits.memoryMb} MB (--limit memory-mb=N)`);
    }, SAMPLE_MS);
    const done = (outcome: ChildOutcome) => { clearTimeout(timer); clearInterval(sampler); resolve(outcome); };
    child.on("error", (err) => done({ code: 1, reason: `could not start a process for it: ${err.message}` }));
    let review: ReviewCount | undefined;
    child.on("message", (m: unknown) => { const r = (m as { review?: unknown } | null)?.review; if (isReviewCount(r)) review = r; });
    // "close", not "exit": it comes after the IPC channel is drained, so a report sent just before exit is in.
    child.on("close", (code, signal) => {
      if (killedFor) done({ code: 2, reason: `stopped: ${killedFor}` });
      else if (signal) done({ code: 1, reason: `crashed (${signal})` });
      else done({ code: code ?? 1, ...(review ? { review } : {}) });
    });
  });
}
