import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { CalcTruth } from "../../scripts/calc/truth.js";
import type { GenericRecord } from "../../src/schema/index.js";
import { squash } from "./calc-truth.js";

const cli = (...args: string[]) => promisify(execFile)("node", ["dist/cli.js", ...args]).then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => e);
const tmp = mkdtempSync(path.join(os.tmpdir(), "hyo-profile-"));

/** The example profile exactly as the README shows it (the JSON block after <!-- profile-example -->). */
function readmeProfile(): string {
  const readme = readFileSync("README.md", "utf8");
  const m = /<!-- profile-example -->\s*```json\n([\s\S]*?)```/u.exec(readme);
  if (!m) throw new Error("README has no profile example");
  return m[1]!;
}

/** Which truth column the README's example names each field after. */
const TRUTH_COLUMN: Record<string, string> = {
  no: "番号", name: "事業名", division: "担当課", costPrevious: "事業費（千円） / 令和4年度決算", costCurrent: "事業費（千円） / 令和5年度決算",
  costChange: "事業費（千円） / 増減", indicator: "成果指標", target: "目標値", actual: "実績値", rate: "達成率（%）", grade: "評価", direction: "今後の方向性",
};

describe("a profile file written from the README for a new layout", () => {
  const truth = JSON.parse(readFileSync("fixtures/calc/calc-jimu-jigyo.truth.json", "utf8")) as CalcTruth;
  let records: GenericRecord[];
  let file: { profile: string; profileName?: string; warnings: string[]; records: unknown[]; tables: { columns: { key: string; type: string; unitFrom: string | null }[] }[] };
  beforeAll(async () => {
    const profile = path.join(tmp, "jimu-jigyo.json");
    writeFileSync(profile, readmeProfile());
    const r = await cli("convert", "fixtures/pdf/calc-jimu-jigyo.pdf", "--profile", profile, "--out", tmp);
    expect(r.code).toBe(0);
    file = JSON.parse(readFileSync(path.join(tmp, "calc-jimu-jigyo", "records.json"), "utf8"));
    records = file.records as unknown as GenericRecord[];
  }, 60_000);

  it("keys every record by the profile's fields and ids it by 番号", () => {
    expect(file.profileName).toBe("jimu-jigyo-hyoka");
    expect(file.warnings.join("\n")).not.toMatch(/does not apply|no profile matched/);
    expect(Object.keys(records[0]!.fields)).toEqual(Object.keys(TRUTH_COLUMN));
    expect(records).toHaveLength(truth.records.length);
    truth.records.forEach((t, i) => {
      for (const [field, col] of Object.entries(TRUTH_COLUMN)) expect(squash(records[i]!.fields[field]!)).toBe(squash(t.fields[col]!));
      if (!t.total) expect(records[i]!.id).toBe(t.fields["番号"]);
    });
    expect(file.tables[0]!.columns.find((c) => c.key === "rate")).toMatchObject({ type: "percent", unitFrom: "profile" });
  });

  it("types the values with the profile's units, the same as the truth", () => {
    truth.records.forEach((t, i) => {
      for (const [field, col] of Object.entries(TRUTH_COLUMN)) {
        const v = t.values[col];
        if (!v) continue;
        if ("noValue" in v) expect(records[i]!.noValue![field]).toBe(v.noValue);
        else expect(records[i]!.quantities![field]![0]).toMatchObject({ value: v.value, multiplier: v.multiplier, negative: v.negative, normalized: v.normalized });
      }
    });
    expect(records[0]!.quantities!.costChange![0]!.unitFrom).toBe("profile");
  });

  it("stops on a bad profile with one line naming the bad key (exit 2)", async () => {
    const bad = path.join(tmp, "bad.json");
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(readmeProfile()), requiredFields: ["no", "cost"] }));
    const r = await cli("convert", "fixtures/pdf/calc-jimu-jigyo.pdf", "--profile", bad, "--out", tmp);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/requiredFields\.1: "cost" is not one of the fields/);
  });

  it("prints the profile file's JSON Schema", async () => {
    const r = await cli("schema", "profile");
    const schema = JSON.parse(r.stdout);
    expect(schema.required).toEqual(expect.arrayContaining(["name", "kind", "fields", "requiredFields"]));
    expect(schema.properties.fields.items.properties.type.enum).toContain("percent");
  });
});
