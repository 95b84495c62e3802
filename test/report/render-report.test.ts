import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import { applyCorrections, renderReport, toCorrectionSet } from "../../src/report/index.js";
import type { HyoRecord } from "../../src/schema/index.js";
import type { ConvertResult } from "../../src/index.js";

let file: ConvertResult;
let records: HyoRecord[];
beforeAll(async () => {
  file = (await convert(new Uint8Array(readFileSync("fixtures/pdf/r2-misaligned.pdf"))));
  records = file.records as HyoRecord[];
});
const file0 = () => ({ file: file.source.file, sha256: file.source.sha256 });
const render = (recs: HyoRecord[], crops = {}) => renderReport({ document: file.document, source: file.source, records: recs, crops, generatedAt: "2026-11-24T00:00:00Z" });

const HOSTILE = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "javascript:alert(1)", "</script><script>alert(2)</script>", "\u202Eevil"];

describe("renderReport", () => {
  it("is self-contained: a strict CSP, no URL to anywhere, data only in the page", () => {
    const html = render(records);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src data:; style-src &#39;sha256-[^"]+; script-src &#39;sha256-/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/ src="(?!data:)/);
  });

  it("summarises records, flagged records and flag codes", () => {
    const html = render(records);
    expect(html).toContain(`件数<b>${records.length}</b>`);
    expect(html).toContain(`要確認<b>${records.filter((r) => r.needsReview).length}</b>`);
    const clipped = records.filter((r) => r.flags.some((f) => f.code === "review/clipped-text")).flatMap((r) => r.flags.filter((f) => f.code === "review/clipped-text")).length;
    expect(clipped).toBeGreaterThan(0);
    expect(html).toContain(`data-code="review/clipped-text" title="review/clipped-text">文字のはみ出し<b>${clipped}</b>`);
  });

  it("names every flag and field in Japanese, the code only in a tooltip", () => {
    const html = render(records);
    const text = html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<[^>]*>/g, " ");
    expect(text).not.toMatch(/review\/[a-z-]+/);
    expect(text).not.toMatch(/\b(futureDirection|relatedPlans|departments)\b/);
    expect(html).toMatch(/<li class="flag warn" title="review\/clipped-text"><b>文字のはみ出し<\/b><span class="sev">要確認・(今後の取組方向|取組内容\(Do\)|評価\(Check\)|改善\(Action\)|達成目標|計画\(Plan\)|具体的な取り組み項目|取組主管課・関係課等|関係する計画等)<\/span>/);
  });

  it("shows the generation time in JST", () => {
    expect(render(records)).toContain("作成 2026/11/24 09:00 JST");
  });

  it("escapes hostile cell text everywhere and cannot be broken out of its JSON block", () => {
    const evil = records.map((r, i) => (i < HOSTILE.length ? { ...r, id: `${r.id}${HOSTILE[i]}`, item: HOSTILE[i]!, done: HOSTILE[i]!, flags: [{ code: "review/x", severity: "warn" as const, message: HOSTILE[i]! }] } : r));
    const html = render(evil);
    for (const s of HOSTILE.slice(0, 2)) expect(html).not.toContain(s);
    expect(html).not.toContain("<img src=x");
    expect(html.match(/<script/g)).toHaveLength(2); // the JSON block and the report's own script, nothing injected
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("drops a crop that is not a data: image, puts each field's image beside it with its column heading", () => {
    const html = render(records, { [records[0]!.id]: [{ field: "item", page: 1, dataUrl: "javascript:alert(1)" }, { field: "target", page: 1, dataUrl: "data:image/jpeg;base64,AAAA" }] });
    expect(html).not.toContain("javascript:alert(1)\"");
    expect(html).toMatch(/<dd data-field="target">[^]*?<figure class="cell"><img src="data:image\/jpeg;base64,AAAA"[^>]*><figcaption>達成目標 ・ 1ページ<\/figcaption>/);
  });

  it("shows a corrected field before → after with who and when from the corrections file", () => {
    const target = records[0]!;
    const prior = { corrections: [{ recordId: target.id, field: "done", value: "直した文", before: target.done, reviewedAt: "2026-11-30T01:02:00Z", reviewer: "山田" }], reviews: [] };
    const { records: corrected } = applyCorrections(records, prior);
    const html = renderReport({ document: file.document, source: file.source, records: corrected, crops: {}, prior, generatedAt: "2026-11-24T00:00:00Z" });
    expect(html).toContain('<span class="value edited">直した文</span>');
    expect(html).toContain(`修正前: <s>${target.done}</s> → 修正後 (山田、2026/11/30 10:02 JST)`);
    // The export starts from these: they are in the page's data.
    expect(html).toContain('"reviewer":"山田"');
  });
});

describe("applyCorrections", () => {
  it("is what convert() does with options.corrections, given a corrections.json or the old array", async () => {
    const bytes = new Uint8Array(readFileSync("fixtures/pdf/r2-misaligned.pdf"));
    const target = records[0]!;
    const file = { kind: "hyo-corrections", source: { ...file0(), profile: "gyosei-kaikaku" }, hyoVersion: "0.1.0", exportedAt: "t", corrections: [{ recordId: target.id, field: "item", value: "直した項目", reviewedAt: "t" }], reviews: [] };
    const viaFile = await convert(bytes, { corrections: file });
    const viaArray = await convert(bytes, { corrections: [{ recordId: target.id, field: "item", value: "直した項目", reviewedAt: "t" }] });
    for (const r of [viaFile, viaArray]) {
      expect(r.corrections).toEqual({ applied: 1, skipped: [] });
      expect((r.records as HyoRecord[]).find((x) => x.id === target.id)!.item).toBe("直した項目");
    }
  }, 60_000);

  it("sets the value, keeps the extracted one, marks the record corrected and answers the field's flags", () => {
    const target = records.find((r) => r.flags.some((f) => f.code === "review/clipped-text"))!;
    const field = target.flags.find((f) => f.code === "review/clipped-text")!.field!;
    const { records: out, applied, skipped } = applyCorrections(records, { corrections: [{ recordId: target.id, field, value: "訂正後の文章", reviewedAt: "2026-11-24T00:00:00Z" }], reviews: [] });
    const r = out.find((x) => x.id === target.id)!;
    expect(skipped).toEqual([]);
    expect(applied).toBe(1);
    expect(r[field as "futureDirection"]).toBe("訂正後の文章");
    expect(r.extracted?.[field]).toBe(target[field as "futureDirection"]);
    expect(r.corrected).toBe(true);
    expect(r.flags.some((f) => f.field === field && f.severity !== "info")).toBe(false);
    expect(r.needsReview).toBe(false);
  });

  it("reports unknown records and fields and grades that are not A–D, and applies nothing for them", () => {
    const { records: out, applied, skipped } = applyCorrections(records, { corrections: [
      { recordId: "9-⑨-9", field: "item", value: "x", reviewedAt: "t" },
      { recordId: records[0]!.id, field: "source", value: "x", reviewedAt: "t" },
      { recordId: records[0]!.id, field: "grade", value: "E", reviewedAt: "t" },
    ], reviews: [{ recordId: "9-⑨-8", reviewedAt: "t" }] });
    expect(applied).toBe(0);
    expect(skipped).toEqual(["9-⑨-9: no such record", `${records[0]!.id}: source cannot be corrected`, `${records[0]!.id}: grade E is not A–D`, "9-⑨-8: no such record (確認済み)"]);
    expect(out[0]).toEqual(records[0]);
  });

  it("a 確認済み mark answers the record's warnings and is kept as reviewedAt; the old format's mark too", () => {
    const flagged = records.find((r) => r.needsReview && r.flags.every((f) => f.severity !== "error"))!;
    const { records: out } = applyCorrections(records, toCorrectionSet([{ recordId: flagged.id, field: "reviewed", value: true, reviewedAt: "2026-11-30T00:00:00Z" }]));
    const r = out.find((x) => x.id === flagged.id)!;
    expect(r.needsReview).toBe(false);
    expect(r.reviewedAt).toBe("2026-11-30T00:00:00Z");
    expect(r.corrected).toBe(false);
  });
});
