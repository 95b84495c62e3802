/**
 * The TypeScript scorer against the reference Python scorer, on the fixtures: expected.json holds what
 * score_icdar.py printed for each option set (scripts/bench/record-icdar-expected.ts regenerates it).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parseScoreArgs } from "../../../scripts/bench/scorer/icdar/args.js";
import { formatJson, formatReport } from "../../../scripts/bench/scorer/icdar/report.js";
import { IcdarInputError, scoreIcdar } from "../../../scripts/bench/scorer/icdar/score-icdar.js";

const GT_DIR = fileURLToPath(new URL("../../../fixtures/icdar/", import.meta.url));
const PRED_DIR = path.join(GT_DIR, "pred");

interface PythonDoc {
  readonly doc: string;
  readonly gt_variant: string;
  readonly missing_pred: boolean;
  readonly [count: string]: unknown;
}
interface PythonRun {
  readonly args: readonly string[];
  readonly json: { readonly per_doc: readonly PythonDoc[]; readonly [key: string]: unknown };
  readonly text: readonly string[];
}
const expected = JSON.parse(readFileSync(path.join(GT_DIR, "expected.json"), "utf8")) as { readonly runs: readonly PythonRun[] };

describe.each(expected.runs.map((run) => ({ ...run, name: run.args.join(" ") || "(defaults)" })))("fixtures, score_icdar.py $name", (run) => {
  const { options } = parseScoreArgs([GT_DIR, PRED_DIR, ...run.args]);
  const result = scoreIcdar(GT_DIR, PRED_DIR, options);
  const python = run.json;

  it("scores every document as Python does: variant, tables, tp / fp / fn, P / R / F1", () => {
    expect(result.perDoc.map((d) => [d.doc, d.gtVariant, d.missingPred, d.gtTables, d.predTables, d.matched, d.tp, d.fp, d.fn, d.p, d.r, d.f1])).toEqual(
      python.per_doc.map((d) => [d.doc, d.gt_variant, d.missing_pred, d["gt_tables"], d["pred_tables"], d["matched"], d["tp"], d["fp"], d["fn"], d["p"], d["r"], d["f1"]]),
    );
  });

  it("sums up as Python does: micro, document mean, tables", () => {
    expect({ docs: result.docs, missing_pred: result.missingPred, ...result.micro, ...result.tables, ...result.docMean }).toEqual({
      docs: python["docs"],
      missing_pred: python["missing_pred"],
      tp: python["tp"],
      fp: python["fp"],
      fn: python["fn"],
      ...(python["micro"] as object),
      gt: python["gt_tables"],
      pred: python["pred_tables"],
      matched: python["matched"],
      p: (python["per_doc_mean"] as { p: number }).p,
      r: (python["per_doc_mean"] as { r: number }).r,
      f1: (python["per_doc_mean"] as { f1_of_means: number }).f1_of_means,
      meanF1: (python["per_doc_mean"] as { mean_f1: number }).mean_f1,
    });
  });

  it("prints Python's --per-doc report line for line and the same --json document", () => {
    expect(formatReport(result, true).split("\n")).toEqual(run.text);
    expect(JSON.parse(formatJson(result))).toEqual(python);
  });
});

describe("scoreIcdar", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "icdar-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("keeps the better ground-truth variant and reads the prediction named after the document first", () => {
    const eu009 = scoreIcdar(GT_DIR, PRED_DIR).perDoc.find((d) => d.doc === "eu-009a");
    // pred/eu-009b.json would be a perfect score; pred/eu-009.json (one altered text) is the one read
    expect(eu009).toMatchObject({ gtVariant: "eu-009b", missingPred: false });
    expect(eu009?.f1).toBeLessThan(1);
  });

  it("scores a document without prediction file as nothing found", () => {
    expect(scoreIcdar(GT_DIR, PRED_DIR).perDoc.find((d) => d.doc === "eu-005")).toMatchObject({ missingPred: true, tp: 0, fp: 0, p: 0, r: 0, f1: 0 });
  });

  it("stops with Python's messages on missing folders", () => {
    expect(() => scoreIcdar(scratch, PRED_DIR)).toThrow(new IcdarInputError(`no *-str.xml in ${scratch}`));
    expect(() => scoreIcdar(GT_DIR, path.join(scratch, "none"))).toThrow(new IcdarInputError(`no directory ${path.join(scratch, "none")}`));
  });

  it("names the prediction file it cannot read", () => {
    writeFileSync(path.join(scratch, "eu-001.json"), '{"tables": [{"cells": [{"row": 0}]}]}');
    expect(() => scoreIcdar(GT_DIR, scratch)).toThrow(`${path.join(scratch, "eu-001.json")}: not a valid prediction file (Error: tables[0].cells[0] lacks row or col)`);
  });
});

describe("parseScoreArgs", () => {
  it("reads score_icdar.py's options, defaults included", () => {
    expect(parseScoreArgs(["g", "p", "--match=iou", "--min-overlap", "0.3", "--no-gap", "--json"])).toEqual({
      gtDir: "g",
      predDir: "p",
      options: { mode: "regions", match: "iou", minOverlap: 0.3, norm: "official", gap: false },
      perDoc: false,
      json: true,
    });
  });

  it.each([[["g"]], [["g", "p", "x"]], [["g", "p", "--norm", "lower"]], [["g", "p", "--min-overlap", "half"]], [["g", "p", "--fast"]]])(
    "rejects %j",
    (argv) => {
      expect(() => parseScoreArgs(argv)).toThrow();
    },
  );
});
