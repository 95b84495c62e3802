import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// Runs the compiled CLI as a user does (`npm test` builds dist/ first, see the pretest script).
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)("node", ["dist/cli.js", ...args], { maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "hyo-cli-"));

describe("hyo convert on bad input: one clear line, exit 2", () => {
  const dir = tmp();
  const notPdf = path.join(dir, "notes.pdf");
  writeFileSync(notPdf, "<html><body>404 Not Found</body></html>");
  const truncated = path.join(dir, "truncated.pdf");
  const full = readFileSync("fixtures/pdf/r2-lines.pdf");
  writeFileSync(truncated, full.subarray(0, full.length >> 1));
  const empty = path.join(dir, "empty.pdf");
  writeFileSync(empty, "");
  const png = path.join(dir, "scan.pdf");
  writeFileSync(png, Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex"));
  const text = path.join(dir, "text.pdf");
  writeFileSync(text, "令和2年度 取組結果\n(本文はありません)\n");
  const zeroPages = path.join(dir, "zero-pages.pdf");
  writeFileSync(zeroPages, "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
  const badXref = path.join(dir, "bad-xref.pdf");
  writeFileSync(badXref, Buffer.from(full.toString("latin1").replace(/xref[\s\S]*$/, "xref\n0 3\ngarbage garbage\ntrailer<</Root 99 0 R>>\nstartxref\n12\n%%EOF\n"), "latin1"));

  it.each([
    ["a missing file", path.join(dir, "nope.pdf"), /no such file/],
    ["an empty file", empty, /empty/],
    ["not a PDF (HTML saved as .pdf)", notPdf, /not a PDF/],
    ["not a PDF (PNG)", png, /not a PDF/],
    ["not a PDF (text)", text, /not a PDF/],
    ["a PDF with zero pages", zeroPages, /no pages|cannot be read/],
    ["a corrupted cross-reference table", badXref, /cannot be read|no table found/],
    ["a truncated PDF", truncated, /cannot be read|no table found/],
    ["an encrypted PDF", "fixtures/bad/encrypted.pdf", /encrypted.*--password/],
    ["a PDF with no table", "fixtures/bad/no-table.pdf", /no table found/],
  ])("%s", async (_what, file, message) => {
    const out = tmp();
    const r = await run("convert", file, "--out", out);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n").filter((l) => !/: page \d+\//.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("opens an encrypted PDF with --password (and then says it has no table)", async () => {
    const r = await run("convert", "fixtures/bad/encrypted.pdf", "--password", "hyo-secret", "--out", tmp());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no table found/);
  });

  it("converts a table that matches no profile with the generic profile and says so", async () => {
    const out = tmp();
    const r = await run("convert", "fixtures/pdf/unit/header-repeat.pdf", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: no profile matched the table headers; the generic profile was used/);
    const records = JSON.parse(readFileSync(path.join(out, "header-repeat", "records.json"), "utf8"));
    expect(records.profile).toBe("generic");
    expect(records.records[0].fields["品目"]).toBeTruthy();
    expect(records.warnings).toEqual([expect.objectContaining({ code: "profile/generic-fallback", severity: "info", messageJa: expect.stringContaining("汎用プロファイル") })]);
  });

  it("rejects an unknown option", async () => {
    const r = await run("convert", "fixtures/pdf/r2-lines.pdf", "--frobnicate");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option --frobnicate/);
  });

  it.each([
    [["--out", "--debug"], /--out needs a value/],
    [["--out"], /--out needs a value/],
    [["--csv-headers", "fr"], /--csv-headers takes en or ja/],
    [["--jobs", "--verbose"], /--jobs needs a value/],
  ])("an option's value is never the next option: %j", async (opts, message) => {
    const cwd = tmp();
    const r = await promisify(execFile)("node", [path.resolve("dist/cli.js"), "convert", path.resolve("fixtures/pdf/r2-lines.pdf"), ...opts], { cwd }).catch((e) => e as { code: number; stderr: string });
    expect(r).toMatchObject({ code: 2, stderr: expect.stringMatching(message) });
    expect(readdirSync(cwd)).toEqual([]); // no folder named --debug, no output/
  });
});

describe("hyo convert on the sample", () => {
  it("writes records.json, records.csv, quantities.csv and tables.json with progress on stderr", async () => {
    const out = tmp();
    const r = await run("convert", "fixtures/pdf/r2-lines.pdf", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/page 1\//);
    const records = JSON.parse(readFileSync(path.join(out, "r2-lines", "records.json"), "utf8"));
    expect(records.records).toHaveLength(37);
    expect(records.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    const csv = readFileSync(path.join(out, "r2-lines", "records.csv"), "utf8");
    expect(csv.split("\r\n")[0]).toContain("id,key,basicPolicyNo,basicPolicy");
    expect(existsSync(path.join(out, "r2-lines", "tables.json"))).toBe(true);
    expect(readFileSync(path.join(out, "r2-lines", "quantities.csv"), "utf8")).toContain("1-①-1,done,実質公債費比率,3.7%,3.7,%");
  });

  it("lists the schemas, prints each one's JSON Schema with the file's shape at its top level, refuses an unknown name", async () => {
    const list = await run("schema");
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split("\n")).toEqual(["records", "tables", "quantities", "corrections", "compare", "profile"]);
    const r = await run("schema", "records");
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$id).toMatch(/^urn:hyo:schema:records:\d+\.\d+\.\d+$/);
    // One branch per profile, told apart by `profile`, each with the file's contract fields.
    const branches = schema.oneOf as { properties: Record<string, { const?: string; items?: { required: string[] } }>; required: string[] }[];
    expect(branches.map((b) => b.properties.profile!.const)).toEqual(["gyosei-kaikaku", "generic"]);
    for (const b of branches) expect(b.required).toEqual(["schemaVersion", "profile", "source", "document", "records", "warnings"]);
    expect(branches[0]!.properties.records!.items!.required).toEqual(expect.arrayContaining(["id", "basicPolicy", "topic", "item", "target", "done", "grade", "quantities", "flags", "needsReview", "source"]));
    expect(branches[1]!.properties.records!.items!.required).toEqual(expect.arrayContaining(["fields", "source"]));
    const unknown = await run("schema", "recrods");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split("\n")).toHaveLength(1);
    expect(unknown.stderr).toContain('unknown schema "recrods"');
  });
});

describe("hyo --help", () => {
  const OPTIONS = ["--out", "--profile", "--ocr", "--jobs", "--password", "--corrections", "--force-corrections", "--csv-headers", "--no-report", "--report-images", "--debug", "--verbose", "--limit"];

  it.each([[["--help"]], [["convert", "--help"]], [["-h"]]])("%j describes every option and gives examples", async (args) => {
    const r = await run(...args);
    expect(r.code).toBe(0);
    for (const o of OPTIONS) expect(r.stdout).toMatch(new RegExp(`^  ${o}\\b.*\\S.{10,}`, "m"));
    expect(r.stdout).toMatch(/Examples:\n  hyo convert /);
  });

  it("hyo schema --help says what each schema is", async () => {
    const r = await run("schema", "--help");
    expect(r.code).toBe(0);
    for (const name of ["records", "tables", "quantities", "corrections", "compare"]) expect(r.stdout).toContain(name);
  });

  it("the bin says to build when dist/ is missing", async () => {
    const clone = tmp();
    mkdirSync(path.join(clone, "bin"));
    copyFileSync("bin/hyo.js", path.join(clone, "bin", "hyo.js"));
    copyFileSync("package.json", path.join(clone, "package.json"));
    const r = await promisify(execFile)("node", [path.join(clone, "bin", "hyo.js"), "--help"]).catch((e) => e as { code: number; stderr: string });
    expect(r).toMatchObject({ code: 2, stderr: "hyo: not built yet: run npm run build (npm install and npm ci build it too)\n" });
  });
});
