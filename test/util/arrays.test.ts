import { describe, expect, it } from "vitest";
import { maxOf, minOf, pushAll } from "../../src/util/arrays.js";

describe("array helpers over 200k elements (a spread into a call overflows the stack there)", () => {
  const values = Array.from({ length: 200_000 }, (_, i) => ((i * 7919) % 200_003) - 100_000);

  it("spreading them into Math.min does overflow, which is why the helpers exist", () => {
    expect(() => Math.min(...Array.from({ length: 2_000_000 }, () => 1))).toThrow(RangeError);
  });

  it("minOf and maxOf give the extremes", () => {
    let lo = Infinity, hi = -Infinity;
    for (const v of values) { lo = v < lo ? v : lo; hi = v > hi ? v : hi; }
    expect(minOf(values)).toBe(lo);
    expect(maxOf(values)).toBe(hi);
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([])).toBe(-Infinity);
    expect(minOf([3, Number.NaN, 1])).toBeNaN();
  });

  it("pushAll appends every element in order", () => {
    const target = [1, 2];
    pushAll(target, values);
    expect(target).toHaveLength(200_002);
    expect(target[2]).toBe(values[0]);
    expect(target.at(-1)).toBe(values.at(-1));
  });
});
