import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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
import { HYO_VERSION } from "../../src/version.js";

/** Debian's Chromium (.ci/run installs it with apt-get); playwright-core never downloads a browser. */
const CHROMIUM = "/usr/lib/chromium/chromium";
/** Where the screenshots of the report go (outside output/, which tests never write). */
const SHOTS = process.env.HYO_SHOTS ?? path.join(os.tmpdir(), "hyo-report-shots");
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
  const outside: string[] = [], dialogs: string[] = [], leaving: string[] = [];
  page.on("request", (r) => { if (!r.url().startsWith("data:") && r.url() !== pathToFileURL(file).href) outside.push(r.url()); });
  // "Leave the page?" is counted and answered yes; any other dialog is something the page should never open.
  page.on("dialog", (d) => { if (d.type() === "beforeunload") { leaving.push(d.type()); void d.accept(); } else { dialogs.push(d.message()); void d.dismiss(); } });
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  return { page, context, outside, dialogs, leaving };
}

describe("review.html in Chromium", () => {
  it("keeps edits and 確認済み marks over a reload, exports them bound to the PDF, and a re-run shows and re-exports them", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "hyo-report-"));
    const pdf = "fixtures/pdf/r2-defects.pdf";
    const sha256 = createHash("sha256").update(readFileSync(pdf)).digest("hex");
    await cli("convert", pdf, "--out", out);
    const report = path.join(out, "r2-defects", "review.html");
    const before = JSON.parse(readFileSync(path.join(out, "r2-defects", "records.json"), "utf8")).records as HyoRecord[];
    const { page, context, outside, leaving } = await open(report);

    // Only flagged records have cell images: one per field, with its column heading; a click enlarges it.
    const flaggedIds = before.filter((r) => r.needsReview).map((r) => r.id);
    expect(flaggedIds).toHaveLength(9);
    expect(await page.locator(".record:has(figure.cell)").count()).toBe(9);
    const firstFlagged = page.locator(`.record[data-id="${flaggedIds[0]}"]`);
    expect(await firstFlagged.locator('dd[data-field="target"] figure.cell figcaption').innerText()).toMatch(/^達成目標 ・ \d+ページ$/);
    await firstFlagged.locator('dd[data-field="target"] figure.cell img').click();
    expect(await page.locator("#zoom").isVisible()).toBe(true);
    expect(await page.locator("#zoom img").evaluate((i: HTMLImageElement) => i.naturalWidth > 0 && i.getBoundingClientRect().width > 0)).toBe(true);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, "zoomed-cell.png") });
    await page.keyboard.press("Escape");
    expect(await page.locator("#zoom").isVisible()).toBe(false);

    // Search looks at the records' text only: 「修正」 is on every card's buttons, not in every record.
    const q = "修正";
    const shownText = (r: HyoRecord) => [r.id, r.item, r.basicPolicyNo, r.basicPolicy, r.topic, `No.${r.no ?? "?"}`, ...["departments", "futureDirection", "relatedPlans", "target", "plan", "done", "check", "grade", "action"].map((f) => r[f as "done"] ?? "")].join("\n");
    await page.fill("#search", q);
    expect(await page.locator(".record:not(.hidden)").count()).toBe(before.filter((r) => shownText(r).includes(q)).length);
    await page.fill("#search", "");
    await page.locator("#search").blur();

    // j brings the first flagged card to just below the sticky controls, its title visible.
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    const focused = page.locator(`.record[data-id="${flaggedIds[1]}"]`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).toBe(flaggedIds[1]);
    const bar = (await page.locator("#controls").boundingBox())!;
    const title = (await focused.locator("h2").boundingBox())!;
    expect(title.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    expect(title.y).toBeLessThan(bar.y + bar.height + 40);

    // Two edits and a 確認済み mark, then a reload: all still there.
    const [idA, idB, idC] = flaggedIds as [string, string, string];
    await page.fill("#reviewer", "山田");
    await page.locator("#reviewer").dispatchEvent("change");
    const edit = async (id: string, field: string, value: string) => {
      const card = page.locator(`.record[data-id="${id}"]`);
      await card.locator(`.edit[data-field="${field}"]`).click();
      if (field === "grade") await card.locator(`select[data-field="${field}"]`).selectOption(value);
      else await card.locator(`textarea[data-field="${field}"]`).fill(value);
      await card.locator("button.save").click();
    };
    await edit(idA, "futureDirection", "確認のうえ修正した今後の取組方向");
    await edit(idB, "grade", "B");
    await page.locator(`.record[data-id="${idC}"] input.reviewed`).check();
    expect(await page.textContent("#edit-count")).toBe("3");
    expect(leaving).toEqual([]);
    await page.reload();
    // Leaving with edits not exported asked first.
    expect(leaving).toEqual(["beforeunload"]);
    expect(await page.locator(`.record[data-id="${idA}"] dd[data-field="futureDirection"] .value`).innerText()).toBe("確認のうえ修正した今後の取組方向");
    expect(await page.locator(`.record[data-id="${idB}"] dd[data-field="grade"] .value`).innerText()).toBe("B");
    expect(await page.locator(`.record[data-id="${idC}"] input.reviewed`).isChecked()).toBe(true);
    expect(await page.textContent("#edit-count")).toBe("3");

    const corrections = path.join(out, "corrections.json");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-corrections")]);
    await download.saveAs(corrections);
    // Exported: leaving asks nothing now.
    await page.reload();
    expect(leaving).toEqual(["beforeunload"]);
    await context.close();
    expect(outside).toEqual([]);
    const exported = JSON.parse(readFileSync(corrections, "utf8"));
    expect(exported).toMatchObject({ kind: "hyo-corrections", source: { file: "r2-defects.pdf", sha256, profile: "gyosei-kaikaku" }, hyoVersion: HYO_VERSION });
    const original = (id: string) => before.find((r) => r.id === id)!;
    expect(exported.corrections).toEqual([
      { recordId: idA, field: "futureDirection", value: "確認のうえ修正した今後の取組方向", before: original(idA).futureDirection, reviewedAt: expect.any(String), reviewer: "山田" },
      { recordId: idB, field: "grade", value: "B", before: original(idB).grade, reviewedAt: expect.any(String), reviewer: "山田" },
    ]);
    expect(exported.reviews).toEqual([{ recordId: idC, reviewedAt: expect.any(String), reviewer: "山田" }]);
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(JSON.parse(schemaCommand(["corrections"])));
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);

    // The next run applies them, says so, and its report shows them and exports them again with nothing new.
    const rerun = await cli("convert", pdf, "--out", out, "--corrections", corrections);
    expect(rerun.stderr).toContain("r2-defects.pdf: corrections: 3 applied, 0 skipped");
    const after = JSON.parse(readFileSync(path.join(out, "r2-defects", "records.json"), "utf8")).records as HyoRecord[];
    const got = (id: string) => after.find((r) => r.id === id)!;
    expect(got(idA).futureDirection).toBe("確認のうえ修正した今後の取組方向");
    expect(got(idA).extracted?.futureDirection).toBe(original(idA).futureDirection);
    expect(got(idB).grade).toBe("B");
    expect(got(idC).reviewedAt).toBe(exported.reviews[0].reviewedAt);
    expect(rerun.stderr).toMatch(new RegExp(`要確認 ${after.filter((r) => r.needsReview).length}/37件`));
    const second = await browser.newContext({ acceptDownloads: true, viewport: { width: 1300, height: 1000 } });
    const page2 = await second.newPage();
    await page2.goto(pathToFileURL(report).href);
    expect(await page2.locator(`.record[data-id="${idA}"] dd[data-field="futureDirection"] .was`).innerText()).toMatch(/^修正前: .+ → 修正後 \(山田、\d{4}\/\d\d\/\d\d \d\d:\d\d JST\)$/);
    expect(await page2.locator(`.record[data-id="${idC}"] input.reviewed`).isChecked()).toBe(true);
    await page2.locator(`.record[data-id="${idA}"]`).scrollIntoViewIfNeeded();
    await page2.screenshot({ path: path.join(SHOTS, "corrected-card.png") });
    const [download2] = await Promise.all([page2.waitForEvent("download"), page2.click("#export-corrections")]);
    const again = JSON.parse(readFileSync(await download2.path(), "utf8"));
    await second.close();
    expect(again.corrections).toEqual(exported.corrections);
    expect(again.reviews).toEqual(exported.reviews);

    // Corrections made for this PDF are refused for another, with one line and exit 2.
    const other = await cli("convert", "fixtures/pdf/r2-lines.pdf", "--out", out, "--corrections", corrections).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(other?.code).toBe(2);
    expect(other?.stderr.trim().split("\n")).toHaveLength(1);
    expect(other?.stderr).toMatch(/was made for r2-defects\.pdf .* not r2-lines\.pdf/);
  }, 180_000);

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
    expect(await page.$$eval("main img", (imgs) => imgs.filter((i) => !/^data:image\/jpeg;base64,/.test(i.getAttribute("src") ?? "")).length)).toBe(0);
    await context.close();
    expect(dialogs).toEqual([]);
    expect(outside).toEqual([]);
  }, 60_000);
});
