import { describe, expect, it } from "vitest";
import { floatRepr, formatFixed, PyFloat, pythonJson, roundHalfEven } from "../../../scripts/bench/scorer/icdar/python-format.js";

// expected strings are Python's format(x, ".Nf"), round(x, 3), repr(x) and json.dumps(..., indent=1)
describe("formatFixed", () => {
  it("rounds exact binary ties to even, as Python (JS toFixed rounds them up)", () => {
    expect(formatFixed(0.03125, 4)).toBe("0.0312");
    expect(formatFixed(0.09375, 4)).toBe("0.0938");
    expect(formatFixed(0.0625, 3)).toBe("0.062");
    expect(formatFixed(0.125, 2)).toBe("0.12");
    expect(formatFixed(0.375, 2)).toBe("0.38");
    expect(formatFixed(2.5, 0)).toBe("2");
    expect(formatFixed(0.25, 1)).toBe("0.2");
  });

  it("rounds everything else to nearest", () => {
    expect(formatFixed(1 / 3, 4)).toBe("0.3333");
    expect(formatFixed(0.00005, 4)).toBe("0.0001"); // 0.00005 is a hair above the tie in binary
    expect(formatFixed(1, 3)).toBe("1.000");
    expect(formatFixed(0, 1)).toBe("0.0");
  });

  it("round(x, 3)", () => {
    expect(roundHalfEven(2.0625, 3)).toBe(2.062);
    expect(roundHalfEven(1.2345678, 3)).toBe(1.235);
  });
});

describe("floatRepr", () => {
  it.each([
    [1, "1.0"],
    [0, "0.0"],
    [0.5, "0.5"],
    [0.1 + 0.2, "0.30000000000000004"],
    [0.0001, "0.0001"],
    [0.00001, "1e-05"],
    [1.5e-7, "1.5e-07"],
    [1e15, "1000000000000000.0"],
    [1e16, "1e+16"],
    [123456789012345680000, "1.2345678901234568e+20"],
  ])("%d → %s", (x, repr) => {
    expect(floatRepr(x)).toBe(repr);
  });
});

describe("pythonJson", () => {
  it("lays out like json.dumps(indent=1) and prints floats as Python does", () => {
    const value = { a: 1, b: new PyFloat(1), c: [new PyFloat(0.5), "x\"é", true, null], d: [], e: {} };
    expect(pythonJson(value)).toBe('{\n "a": 1,\n "b": 1.0,\n "c": [\n  0.5,\n  "x\\"é",\n  true,\n  null\n ],\n "d": [],\n "e": {}\n}');
  });
});
