#!/usr/bin/env node
// The entry point stays small: pdfjs's parser thread starts before the rest of hyo is loaded, so the two load
// side by side (see pdf/worker-thread.ts). Static imports would all be loaded and compiled before any of this ran.
import { prestartPdfjsThread } from "./pdf/worker-thread.js";

prestartPdfjsThread();
await import("./cli-main.js");
