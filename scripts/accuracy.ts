/**
 * Field exact-match of each truth fixture's extraction, with the differing fields listed; "silent" counts the
 * wrong fields whose record says it needs no review (the worst outcome: wrong data that looks fine).
 *
 *   npx tsx scripts/accuracy.ts [fixture ...]     (default: r2-lines r2-rects r2-a4)
 */
import { readFileSync } from "node:fs";
import { scoreAgainstTruth, TRUTH_FIELDS, type TruthRow } from "./bench/scorer/truth-accuracy.js";
import { convert } from "../src/index.js";
import type { HyoRecord } from "../src/schema/index.js";

const FIELDS = TRUTH_FIELDS;
const truth = JSON.parse(readFileSync("fixtures/gyosei-kaikaku-r2.truth.json", "utf8")) as { rows: Record<string, unknown>[] };
const names = process.argv.slice(2).length ? process.argv.slice(2) : ["r2-lines", "r2-rects", "r2-a4"];

for (const name of names) {
  const started = performance.now();
  const result = await convert(new Uint8Array(readFileSync(`fixtures/pdf/${name}.pdf`)), { fileName: `${name}.pdf` });
  const ms = performance.now() - started;
  const recs = result.records as HyoRecord[];
  let total = 0, same = 0, silent = 0;
  truth.rows.forEach((t, i) => {
    for (const f of FIELDS) {
      total++;
      const got = recs[i]?.[f];
      if (got === t[f]) { same++; continue; }
      const flagged = recs[i]?.flags.some((fl) => fl.field === f && fl.severity !== "info") ?? false;
      if (recs[i] && !recs[i]!.needsReview) silent++;
      console.log(`  ${name} row ${i + 1} ${f}${flagged ? " (flagged)" : recs[i]?.needsReview ? " (record flagged)" : " (SILENT)"}\n    got : ${JSON.stringify(got)}\n    want: ${JSON.stringify(t[f])}`);
    }
  });
  const scored = scoreAgainstTruth(recs, truth.rows as unknown as TruthRow[]);
  const rate = (a: number, b: number) => `${a}/${b}`;
  console.log(`${name}: ${recs.length}/${truth.rows.length} records (${scored.records.found} by id), ${same}/${total} fields exact (${((100 * same) / total).toFixed(2)}%), CER ${(100 * scored.cer.rate).toFixed(2)}%, signs ${rate(scored.signs.right, scored.signs.total)}, ${silent} wrong silently, ${ms.toFixed(0)} ms`);
}
