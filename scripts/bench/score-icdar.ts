/**
 * ICDAR 2013 Table Competition structure score, in TypeScript; same arguments and output as
 * /work/shared/bench/score_icdar.py (the --json document and the SUMMARY line agree character for character).
 *
 *   npx tsx scripts/bench/score-icdar.ts GT_DIR PRED_DIR [--mode regions|document] [--match content|gt|iou]
 *       [--min-overlap 0.5] [--norm official|ws|nows|nfkc] [--no-gap] [--per-doc] [--json]
 */
import { parseScoreArgs, USAGE, type ScoreArgs } from "./scorer/icdar/args.js";
import { formatJson, formatReport } from "./scorer/icdar/report.js";
import { IcdarInputError, scoreIcdar } from "./scorer/icdar/score-icdar.js";

let args: ScoreArgs;
try {
  args = parseScoreArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${USAGE}\nerror: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
try {
  const result = scoreIcdar(args.gtDir, args.predDir, args.options);
  console.log(args.json ? formatJson(result) : formatReport(result, args.perDoc));
} catch (error) {
  if (!(error instanceof IcdarInputError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}
