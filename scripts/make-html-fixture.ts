/**
 * fixtures/pdf/r2-chromium.pdf: the truth as an HTML table printed to PDF by Chromium — a producer other than
 * the project's own generator (Skia's PDF backend, the browser's own line breaking), for checking that the
 * extraction holds on PDFs it was not built around; and r2-chromium-defects.pdf, the r2-defects problems printed
 * the same way, for the review flags.
 *
 *   npx tsx scripts/make-html-fixture.ts      (needs Debian's chromium and fonts-ipaexfont-gothic)
 */
import { execFileSync } from "node:child_process";
import { injectDefects } from "./defects/inject.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadTruth, type Truth } from "./fixtures/truth.js";
import { tableHtml } from "./html-fixture/table-html.js";

const CHROMIUM = "/usr/lib/chromium/chromium";

function print(truth: Truth, out: string): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hyo-html-"));
  const html = path.join(dir, "r2.html");
  writeFileSync(html, tableHtml(truth));
  execFileSync(CHROMIUM, [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
    `--user-data-dir=${path.join(dir, "profile")}`, "--no-pdf-header-footer", `--print-to-pdf=${path.resolve(out)}`, `file://${html}`,
  ], { stdio: "inherit" });
  console.log(`${out} written`);
}

const truth = loadTruth("fixtures/gyosei-kaikaku-r2.truth.json");
print(truth, "fixtures/pdf/r2-chromium.pdf");
// The same defects as r2-defects.pdf, printed by another producer (for the review's "unseen PDF" test).
const { rows, injected } = injectDefects(truth.rows);
print({ ...truth, rows }, "fixtures/pdf/r2-chromium-defects.pdf");
writeFileSync("fixtures/pdf/r2-chromium-defects.injected.json", JSON.stringify(injected.sort((a, b) => a.row - b.row), null, 2) + "\n");
