import { describe, expect, it } from "vitest";
import { EXIT_CODE, runFuzz } from "../scripts/fuzz/run-fuzz.js";
import { FUZZ_SEEDS } from "../scripts/fuzz/seeds.js";

// Runs against the built dist/ (npm test builds it first, see the pretest script).
describe("mutation fuzzing (300 seeded cases)", () => {
  it("never hangs or crashes: every case ends as ok, bad input (exit 2) or a reported internal error (exit 1)", async () => {
    const results = await runFuzz({ cases: 300, seed: 20261124, timeoutMs: 20_000, seeds: FUZZ_SEEDS });
    expect(results).toHaveLength(300);
    const failures = results.filter((r) => EXIT_CODE[r.outcome] === null).map((r) => `${r.id} seed ${r.seed} ${r.kind}: ${r.outcome} ${r.message ?? ""}`);
    expect(failures).toEqual([]);
    // The mutations must actually bite: a fuzzer whose every case converts fine tests nothing.
    expect(results.filter((r) => r.outcome !== "ok").length).toBeGreaterThan(30);
  }, 300_000);
});
