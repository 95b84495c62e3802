import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import { unreadVerticalRegions, VERTICAL_TEXT_FLAG } from "../../src/pipeline/vertical-text-flags.js";
import type { GenericRecord } from "../../src/schema/index.js";
import type { Bbox, PageContent } from "../../src/types/index.js";

/** fixtures/pdf/vertical-cells.pdf (scripts/vertical/make-vertical.ts): a 新旧対照表 with cells in 縦書き. */
const truth = JSON.parse(readFileSync("fixtures/pdf/vertical-cells.truth.json", "utf8")) as { cells: { text: string; writing: string; columns: number; box: Bbox }[] };

describe("vertical writing", () => {
  it("flags every field whose cell holds several vertical columns; fields read correctly are left alone", async () => {
    const { records, warnings } = await convert(new Uint8Array(readFileSync("fixtures/pdf/vertical-cells.pdf")), { fileName: "vertical-cells.pdf", ocr: "off" });
    expect(warnings.some((w) => w.code === "text/vertical-unread" && w.message.includes(VERTICAL_TEXT_FLAG))).toBe(true);
    const fields = (records as GenericRecord[]).flatMap((r) => Object.entries(r.fields).map(([field, text]) => ({ r, field, text, cell: r.source.cells[field]! })));
    for (const cell of truth.cells.filter((c) => c.text !== "改正後" && c.text !== "改正前")) {
      const f = fields.find((x) => x.cell.bbox[0] <= cell.box[0] + 1 && x.cell.bbox[2] >= cell.box[2] - 1 && x.cell.bbox[1] <= cell.box[1] + 4 && x.cell.bbox[3] >= cell.box[3] - 1)!;
      const flagged = f.r.flags.some((g) => g.code === VERTICAL_TEXT_FLAG && g.field === f.field && g.severity === "error");
      const severalColumns = cell.columns >= 2;
      // Either read exactly (horizontal text, one vertical column) or flagged: never wrong and unflagged.
      expect({ text: cell.text, flagged }).toEqual({ text: cell.text, flagged: severalColumns });
      if (!flagged) expect(f.text).toBe(cell.text);
      else expect(f.r.needsReview).toBe(true);
    }
  });

  it("on a page read by OCR every vertical column counts as unread, a lone column included", () => {
    const regions: Bbox[] = [[100, 100, 110, 160], [300, 100, 310, 140]];
    const page = { pageNo: 1, width: 595, height: 842, runs: [], rules: [], quality: { verdict: "broken", chars: 0, badShare: 1, reason: "" }, vertical: { chars: 10, regions } } as const;
    expect(unreadVerticalRegions({ ...page, source: "ocr" } as PageContent)).toEqual(regions);
    expect(unreadVerticalRegions({ ...page, source: "text-layer" } as PageContent)).toEqual([]);
  });

  it("on a text-layer page counts columns side by side as a block, unless a rule parts them (two cells of one column each)", () => {
    const regions: Bbox[] = [[100, 100, 110, 160], [116, 100, 126, 150]];
    const page = { pageNo: 1, width: 595, height: 842, runs: [], rules: [], quality: { verdict: "usable", chars: 0, badShare: 0, reason: "" }, source: "text-layer", vertical: { chars: 11, regions } } as const;
    expect(unreadVerticalRegions(page as PageContent)).toEqual(regions);
    expect(unreadVerticalRegions({ ...page, rules: [{ x1: 113, y1: 90, x2: 113, y2: 170 }] } as PageContent)).toEqual([]);
  });
});
