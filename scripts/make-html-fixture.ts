/**
 * fixtures/pdf/r2-chromium.pdf: the truth as an HTML table printed to PDF by Chromium — a producer other than
 * the project's own generator (Skia's PDF backend, the browser's own line breaking), for checking that the
 * extraction holds on PDFs it was not built around.
 *
 *   npx tsx scripts/make-html-fixture.ts      (needs Debian's chromium and fonts-ipaexfont-gothic)
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadTruth } from "./fixtures/truth.js";
import { tableHtml } from "./html-fixture/table-html.js";

const CHROMIUM = "/usr/lib/chromium/chromium";
const OUT = "fixtures/pdf/r2-chromium.pdf";

const dir = mkdtempSync(path.join(os.tmpdir(), "hyo-html-"));
const html = path.join(dir, "r2.html");
writeFileSync(html, tableHtml(loadTruth("fixtures/gyosei-kaikaku-r2.truth.json")));
execFileSync(CHROMIUM, [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
  `--user-data-dir=${path.join(dir, "profile")}`, "--no-pdf-header-footer", `--print-to-pdf=${path.resolve(OUT)}`, `file://${html}`,
], { stdio: "inherit" });
console.log(`${OUT} written`);
