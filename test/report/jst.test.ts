import { describe, expect, it } from "vitest";
import { jstTime } from "../../src/report/jst.js";

describe("jstTime", () => {
  it("gives the time in Japan, as Intl does for Asia/Tokyo, across a day's and a year's end", () => {
    const intl = new Intl.DateTimeFormat("ja-JP", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false });
    for (const iso of ["2026-12-02T09:35:00Z", "2026-12-31T15:00:00.000Z", "2024-02-28T20:59:59Z", "2020-06-30T14:59:00+00:00", "2026-03-29T01:30:00+01:00"]) {
      expect(jstTime(iso)).toBe(`${intl.format(Date.parse(iso))} JST`);
    }
    expect(jstTime("2026-12-31T15:00:00Z")).toBe("2027/01/01 00:00 JST");
  });

  it("returns text that is no time as it is", () => {
    expect(jstTime("yesterday")).toBe("yesterday");
  });
});
