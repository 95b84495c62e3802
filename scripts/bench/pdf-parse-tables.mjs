// pdf-parse's table extraction on one PDF, in a process of its own (as hyo is run): its own pdfjs-dist copy
// (5.4) cannot share a process with hyo's (5.6). Prints {cells: string[]} as JSON on stdout.
import { readFileSync } from "node:fs";
import { PDFParse } from "pdf-parse";

const parser = new PDFParse({ data: new Uint8Array(readFileSync(process.argv[2])) });
try {
  const result = await parser.getTable();
  const cells = result.pages.flatMap((p) => p.tables.flatMap((t) => t.flatMap((row) => row.map(String))));
  process.stdout.write(JSON.stringify({ cells }));
} finally {
  await parser.destroy();
}
