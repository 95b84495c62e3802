import { describe, expect, it } from "vitest";
import { parseQuantities } from "../../src/numbers/parse-quantities.js";
import type { Quantity } from "../../src/types/quantity.js";
import { truthCells } from "./truth.js";

/**
 * Recall over every number written in the truth data, found by a regex independent of the parser:
 * a digit run with optional thousands groups and decimals.
 */
const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;
/**
 * A number is a date, an era year, an ordinal or an id — not a quantity — when the text right before it
 * is 第 / an era name / an ASCII letter (R2, H27, No.1) / 月 (the day of 4月1日) / "digits." (the 29 of
 * H26.8.29), or the text right after it is 年度 / 年目 / 回目 / 次 / 期 / 月 / 条 / 号.
 */
const MARKER_BEFORE = /(?:第|令和|平成|昭和|[A-Za-z]|月|\d\.)\s*$/;
const MARKER_AFTER = /^(?:年度|年目|回目|次|期|月|条|号)/;
/** Signs the truth data writes before negative numbers. */
const NEGATIVE_MARK = /(?:▲|△|マイナス)\s*$/;
/** Numbers the parser may miss, as "field: text around the number" with the reason. None at present. */
const TOLERATED_MISSES: readonly (readonly [where: string, reason: string])[] = [];
const MIN_RECALL = 0.99;

interface WrittenNumber {
  readonly field: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly digits: string;
}

function writtenNumbers(): { quantityBearing: WrittenNumber[]; markers: WrittenNumber[] } {
  const quantityBearing: WrittenNumber[] = [];
  const markers: WrittenNumber[] = [];
  for (const { field, text } of truthCells()) {
    for (const m of text.matchAll(NUMBER)) {
      const n = { field, text, start: m.index, end: m.index + m[0].length, digits: m[0] };
      const isMarker = MARKER_BEFORE.test(text.slice(0, n.start)) || MARKER_AFTER.test(text.slice(n.end));
      (isMarker ? markers : quantityBearing).push(n);
    }
  }
  return { quantityBearing, markers };
}

const covering = (quantities: readonly Quantity[], n: WrittenNumber): Quantity | undefined =>
  quantities.find((q) => q.span[0] <= n.start && q.span[1] >= n.end);

/** Whether the parser read `n` right: covered by a quantity with its value (when it is the only number in it) and sign. */
function readRight(n: WrittenNumber, quantities: readonly Quantity[]): boolean {
  const q = covering(quantities, n);
  if (q === undefined) return false;
  const negative = NEGATIVE_MARK.test(n.text.slice(0, n.start));
  if (q.negative !== negative || q.value < 0 !== negative) return false;
  // 50億4千7百万円 holds several digit runs; its value (50.47) is checked in parse-quantities.test.ts.
  const digitRuns = q.raw.match(NUMBER) ?? [];
  return digitRuns.length > 1 || Math.abs(q.value) === Number(n.digits.replaceAll(",", ""));
}

const where = (n: WrittenNumber): string => `${n.field}: ${n.text.slice(Math.max(0, n.start - 12), n.end + 6)}`;

describe("recall over the truth data", () => {
  const { quantityBearing, markers } = writtenNumbers();
  const cache = new Map<string, Quantity[]>();
  const parse = (text: string): Quantity[] => {
    const found = cache.get(text) ?? parseQuantities(text);
    cache.set(text, found);
    return found;
  };

  it("finds ≥ 99% of the quantity-bearing numbers, with value and sign", () => {
    const misses = quantityBearing.filter((n) => !readRight(n, parse(n.text))).map(where);
    const tolerated = new Set(TOLERATED_MISSES.map(([w]) => w));
    const recall = (quantityBearing.length - misses.length) / quantityBearing.length;
    expect(quantityBearing.length).toBeGreaterThan(100);
    expect(misses.filter((m) => !tolerated.has(m))).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it("reads no date, era year or ordinal as a quantity", () => {
    const misread = markers.filter((n) => covering(parse(n.text), n) !== undefined).map(where);
    expect(markers.length).toBeGreaterThan(50);
    expect(misread).toEqual([]);
  });
});
