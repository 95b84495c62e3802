/** The report of score_icdar.py: its text lines (--per-doc) and its --json document. */
import { formatFixed, PyFloat, pythonJson, roundHalfEven, type PyJson } from "./python-format.js";
import type { DocScore, IcdarResult } from "./score.js";

export function formatDocLine(d: DocScore): string {
  return (
    `${d.doc.padEnd(8)} gt=${d.gtVariant.padEnd(8)} tables ${d.matched}/${d.gtTables} (pred ${String(d.predTables).padStart(2)})  ` +
    `tp=${String(d.tp).padStart(4)} fp=${String(d.fp).padStart(4)} fn=${String(d.fn).padStart(4)}  ` +
    `P=${formatFixed(d.p, 3)} R=${formatFixed(d.r, 3)} F1=${formatFixed(d.f1, 3)}` +
    (d.missingPred ? "  [no prediction]" : "")
  );
}

export function formatSummaryLine(result: IcdarResult): string {
  const { options, micro, docMean, tables } = result;
  const f4 = (x: number): string => formatFixed(x, 4);
  return (
    `SUMMARY docs=${result.docs} tables gt=${tables.gt} pred=${tables.pred} matched=${tables.matched} ` +
    `rels tp=${micro.tp} fp=${micro.fp} fn=${micro.fn} micro P=${f4(micro.p)} R=${f4(micro.r)} F1=${f4(micro.f1)} ` +
    `docmean P=${f4(docMean.p)} R=${f4(docMean.r)} F1(means)=${f4(docMean.f1)} meanF1=${f4(docMean.meanF1)} ` +
    `[${options.mode} match=${options.match} norm=${options.norm}${options.gap ? "+gap" : ""}] time=${formatFixed(result.elapsedS, 1)}s`
  );
}

/** The text report: a line per document when perDoc, then the SUMMARY line. */
export function formatReport(result: IcdarResult, perDoc: boolean): string {
  return [...(perDoc ? result.perDoc.map(formatDocLine) : []), formatSummaryLine(result)].join("\n");
}

/** The --json document with Python's keys, key order and int/float distinction. */
export function toPythonShape(result: IcdarResult): PyJson {
  const { options, micro, docMean, tables } = result;
  return {
    mode: options.mode,
    match: options.match,
    min_overlap: new PyFloat(options.minOverlap),
    norm: options.norm,
    gap: options.gap,
    docs: result.docs,
    missing_pred: result.missingPred,
    tp: micro.tp,
    fp: micro.fp,
    fn: micro.fn,
    gt_tables: tables.gt,
    pred_tables: tables.pred,
    matched: tables.matched,
    micro: { p: new PyFloat(micro.p), r: new PyFloat(micro.r), f1: new PyFloat(micro.f1) },
    per_doc_mean: { p: new PyFloat(docMean.p), r: new PyFloat(docMean.r), f1_of_means: new PyFloat(docMean.f1), mean_f1: new PyFloat(docMean.meanF1) },
    elapsed_s: new PyFloat(roundHalfEven(result.elapsedS, 3)),
    per_doc: result.perDoc.map((d) => ({
      tp: d.tp,
      fp: d.fp,
      fn: d.fn,
      gt_tables: d.gtTables,
      pred_tables: d.predTables,
      matched: d.matched,
      p: new PyFloat(d.p),
      r: new PyFloat(d.r),
      f1: new PyFloat(d.f1),
      doc: d.doc,
      gt_variant: d.gtVariant,
      missing_pred: d.missingPred,
    })),
  };
}

/** What `score_icdar.py --json` prints. */
export function formatJson(result: IcdarResult): string {
  return pythonJson(toPythonShape(result));
}
