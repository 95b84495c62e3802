#!/usr/bin/env node
// The entry point stays small: pdfjs's parser thread starts before the rest of hyo is loaded, so the two load
// side by side (see pdf/worker-thread.ts). Static imports would all be loaded and compiled before any of this ran.
import { preflight } from "./cli-preflight.js";
import { prestartPdfjsThread } from "./pdf/worker-thread.js";

if (await preflight(process.argv.slice(2))) {
  prestartPdfjsThread();
  await import("./cli-main.js");
}
