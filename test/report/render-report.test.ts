import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import { applyCorrections, renderReport } from "../../src/report/index.js";
import type { HyoRecord } from "../../src/schema/index.js";
import type { ConvertResult } from "../../src/index.js";

let file: ConvertResult;
let records: HyoRecord[];
beforeAll(async () => {
  file = (await convert(new Uint8Array(readFileSync("fixtures/pdf/r2-misaligned.pdf"))));
  records = file.records as HyoRecord[];
});
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
    expect(html).toMatch(/data-code="review\/clipped-text">review\/clipped-text<b>\d+<\/b>/);
  });

  it("escapes hostile cell text everywhere and cannot be broken out of its JSON block", () => {
    const evil = records.map((r, i) => (i < HOSTILE.length ? { ...r, id: `${r.id}${HOSTILE[i]}`, item: HOSTILE[i]!, done: HOSTILE[i]!, flags: [{ code: "review/x", severity: "warn" as const, message: HOSTILE[i]! }] } : r));
    const html = render(evil);
    for (const s of HOSTILE.slice(0, 2)) expect(html).not.toContain(s);
    expect(html).not.toContain("<img src=x");
    expect(html.match(/<script/g)).toHaveLength(2); // the JSON block and the report's own script, nothing injected
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("drops a crop that is not a data: image", () => {
    const html = render(records, { [records[0]!.id]: [{ field: "row", page: 1, dataUrl: "javascript:alert(1)" }, { field: "row", page: 1, dataUrl: "data:image/png;base64,AAAA" }] });
    expect(html).not.toContain("javascript:alert(1)\"");
    expect(html).toContain('src="data:image/png;base64,AAAA"');
  });
});

describe("applyCorrections", () => {
  it("sets the value, keeps the extracted one, marks the record corrected and answers the field's flags", () => {
    const target = records.find((r) => r.flags.some((f) => f.code === "review/clipped-text"))!;
    const field = target.flags.find((f) => f.code === "review/clipped-text")!.field!;
    const { records: out, problems } = applyCorrections(records, [{ recordId: target.id, field, value: "訂正後の文章", reviewedAt: "2026-11-24T00:00:00Z" }]);
    const r = out.find((x) => x.id === target.id)!;
    expect(problems).toEqual([]);
    expect(r[field as "futureDirection"]).toBe("訂正後の文章");
    expect(r.extracted?.[field]).toBe(target[field as "futureDirection"]);
    expect(r.corrected).toBe(true);
    expect(r.flags.some((f) => f.field === field && f.severity !== "info")).toBe(false);
    expect(r.needsReview).toBe(false);
  });

  it("reports unknown records and fields and grades that are not A–D, and applies nothing for them", () => {
    const { records: out, problems } = applyCorrections(records, [
      { recordId: "9-⑨-9", field: "item", value: "x", reviewedAt: "t" },
      { recordId: records[0]!.id, field: "source", value: "x", reviewedAt: "t" },
      { recordId: records[0]!.id, field: "grade", value: "E", reviewedAt: "t" },
    ]);
    expect(problems).toHaveLength(3);
    expect(out[0]).toEqual(records[0]);
  });

  it("a reviewed mark answers the record's warnings", () => {
    const flagged = records.find((r) => r.needsReview)!;
    const { records: out } = applyCorrections(records, [{ recordId: flagged.id, field: "reviewed", value: true, reviewedAt: "t" }]);
    expect(out.find((r) => r.id === flagged.id)!.needsReview).toBe(false);
  });
});
