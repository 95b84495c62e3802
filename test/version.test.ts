import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { HYO_VERSION } from "../src/version.js";

it("src/version.ts says the version package.json says", () => {
  expect(HYO_VERSION).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
});
