import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { readToUnicodeBcmap } from "./bcmap.js";

const require = createRequire(import.meta.url);

/** Character collections whose CID → Unicode table pdfjs-dist ships (cmaps/<Registry>-<Ordering>-UCS2.bcmap). */
export type Collection = "Adobe-Japan1";

const tables = new Map<Collection, ReadonlyMap<number, string>>();

/**
 * CID → Unicode of a character collection, read from the installed pdfjs-dist (never fetched) on first use and
 * kept for the process: Adobe-Japan1's is ~20,000 entries, read in a few milliseconds.
 */
export function collectionToUnicode(collection: Collection): ReadonlyMap<number, string> {
  let table = tables.get(collection);
  if (!table) {
    const dir = path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "cmaps");
    table = readToUnicodeBcmap(readFileSync(path.join(dir, `${collection}-UCS2.bcmap`)));
    tables.set(collection, table);
  }
  return table;
}
