import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import type { PDFWorker } from "./pdfjs.js";

const require = createRequire(import.meta.url);
const WORKER_MODULE = pathToFileURL(require.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs")).href;

/**
 * pdfjs parses a PDF (fonts, content streams → operator lists) in its "worker". On Node it runs that in the
 * main thread (a "fake worker") unless it is handed a port; here it gets a worker thread instead, so loading
 * pdf.worker.mjs (2.3 MB) overlaps with loading the rest of hyo, and parsing page N+1 with building page N's
 * tables. The thread restores the built-ins pdfjs's bundled core-js replaces and hides Node's lazy `Response` while
 * pdfjs loads, as the main thread does (native-builtins.ts). It is an eval'd script so it needs no file of its own
 * next to the compiled code.
 */
const THREAD_SOURCE = `
const { workerData } = require("node:worker_threads");
const push = Array.prototype.push, stringify = JSON.stringify, parse = JSON.parse;
const response = Object.getOwnPropertyDescriptor(globalThis, "Response");
if (response) Object.defineProperty(globalThis, "Response", { value: { prototype: { bytes() {} } }, configurable: true, writable: true });
import(workerData.moduleUrl).then(({ WorkerMessageHandler }) => {
  if (response) Object.defineProperty(globalThis, "Response", response);
  Array.prototype.push = push; JSON.stringify = stringify; JSON.parse = parse;
  WorkerMessageHandler.initializeFromPort(workerData.port);
});
`;

/** A document's lease on the shared pdfjs thread. */
export interface PdfjsLease {
  readonly pdfWorker: PDFWorker;
  /** Rejects if the thread dies (out of memory, crash): pending pdfjs promises would otherwise never settle. */
  readonly died: Promise<never>;
  /** True once the thread is gone: pdfjs cannot be asked to clean up any more. */
  isDead(): boolean;
  release(): void;
}

interface SharedThread {
  readonly thread: Worker;
  readonly port: MessagePort;
  pdfWorker: PDFWorker | null;
  readonly died: Promise<never>;
  dead: boolean;
  leases: number;
}

let shared: SharedThread | null = null;

function startThread(): SharedThread {
  const { port1, port2 } = new MessageChannel();
  const thread = new Worker(THREAD_SOURCE, { eval: true, workerData: { port: port2, moduleUrl: WORKER_MODULE }, transferList: [port2] });
  let reject!: (e: Error) => void;
  const died = new Promise<never>((_, rej) => { reject = rej; });
  died.catch(() => undefined); // observed through leases; never an unhandled rejection on its own
  const s: SharedThread = { thread, port: port1, pdfWorker: null, died, dead: false, leases: 0 };
  let error: Error | undefined;
  thread.on("error", (e) => { error = e; });
  thread.on("exit", (code) => {
    s.dead = true;
    if (shared === s) shared = null;
    s.pdfWorker?.destroy();
    port1.close();
    reject(new Error(`the PDF parser stopped${error ? `: ${error.message.split("\n")[0]}` : ` (exit code ${code})`}`));
  });
  // Idle until a document is opened: an unused thread must not keep the process alive.
  thread.unref();
  port1.unref();
  return s;
}

/** Starts the thread now, so pdf.worker.mjs loads while the caller loads the rest (cli.ts does, first thing). */
export function prestartPdfjsThread(): void {
  shared ??= startThread();
}

/**
 * One thread serves every open document of the process; it keeps the process alive only while a document is
 * open, so a CLI run ends by itself and a long-lived caller (batch, bench, tests) pays its start once.
 * The caller makes the PDFWorker: this module imports only the type, so cli.ts can start the thread before
 * pdfjs itself is loaded.
 */
export function leasePdfjsThread(makeWorker: (port: MessagePort) => PDFWorker): PdfjsLease {
  const s = shared ?? (shared = startThread());
  s.pdfWorker ??= makeWorker(s.port);
  if (s.leases++ === 0) { s.thread.ref(); s.port.ref(); }
  let released = false;
  return {
    pdfWorker: s.pdfWorker,
    died: s.died,
    isDead: () => s.dead,
    release() {
      if (released) return;
      released = true;
      if (--s.leases === 0 && !s.dead) { s.thread.unref(); s.port.unref(); }
    },
  };
}

/**
 * Stops the thread (documents still open on it fail with "the PDF parser stopped"); the next document starts a
 * new one. For a long-lived caller that wants its memory back, and for what a crash of the thread looks like.
 */
export async function stopPdfjsThread(): Promise<void> {
  const s = shared;
  if (!s) return;
  shared = null; // a document opened from now on gets a new thread, not this dying one
  await s.thread.terminate();
  await s.died.catch(() => undefined);
}
