/**
 * The engine's own Array.prototype.push, JSON.stringify and JSON.parse, taken before pdfjs-dist is loaded.
 * pdfjs's legacy build (the one for Node) ships core-js, which on Node 20 replaces these three globally with
 * JavaScript polyfills (for edge cases: a length near 2^53, JSON.rawJSON) — every push and every JSON call in the
 * process then runs through them, and they allocate: measured a third of a 200-page run in garbage collection.
 * pdfjs needs none of those edge cases, so the natives are put back once it has loaded (see pdfjs.ts).
 */
const push = Array.prototype.push;
const stringify = JSON.stringify;
const parse = JSON.parse;

/**
 * pdfjs, as it loads, looks at `Response.prototype.bytes` (to polyfill it); Node 20 builds `Response` on first use
 * by loading its whole fetch implementation (undici): 60 ms of a run's start. pdfjs never fetches on Node — cMaps,
 * fonts and wasm are read with fs (openPdf turns worker fetches off) — so while it loads it is shown a stand-in
 * that has `bytes`, and Node's own lazy `Response` is put back afterwards. worker-thread.ts does the same.
 */
const response = Object.getOwnPropertyDescriptor(globalThis, "Response");
if (response) Object.defineProperty(globalThis, "Response", { value: { prototype: { bytes() {} } }, configurable: true, writable: true });

export function restoreNativeBuiltins(): void {
  Array.prototype.push = push;
  JSON.stringify = stringify;
  JSON.parse = parse;
  if (response) Object.defineProperty(globalThis, "Response", response);
}
