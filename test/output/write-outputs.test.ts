import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { convert, writeOutputs, type ConvertOptions, type ConvertResult } from "../../src/index.js";
import { GENERIC_ID_COLUMNS, QUANTITY_COLUMNS, RECORD_COLUMNS } from "../../src/output/csv-columns.js";
import { unescapeCsvField } from "../../src/output/csv.js";
import type { GenericRecord, HyoRecord, RecordsFile } from "../../src/schema/index.js";
import { schemaCommand } from "../../src/schema/schema-command.js";

// Every text-layer fixture (the OCR ones are read end to end by test/ocr/), and one broken text layer with OCR off,
// whose warnings then go through the schema too. Each is converted and written through the library.
const textLayer = [
  ...readdirSync("fixtures/pdf").filter((f) => f.endsWith(".pdf") && !/scan|nounicode/.test(f)).map((f) => path.join("fixtures/pdf", f)),
  ...readdirSync("fixtures/pdf/unit").filter((f) => f.endsWith(".pdf")).map((f) => path.join("fixtures/pdf/unit", f)),
];
const cases: { pdf: string; options: ConvertOptions }[] = [
  ...textLayer.map((pdf) => ({ pdf, options: {} })),
  { pdf: "fixtures/pdf/r2-nounicode.pdf", options: { ocr: "off" } },
];

interface Written { name: string; result: ConvertResult; dir: string; jaDir: string }
const written: Written[] = [];
const root = mkdtempSync(path.join(os.tmpdir(), "hyo-outputs-"));
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), "utf8");

beforeAll(async () => {
  for (const { pdf, options } of cases) {
    const name = path.basename(pdf, ".pdf");
    const result = await convert(new Uint8Array(readFileSync(pdf)), { fileName: `${name}.pdf`, ...options });
    const dir = path.join(root, name), jaDir = path.join(root, `${name}-ja`);
    await writeOutputs(result, dir);
    await writeOutputs(result, jaDir, { csvHeaders: "ja" });
    written.push({ name, result, dir, jaDir });
  }
}, 240_000);

const validator = (name: string) => new Ajv2020({ strict: true, allowUnionTypes: true }).compile(JSON.parse(schemaCommand([name])));

describe("every output of every text-layer fixture validates against its printed schema (ajv)", () => {
  it("records.json, tables.json and convert().quantities", () => {
    const records = validator("records"), tables = validator("tables"), quantities = validator("quantities");
    expect(written.length).toBe(cases.length);
    for (const w of written) {
      expect(records(JSON.parse(read(w.dir, "records.json"))), `${w.name} records.json: ${JSON.stringify(records.errors?.slice(0, 3))}`).toBe(true);
      expect(tables(JSON.parse(read(w.dir, "tables.json"))), `${w.name} tables.json: ${JSON.stringify(tables.errors?.slice(0, 3))}`).toBe(true);
      expect(quantities(w.result.quantities), `${w.name} quantities: ${JSON.stringify(quantities.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it("warnings are data: the broken text layer read with OCR off names each page", () => {
    const file = JSON.parse(read(written.find((w) => w.name === "r2-nounicode")!.dir, "records.json")) as RecordsFile;
    const pages = JSON.parse(read(written.find((w) => w.name === "r2-nounicode")!.dir, "tables.json")).pages as { page: number; textLayer: { verdict: string } }[];
    const broken = pages.filter((p) => p.textLayer.verdict !== "usable").map((p) => p.page);
    expect(broken.length).toBeGreaterThan(0);
    expect(file.warnings.filter((w) => w.code === "ocr/off-unusable-text").map((w) => w.page)).toEqual(broken);
    for (const w of file.warnings) expect(w.messageJa).toMatch(/[ぁ-んァ-ン一-龯]/);
  });

  it("a document broken after writing fails", () => {
    const records = validator("records");
    const file = JSON.parse(read(written[0]!.dir, "records.json")) as { records: { source: { pages: number[] } }[] };
    file.records[0]!.source.pages = [0];
    expect(records(file)).toBe(false);
  });

  it("spans index the field text in UTF-16 code units, end exclusive; bboxes are rounded to 0.01 pt", () => {
    let checked = 0;
    for (const w of written) {
      const file = JSON.parse(read(w.dir, "records.json")) as RecordsFile;
      if (file.profile === "gyosei-kaikaku") for (const r of file.records as HyoRecord[]) {
        for (const [field, qs] of Object.entries(r.quantities)) for (const q of qs) {
          expect((r as unknown as Record<string, string>)[field]!.slice(q.span[0], q.span[1])).toBe(q.raw);
          checked++;
        }
      }
      const tables = JSON.parse(read(w.dir, "tables.json")) as { tables: { cells: { bbox: number[] }[] }[] };
      for (const t of tables.tables) for (const c of t.cells) for (const v of c.bbox) expect(Math.round(v * 100) / 100).toBe(v);
    }
    expect(checked).toBeGreaterThan(100);
  });
});

/** A CSV file as a real CSV parser reads it: BOM dropped, records split at CRLF only, the formula guard undone. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text.endsWith("\r\n")).toBe(true);
  const rows = parse(text, { bom: true, record_delimiter: ["\r\n"], relax_column_count: false }) as string[][];
  return rows.map((r) => r.map(unescapeCsvField));
}

/** A JSON value as the CSV writes it. */
const cell = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

describe("CSV round trip against records.json (csv-parse)", () => {
  it("records.csv: one row per record, every column equal to the record's value; flags as field:code", () => {
    for (const w of written) {
      const file = JSON.parse(read(w.dir, "records.json")) as RecordsFile;
      const [head, ...rows] = parseCsv(read(w.dir, "records.csv"));
      expect(rows, w.name).toHaveLength(file.records.length);
      if (file.profile === "gyosei-kaikaku") {
        expect(head).toEqual(RECORD_COLUMNS.map((c) => c.en));
        (file.records as HyoRecord[]).forEach((r, i) => {
          const row = Object.fromEntries(head!.map((h, k) => [h, rows[i]![k]!]));
          for (const c of RECORD_COLUMNS.filter((x) => x.en !== "flags")) expect(row[c.en], `${w.name} ${r.id} ${c.en}`).toBe(cell(r[c.en as keyof HyoRecord]));
          const flags = row.flags === "" ? [] : row.flags!.split(";").map((p) => {
            const at = p.lastIndexOf(":");
            return at < 0 ? { code: p } : { field: p.slice(0, at), code: p.slice(at + 1) };
          });
          expect(flags).toEqual(r.flags.map((f) => (f.field === undefined ? { code: f.code } : { field: f.field, code: f.code })));
        });
      } else {
        const recs = file.records as GenericRecord[];
        const n = GENERIC_ID_COLUMNS.length;
        expect(head!.slice(0, n)).toEqual(GENERIC_ID_COLUMNS.map((c) => c.en));
        recs.forEach((r, i) => {
          expect(rows[i]!.slice(0, n)).toEqual(GENERIC_ID_COLUMNS.map((c) => cell(c.value(r))));
          head!.slice(n).forEach((key, k) => expect(rows[i]![k + n], `${w.name} ${r.id} ${key}`).toBe(r.fields[key] ?? ""));
        });
      }
    }
  });

  it("quantities.csv: one row per quantity of records.json, numbers and booleans as written there", () => {
    let rowsChecked = 0;
    for (const w of written) {
      const file = JSON.parse(read(w.dir, "records.json")) as RecordsFile;
      if (file.profile !== "gyosei-kaikaku") continue;
      const expected = (file.records as HyoRecord[]).flatMap((r) => Object.entries(r.quantities).flatMap(([field, qs]) => qs.map((q) => [
        r.id, field, cell(q.label), q.raw, cell(q.value), q.unit, cell(q.multiplier), cell(q.normalized.value), q.normalized.unit,
        cell(q.comparator), cell(q.negative), cell(q.span[0]), cell(q.span[1]),
      ])));
      const [head, ...rows] = parseCsv(read(w.dir, "quantities.csv"));
      expect(head).toEqual(QUANTITY_COLUMNS.map((c) => c.en));
      expect(rows, w.name).toEqual(expected);
      rowsChecked += rows.length;
    }
    expect(rowsChecked).toBeGreaterThan(500);
  });

  it("a lone - (no value) is written as -, so loaders get it unchanged", () => {
    const lines = read(written.find((w) => w.name === "r2-lines")!.dir, "records.csv").split("\r\n");
    expect(lines.some((l) => l.includes(",-,"))).toBe(true);
    expect(lines.some((l) => l.includes(",'-,"))).toBe(false);
  });

  it("--csv-headers ja: Japanese column names over the same rows", () => {
    for (const w of written) {
      for (const file of ["records.csv", "quantities.csv"]) {
        const names = readdirSync(w.dir);
        if (!names.includes(file)) continue;
        const [en, ...enRows] = parseCsv(read(w.dir, file));
        const [ja, ...jaRows] = parseCsv(read(w.jaDir, file));
        expect(jaRows).toEqual(enRows);
        const columns = file === "quantities.csv" ? QUANTITY_COLUMNS : w.result.profile === "gyosei-kaikaku" ? RECORD_COLUMNS : GENERIC_ID_COLUMNS;
        expect(ja!.slice(0, columns.length)).toEqual(columns.map((c) => c.ja));
        expect(ja!.slice(columns.length)).toEqual(en!.slice(columns.length));
      }
    }
    const head = read(written.find((w) => w.name === "r2-lines")!.jaDir, "records.csv").split("\r\n")[0]!;
    expect(head).toContain("基本方針,取組の方向性,取組項目");
    expect(head).toContain("取組達成度");
  });
});
