/** The text of `hyo --help` and `hyo convert --help` / `hyo schema --help`: every option, what it does, examples. */

const HEAD = "hyo — Japanese municipal table PDFs → structured, reviewable data";

const OPTIONS = `Convert options:
  --out DIR              folder the <name>/ folders go into (default: output)
  --profile NAME|FILE    record layout: auto (default; gyosei-kaikaku when the header matches, else generic),
                         gyosei-kaikaku (行政改革実施計画 取組結果; exit 2 if no table matches), generic (one record per row),
                         or a profile file FILE.json of your own (a bad key: exit 2; hyo schema profile)
  --ocr MODE             auto (default): OCR the pages whose text layer is missing (scans) or broken (mojibake);
                         force: OCR every page; off: never (a warning names each page left unreadable)
  --jobs N               files converted at once (default: the cores, at most 4)
  --password P           password of an encrypted PDF (a value starting with "-" is written --password=-P)
  --corrections FILE     apply corrections.json exported from review.html to the PDF it was made for
                         (matched by SHA-256; another PDF: exit 2; hyo schema corrections)
  --force-corrections    apply --corrections to any PDF given
  --csv-headers en|ja    CSV header row: field names (en, default) or Japanese column names (ja: ID, 基本方針, 取組達成度 …)
  --no-report            do not write review.html
  --report-images WHICH  cell images in review.html: flagged (default; the records that need review) or all
  --debug                also write debug/pNNNN-grid.png per page: cells, rules, intersections, text runs
  --verbose              print the stack trace of an internal error
  --limit NAME=N,...     change a per-file budget (a file over one stops with exit 2, a page over one is skipped
                         with a warning): file-mb, memory-mb, time-s, stream-mb, decoded-mb, cmap-codes, image-mp,
                         page-ops, page-segments, depth, ocr-pages (README: Robustness)`;

const CONVERT = `Usage: hyo convert <file.pdf|folder>... [options]

Converts each PDF (a folder: every PDF in it, recursively) and writes <out>/<name>/:
  records.json    the records, validated (hyo schema records)
  records.csv     one row per record (UTF-8 with BOM, CRLF)
  quantities.csv  one row per number of every record field (hyo schema quantities)
  tables.json     every table with its cells, bbox in PDF points from the page's top-left (hyo schema tables)
  review.html     a self-contained report to check the flagged records

${OPTIONS}

Examples:
  hyo convert report.pdf                            → output/report/…
  hyo convert pdfs/ --out data --jobs 2             every PDF in pdfs/ → data/<name>/…
  hyo convert report.pdf --csv-headers ja           Japanese CSV headers
  hyo convert scan.pdf --ocr force --no-report      read every page by OCR, no report
  hyo convert report.pdf --corrections corrections.json
  hyo convert jigyo.pdf --profile my-table.json     a table read with a profile file of your own
  hyo convert big.pdf --limit time-s=1800,file-mb=1024  a larger, slower file than the defaults allow

Progress and warnings go to stderr. Exit codes: 0 ok; 2 bad input or options (one line on stderr);
1 an internal error, or a failed file in a batch of several (the others are still converted).`;

const SCHEMA = `Usage: hyo schema [NAME]

Without NAME: lists the schema names, one a line. With NAME: prints that JSON Schema (draft 2020-12), whose top
level is the shape of the file: records (records.json), tables (tables.json), quantities (the rows of
quantities.csv as JSON, convert().quantities), corrections (corrections.json), compare (compare.json of hyo compare),
profile (a --profile FILE.json). An unknown name exits 2.

Examples:
  hyo schema                                  records, tables, quantities, corrections, compare, profile
  hyo schema records > records.schema.json    validate records.json with any JSON Schema validator
  hyo schema profile > profile.schema.json    the keys of a profile file of your own`;

const COMPARE = `Usage: hyo compare <OLD> <NEW> [--out DIR] [--no-report]

Pairs the records of two editions of a report, each a PDF (converted, nothing else written) or a records.json
written by hyo: by their stable key, then by the similarity of topic + item + departments (ambiguous pairs are
listed, never forced); two generic tables are paired by their row headers. Writes into DIR (default: output):
  compare.json    pairs with their changed fields, grade changes and quantity differences; added, removed, ambiguous
  compare.csv     one row per paired, added, removed or ambiguous record (per row and column for tables)
  compare.html    a self-contained page: counts, the grade transition matrix, filters, the two years side by side

Examples:
  hyo compare r2.pdf r3.pdf --out diff
  hyo compare output/r2/records.json r3.pdf --out diff`;

const GENERAL = `${HEAD}

Usage:
  hyo convert <file.pdf|folder>... [options]   convert PDFs (hyo convert --help: the files written)
  hyo compare <OLD> <NEW> [--out DIR]          two editions, record by record (hyo compare --help)
  hyo schema [NAME]                            list the JSON Schemas, or print one (hyo schema --help)
  hyo --help | -h                              this help
  hyo --version                                hyo's version

${OPTIONS}

Examples:
  hyo convert report.pdf                      → output/report/{records.json, records.csv, quantities.csv, tables.json, review.html}
  hyo convert pdfs/ --out data --csv-headers ja
  hyo schema records > records.schema.json

Exit codes: 0 ok; 2 bad input or options (one line on stderr); 1 internal error or a failed file in a batch.`;

export function helpText(command: "convert" | "compare" | "schema" | undefined): string {
  if (command === "convert") return `${HEAD}\n\n${CONVERT}`;
  if (command === "compare") return `${HEAD}\n\n${COMPARE}`;
  if (command === "schema") return `${HEAD}\n\n${SCHEMA}`;
  return GENERAL;
}
