import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { MUTATIONS, mutate, prng } from "./mutate.js";

export interface FuzzOptions {
  readonly cases: number;
  readonly seed: number;
  /** A case taking longer than this is a hang. */
  readonly timeoutMs: number;
  readonly seeds: readonly string[];
}

export interface FuzzCase { id: number; seed: number; source: string; kind: string; outcome: "ok" | "input-error" | "internal-error" | "hang" | "crash"; message?: string; ms: number }

/** What the CLI exits with for each outcome: 0 ok, 2 bad input, 1 internal error; hangs and crashes have no code. */
export const EXIT_CODE: Record<FuzzCase["outcome"], number | null> = { ok: 0, "input-error": 2, "internal-error": 1, hang: null, crash: null };

/**
 * Seeded mutation fuzzing of the conversion: each case mutates a seed PDF once or twice and converts it in a
 * worker thread (built dist/), with a time limit. Replay a case with its `seed`.
 */
export async function runFuzz(opts: FuzzOptions, onCase: (c: FuzzCase) => void = () => {}): Promise<FuzzCase[]> {
  const sources = opts.seeds.map((p) => ({ path: p, bytes: new Uint8Array(readFileSync(p)) }));
  const workerUrl = new URL("./worker.mjs", import.meta.url);
  let worker = new Worker(workerUrl);
  const results: FuzzCase[] = [];
  for (let id = 0; id < opts.cases; id++) {
    const seed = (opts.seed + id * 7919) >>> 0;
    const rand = prng(seed);
    const src = sources[Math.floor(rand() * sources.length)]!;
    const kinds = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => MUTATIONS[Math.floor(rand() * MUTATIONS.length)]!);
    const bytes = kinds.reduce<Uint8Array>((b, k) => mutate(b, k, rand), src.bytes);
    const started = Date.now();
    const outcome = await new Promise<Pick<FuzzCase, "outcome" | "message">>((resolve) => {
      const timer = setTimeout(() => { void worker.terminate(); worker = new Worker(workerUrl); resolve({ outcome: "hang" }); }, opts.timeoutMs);
      const onMessage = (m: { id: number; outcome: FuzzCase["outcome"]; message?: string }) => {
        if (m.id !== id) return;
        cleanup();
        resolve({ outcome: m.outcome, message: m.message });
      };
      const onError = (err: Error) => { cleanup(); worker = new Worker(workerUrl); resolve({ outcome: "crash", message: err.message }); };
      const cleanup = () => { clearTimeout(timer); worker.off("message", onMessage); worker.off("error", onError); };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage({ id, bytes });
    });
    const c: FuzzCase = { id, seed, source: src.path, kind: kinds.join("+"), ...outcome, ms: Date.now() - started };
    results.push(c);
    onCase(c);
  }
  await worker.terminate();
  return results;
}
