import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompareFile } from "../../src/schema/compare.js";

/** Debian's Chromium (.ci/run installs it with apt-get); playwright-core never downloads a browser. */
const CHROMIUM = "/usr/lib/chromium/chromium";
const cli = (...args: string[]) => promisify(execFile)("node", ["dist/cli.js", ...args]);

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (see .ci/run)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking"] });
});
afterAll(async () => { await browser?.close(); });

describe("compare.html in Chromium", () => {
  it("filters by status, shows a pair's two years side by side, logs no error and sends no request", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "hyo-compare-"));
    // The old edition as a records.json written by hyo, the new one as a PDF: both inputs the command takes.
    await cli("convert", "fixtures/pdf/r2-lines.pdf", "--out", out, "--no-report");
    await cli("compare", path.join(out, "r2-lines", "records.json"), "fixtures/pdf/r3-mincho.pdf", "--out", out);
    const c = JSON.parse(readFileSync(path.join(out, "compare.json"), "utf8")) as CompareFile;
    const file = path.join(out, "compare.html");

    const context = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
    const page = await context.newPage();
    const errors: string[] = [], outside: string[] = [];
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") errors.push(m.text()); });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("request", (r) => { if (r.url() !== pathToFileURL(file).href) outside.push(r.url()); });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });

    const entries = page.locator(".entry:not(.hidden)");
    expect(await entries.count()).toBe(c.pairs.length + c.added.length + c.removed.length);
    expect(await page.locator("#grade-matrix td[data-from=B][data-to=D]").innerText()).toBe(String(c.summary.gradeMatrix.B.D));

    for (const [tag, n] of [["worsened", c.summary.gradeWorsened], ["improved", c.summary.gradeImproved], ["added", c.added.length], ["removed", c.removed.length], ["moved", c.summary.moved]] as const) {
      await page.selectOption("#filter-status", tag);
      expect(await entries.count(), tag).toBe(n);
      expect(await page.textContent("#shown-count")).toBe(String(n));
      expect(await entries.evaluateAll((es, t) => es.every((e) => (e as HTMLElement).dataset.tags!.split(" ").includes(t)), tag)).toBe(true);
    }
    await page.selectOption("#filter-status", "newly-missed");
    expect(await entries.count()).toBe(c.summary.newlyMissed);

    // A worsened pair: open its side-by-side; the grade row is marked changed with both years' grades.
    await page.selectOption("#filter-status", "worsened");
    const pair = c.pairs.find((p) => p.grade.change === "worsened")!;
    const entry = page.locator(`.entry[data-old-id="${pair.oldId}"][data-new-id="${pair.newId}"]`);
    await entry.locator("details.sbs summary").click();
    const gradeRow = entry.locator('table.sbs tr[data-field="grade"]');
    expect(await gradeRow.isVisible()).toBe(true);
    expect(await gradeRow.getAttribute("class")).toBe("changed");
    expect(await gradeRow.locator("td.old").innerText()).toBe(pair.grade.old);
    expect(await gradeRow.locator("td.new").innerText()).toBe(pair.grade.new);
    expect(await entry.locator("table.sbs tr.changed").count()).toBe(pair.fields.length);

    await page.selectOption("#filter-status", "");
    await page.fill("#search", "キャッシュレス");
    expect(await entries.count()).toBe(1);
    await context.close();
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  }, 120_000);
});
