/**
 * The bench's peer-suites section alone (a minute instead of the whole bench):
 *   npx tsx scripts/bench/run-peer-suites.ts [root]   (root: the folder holding camelot-tests/, pdfplumber-tests/
 *                                                     and icdar2013-eu/; default ../shared/bench)
 */
import { benchPeerSuites, formatPeerSuites } from "./peer-suites.js";

const root = process.argv[2] ?? "../shared/bench";
const result = await benchPeerSuites(root, `${root}/icdar2013-eu`);
console.log(formatPeerSuites(result));
