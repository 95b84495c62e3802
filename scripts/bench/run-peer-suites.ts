/**
 * The bench's peer-suites section alone (a minute instead of the whole bench):
 *   npx tsx scripts/bench/run-peer-suites.ts [root]   (root: the folder holding camelot-tests/ and pdfplumber-tests/)
 */
import { benchPeerSuites, formatPeerSuites } from "./peer-suites.js";

const result = await benchPeerSuites(process.argv[2] ?? "../shared/bench");
console.log(formatPeerSuites(result));
