import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { Ajv2020 } from "ajv/dist/2020.js";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import { renderReport } from "../../src/report/index.js";
import type { HyoRecord } from "../../src/schema/index.js";
import { schemaCommand } from "../../src/schema/schema-command.js";

/** Debian's Chromium (.ci/run installs it with apt-get); playwright-core never downloads a browser. */
const CHROMIUM = "/usr/lib/chromium/chromium";
const cli = (...args: string[]) => promisify(execFile)("node", ["dist/cli.js", ...args]);

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (see .ci/run)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking"] });
});
afterAll(async () => { await browser?.close(); });

/** Opens a report and records every request that is not the file itself or inline data, and every dialog. */
async function open(file: string) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1300, height: 1000 } });
  const page = await context.newPage();
  const outside: string[] = [], dialogs: string[] = [];
  page.on("request", (r) => { if (!r.url().startsWith("data:") && r.url() !== pathToFileURL(file).href) outside.push(r.url()); });
  page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  return { page, context, outside, dialogs };
}

describe("review.html in Chromium", () => {
  it("filters to a flag, edits a field, exports corrections that the next run applies", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "hyo-report-"));
    await cli("convert", "fixtures/pdf/r2-misaligned.pdf", "--out", out);
    const report = path.join(out, "r2-misaligned", "review.html");
    const { page, context, outside } = await open(report);
    await page.selectOption("#filter-code", "review/clipped-text");
    const visible = page.locator(".record:not(.hidden)");
    const flagged = await visible.count();
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(await page.locator(".record").count());
    expect(await page.textContent("#shown-count")).toBe(String(flagged));
    await page.keyboard.press("j");
    const first = visible.first();
    const id = await first.getAttribute("data-id");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).toBe(id);
    await first.locator('.edit[data-field="futureDirection"]').click();
    await first.locator('textarea[data-field="futureDirection"]').fill("確認のうえ修正した今後の取組方向");
    await first.locator("button.edit", { hasText: "保存" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-corrections")]);
    const corrections = path.join(out, "corrections.json");
    await download.saveAs(corrections);
    // Tests never write into the user's output/ folder.
    await page.screenshot({ path: path.join(out, "review-screenshot.png") });
    await context.close();
    expect(outside).toEqual([]);

    const exported = JSON.parse(readFileSync(corrections, "utf8"));
    expect(exported).toEqual([{ recordId: id, field: "futureDirection", value: "確認のうえ修正した今後の取組方向", reviewedAt: expect.any(String) }]);
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(JSON.parse(schemaCommand(["corrections"])));
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
    await cli("convert", "fixtures/pdf/r2-misaligned.pdf", "--out", out, "--corrections", corrections, "--no-report");
    const records = JSON.parse(readFileSync(path.join(out, "r2-misaligned", "records.json"), "utf8")).records as HyoRecord[];
    const fixed = records.find((r) => r.id === id)!;
    expect(fixed.futureDirection).toBe("確認のうえ修正した今後の取組方向");
    expect(fixed.corrected).toBe(true);
    expect(typeof fixed.extracted?.futureDirection).toBe("string");
    expect(fixed.flags.some((f) => f.code === "review/clipped-text")).toBe(false);
  }, 120_000);

  it("runs nothing from the PDF's text and sends no request, whatever the cells hold", async () => {
    const file = (await convert(new Uint8Array(readFileSync("fixtures/pdf/r2-lines.pdf"))));
    const hostile = ["<script>alert(1)</script>", '"><img src=x onerror=alert(2)>', "javascript:alert(3)", "</script><script>alert(4)</script>", "<iframe src=https://example.com>"];
    const records = (file.records as HyoRecord[]).map((r, i) => (i < hostile.length ? { ...r, item: hostile[i]!, done: hostile[i]!, flags: [{ code: "review/x", severity: "warn" as const, message: hostile[i]! }], needsReview: true } : r));
    const dir = mkdtempSync(path.join(os.tmpdir(), "hyo-hostile-"));
    const report = path.join(dir, "review.html");
    writeFileSync(report, renderReport({ document: file.document, source: file.source, records, crops: {}, generatedAt: "t" }));
    const { page, context, outside, dialogs } = await open(report);
    await page.check("#filter-review");
    expect(await page.locator(".record:not(.hidden)").count()).toBe(hostile.length);
    expect(await page.locator(".record").first().locator("h2").innerText()).toContain("<script>alert(1)</script>");
    expect(await page.locator("main img, main iframe").count()).toBe(0);
    await context.close();
    expect(dialogs).toEqual([]);
    expect(outside).toEqual([]);
  }, 60_000);

  it("opens the report of crafted-cells.pdf (hostile texts in the PDF itself) without running any of them", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "hyo-crafted-report-"));
    await cli("convert", "fixtures/pdf/crafted-cells.pdf", "--out", out);
    const { page, context, outside, dialogs } = await open(path.join(out, "crafted-cells", "review.html"));
    await page.fill("#search", "alert");
    await page.waitForTimeout(200);
    expect(await page.locator(".record:not(.hidden)").count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator("main iframe").count()).toBe(0);
    // The only images are the source-row crops hyo drew itself.
    expect(await page.$$eval("main img", (imgs) => imgs.filter((i) => !/^data:image\/(webp|png);base64,/.test(i.getAttribute("src") ?? "")).length)).toBe(0);
    await context.close();
    expect(dialogs).toEqual([]);
    expect(outside).toEqual([]);
  }, 60_000);
});
