import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import { writeOutputs } from "../../src/output/write-outputs.js";

describe("outputs of a table read without a profile", () => {
  it("writes all five files: quantities.csv holds every typed cell and every no-value mark, review.html every record", async () => {
    const bytes = new Uint8Array(readFileSync("fixtures/pdf/calc-gyokaku-marks.pdf"));
    const result = await convert(bytes, { fileName: "calc-gyokaku-marks.pdf" });
    const out = mkdtempSync(path.join(os.tmpdir(), "hyo-generic-out-"));
    await writeOutputs(result, out, { pdf: bytes, reportImages: "all" });
    expect(readdirSync(out).sort()).toEqual(["quantities.csv", "records.csv", "records.json", "review.html", "tables.json"]);

    const csv = readFileSync(path.join(out, "quantities.csv"), "utf8").trim().split("\r\n");
    // 11 items × 2 効果額 columns + the 合計 row's 2, of which 7 cells are "-" (no value, listed with the mark).
    expect(csv).toHaveLength(1 + 24);
    expect(csv).toContain('t1-r5,効果額(千円) / 目標,効果額(千円) / 目標,"12,000",12000,円,1000,12000000,JPY,,false,0,6');
    expect(csv.filter((l) => l.includes(",-,"))).toHaveLength(7);

    const records = readFileSync(path.join(out, "records.csv"), "utf8").trim().split("\r\n");
    expect(records[0]).toBe("id,table,section,total,needsReview,flags,番号,取組項目,取組内容,担当課,効果額(千円) / 目標,効果額(千円) / 実績,進捗状況 / 令和4年度,進捗状況 / 令和5年度");
    expect(records[1]).toMatch(/^t1-r5,t1,1 行財政運営の効率化 > \(1\)事務事業の見直し,false,false,,1,事務事業評価の実施,/);
    expect(records.at(-1)).toMatch(/^t1-r20,t1,,true,true,効果額\(千円\) \/ 実績:review\/total-mismatch,合計,/);

    const html = readFileSync(path.join(out, "review.html"), "utf8");
    expect(html.match(/<article class="record/g)).toHaveLength(12);
    expect(html).toContain("review/total-mismatch");
    expect(html).toContain("1 行財政運営の効率化");
    expect(html).toMatch(/<img src="data:image\/jpeg;base64,[^"]+" alt="t1-r5 番号 の元のセル\(1ページ\)"/);
  }, 60_000);
});
