import { describe, expect, it } from "vitest";
import { pageLineFilter } from "../src/cli-progress.js";

describe("pageLineFilter", () => {
  it("tells every page of a document of ordinary length", () => {
    const tell = pageLineFilter(() => 0);
    expect(Array.from({ length: 100 }, (_, i) => tell({ pageNo: i + 1, pageCount: 100, tables: 0 })).every(Boolean)).toBe(true);
  });

  it("on a long one: pages with tables or OCR and the last page always, the others once a second", () => {
    let clock = 0;
    const tell = pageLineFilter(() => clock);
    const told: number[] = [];
    for (let pageNo = 1; pageNo <= 10_001; pageNo++) {
      clock += 2; // 2 ms a page: 20 s in all
      if (tell({ pageNo, pageCount: 10_001, tables: pageNo === 5000 ? 1 : 0, ...(pageNo === 7001 ? { ocr: {} } : {}) })) told.push(pageNo);
    }
    expect(told).toContain(1);
    expect(told).toContain(5000);
    expect(told).toContain(7001);
    expect(told.at(-1)).toBe(10_001);
    expect(told.length).toBeGreaterThan(18);
    expect(told.length).toBeLessThan(26);
  });
});
