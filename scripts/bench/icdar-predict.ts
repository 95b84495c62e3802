/**
 * Predictions for the ICDAR 2013 table competition (whole pages: hyo finds the tables itself), one JSON per
 * PDF in the format of the reference scorer (score_icdar.py) and of `npx tsx scripts/bench/score-icdar.ts`.
 *
 *   npx tsx scripts/bench/icdar-predict.ts <icdar dir> <out dir>
 */
import { predictIcdar } from "./icdar.js";

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error("usage: npx tsx scripts/bench/icdar-predict.ts <icdar dir> <out dir>");
  process.exit(2);
}
await predictIcdar(dir, out, (line) => console.log(line));
