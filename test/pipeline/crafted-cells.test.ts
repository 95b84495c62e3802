import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_TEXTS } from "../../scripts/crafted/make-crafted.js";
import type { HyoRecord } from "../../src/schema/index.js";

const cli = (...args: string[]) => promisify(execFile)("node", ["dist/cli.js", ...args], { maxBuffer: 64 << 20 });
const out = mkdtempSync(path.join(os.tmpdir(), "hyo-crafted-"));
const read = (stem: string, file: string) => readFileSync(path.join(out, stem, file), "utf8");
// What the text layer can carry of each hostile string: no line breaks (cells wrap), no controls (repaired away).
const expected = HOSTILE_TEXTS.map((t) => t.replace(/[\u0000-\u001F\u202A-\u202E]/gu, ""));

describe("crafted-cells.pdf: hostile cell texts come out as data, never as code", () => {
  beforeAll(async () => { await cli("convert", "fixtures/pdf/crafted-cells.pdf", "--out", out); }, 60_000);

  it("keeps every hostile item verbatim in records.json (JSON-escaped, controls dropped and recorded)", () => {
    const records = JSON.parse(read("crafted-cells", "records.json")).records as HyoRecord[];
    expect(records.slice(0, expected.length).map((r) => r.item.replace(/\n/g, ""))).toEqual(expected);
    const rlo = records[HOSTILE_TEXTS.findIndex((t) => t.includes("\u202E"))]!;
    expect(rlo.repairs?.item?.map((r) => r.rule)).toContain("text/control-char");
    expect(read("crafted-cells", "records.json")).not.toMatch(/[\u0000\u202E]/u);
  });

  it("escapes every item that a spreadsheet would run as a formula", () => {
    const csv = read("crafted-cells", "records.csv");
    for (const text of expected.filter((t) => /^[=+\-@]/.test(t))) {
      expect(csv).toContain(`'${text.replace(/"/g, '""')}`);
      expect(csv).not.toMatch(new RegExp(`(^|,)"?${text[0] === "+" ? "\\+" : text[0]}${text.slice(1, 4).replace(/[|()]/g, "\\$&")}`, "m"));
    }
  });

  it("writes review.html with the hostile texts escaped and no script but its own", () => {
    const html = read("crafted-cells", "review.html");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    // Its own two: the record data (type=application/json, never run) and the client script (CSP-hashed).
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/json" id="report-data">', "<script>"]);
  });
});

describe("huge-cells.pdf: 5,000 cells on a page and a 10,000-character cell", () => {
  it("converts both pages, whole and bounded", async () => {
    const { stderr } = await cli("convert", "fixtures/pdf/huge-cells.pdf", "--out", out);
    expect(stderr).toMatch(/generic profile/);
    const records = JSON.parse(read("huge-cells", "records.json")).records as { fields: Record<string, string>; table: string }[];
    const grid = records.filter((r) => r.table === records[0]!.table);
    expect(grid).toHaveLength(99);
    expect(Object.keys(grid[0]!.fields)).toHaveLength(50);
    expect(grid.at(-1)!.fields["列50"]).toBe(String(100 * 50 - 1));
    const long = records.find((r) => r.table !== records[0]!.table)!;
    expect(long.fields["長いセル"]).toBe("あいうえおかきくけこ".repeat(1000));
  }, 60_000);
});
