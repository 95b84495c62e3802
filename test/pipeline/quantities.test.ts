import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import { quantitiesCsv } from "../../src/output/quantities-csv.js";
import type { HyoRecord } from "../../src/schema/index.js";
import type { ConvertResult } from "../../src/index.js";

/** Every number written in an extracted field, by a regex independent of the parser (as test/numbers/recall.test.ts). */
const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;
const MARKER_BEFORE = /(?:第|令和|平成|昭和|[A-Za-z]|月|\d\.)\s*$/;
const MARKER_AFTER = /^(?:年度|年目|回目|次|期|月|条|号)/;
const NEGATIVE_MARK = /(?:▲|△|マイナス)\s*$/;
const FIELDS = ["item", "departments", "futureDirection", "relatedPlans", "target", "plan", "done", "check", "action"] as const;

let file: ConvertResult;
beforeAll(async () => {
  file = (await convert(new Uint8Array(readFileSync("fixtures/pdf/r2-lines.pdf")), { fileName: "r2-lines.pdf" }));
});

describe("quantities of the extracted records (r2-lines)", () => {
  it("finds every number written in the fields (dates, ordinals and ids aside), with the right value and sign", () => {
    let total = 0;
    const misses: string[] = [];
    for (const r of file.records as HyoRecord[]) {
      for (const f of FIELDS) {
        const text = r[f];
        for (const m of text.matchAll(NUMBER)) {
          const start = m.index, end = start + m[0].length;
          if (MARKER_BEFORE.test(text.slice(0, start)) || MARKER_AFTER.test(text.slice(end))) continue;
          total++;
          const q = (r.quantities[f] ?? []).find((x) => x.span[0] <= start && x.span[1] >= end);
          const negative = NEGATIVE_MARK.test(text.slice(0, start));
          const single = (q?.raw.match(NUMBER) ?? []).length === 1;
          const ok = q !== undefined && q.negative === negative && (!single || Math.abs(q.value) === Number(m[0].replaceAll(",", "")));
          if (!ok) misses.push(`${r.id} ${f}: ${text.slice(Math.max(0, start - 10), end + 4)}`);
        }
      }
    }
    expect(total).toBeGreaterThan(100);
    expect(misses).toEqual([]);
  });

  it("pairs targets with results: 実質公債費比率 ≤ 6.5% vs 3.7% is met, 将来負担比率 ≤ 31.8% vs ▲18.9% is met", () => {
    const r = (file.records as HyoRecord[]).find((x) => x.id === "1-①-1")!;
    const byLabel = Object.fromEntries(r.evaluations.map((e) => [e.label, e]));
    expect(byLabel["実質公債費比率"]).toMatchObject({ met: true, target: { value: 6.5, comparator: "≤" }, actual: { value: 3.7 } });
    expect(byLabel["将来負担比率"]).toMatchObject({ met: true, actual: { value: -18.9, negative: true } });
  });

  it("normalizes money to yen: 1,263,695千円 and 50億8千9百万円", () => {
    const all = (file.records as HyoRecord[]).flatMap((r) => Object.values(r.quantities).flat());
    expect(all.find((q) => q.raw.startsWith("1,263,695"))?.normalized).toEqual({ value: 1263695000, unit: "JPY" });
    expect(all.find((q) => q.raw.startsWith("50億8千9百万"))?.normalized).toEqual({ value: 5089000000, unit: "JPY" });
  });

  it("writes quantities.csv in long format, one row per quantity", () => {
    const csv = quantitiesCsv(file)!;
    const lines = csv.trim().split("\r\n");
    const count = (file.records as HyoRecord[]).reduce((n, r) => n + Object.values(r.quantities).flat().length, 0);
    expect(csv.startsWith("\uFEFF")).toBe(true); // a BOM, so spreadsheet software reads the Japanese as UTF-8
    expect(lines[0]).toBe("id,field,label,raw,value,unit,multiplier,normalizedValue,normalizedUnit,comparator,negative,spanStart,spanEnd");
    expect(lines).toHaveLength(count + 1);
    const done = (file.records as HyoRecord[]).find((r) => r.id === "1-①-1")!.done;
    const start = done.indexOf("▲18.9%");
    expect(lines).toContain(`1-①-1,done,将来負担比率,▲18.9%,-18.9,%,1,-18.9,percent,,true,${start},${start + "▲18.9%".length}`);
  });
});
