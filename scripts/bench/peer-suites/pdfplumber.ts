/**
 * pdfplumber's table tests as a peer check: the assertions of its test files that say something about the
 * tables on a page (counts, row counts, particular cells, the NICS column sums), restated on hyo's tables.
 * pdfplumber's tests often crop the page or pass explicit lines first; each check below says how it carries
 * that over (a crop becomes "the table there", a cell index becomes the row or column the cell belongs to).
 * Cell texts are compared with all whitespace removed.
 */
import type { PageTable } from "../../../src/table/index.js";
import { tableRows, type DocTables } from "./read-tables.js";
import { isSealed } from "./sealed.js";

export interface AssertionResult { readonly pdf: string; readonly test: string; readonly assertion: string; readonly passed: boolean; readonly sealed: boolean }

type Rows = string[][];
const squeeze = (s: string) => s.replace(/\s+/gu, "");
const nonEmpty = (row: readonly string[]) => row.map(squeeze).filter((x) => x !== "");
const sameCells = (row: readonly string[] | undefined, want: readonly string[]) => !!row && JSON.stringify(nonEmpty(row)) === JSON.stringify(nonEmpty(want));
/** Whether `want` occurs as consecutive non-empty cells of some row. */
const rowHolds = (rows: Rows, want: readonly string[]) => rows.some((r) => nonEmpty(r).join("\u0000").includes(nonEmpty(want).join("\u0000")));
const int = (s: string) => (/^-?[\d,\s]+$/u.test(s.trim()) && /\d/u.test(s) ? Number(s.replace(/[,\s]/gu, "")) : null);

interface Check { readonly pdf: string; readonly test: string; readonly run: (tables: readonly PageTable[]) => [assertion: string, passed: boolean][] }

/** NICS: 24 count columns (permit … totals) under the state column; each must add up to the Totals row. */
const NICS_COLUMNS = 24;
function nicsColumnSums(tables: readonly PageTable[]): [string, boolean][] {
  const results: [string, boolean][] = [];
  const t = tables.map(tableRows).find((rows) => rows.some((r) => nonEmpty(r)[0] === "Totals"));
  const totalsAt = t?.findIndex((r) => nonEmpty(r)[0] === "Totals") ?? -1;
  const cols = t && totalsAt >= 0 ? t[totalsAt]!.map((x, j) => (int(x) !== null ? j : -1)).filter((j) => j >= 0) : [];
  // A data row: a name, then counts (or nothing) in every column the totals row has a count in (a header row fails).
  const data = t ? t.slice(0, totalsAt).filter((r) => squeeze(r[0] ?? "") !== "" && int(r[0]!) === null && cols.every((j) => squeeze(r[j] ?? "") === "" || int(r[j]!) !== null)) : [];
  for (let k = 0; k < NICS_COLUMNS; k++) {
    const j = cols[k];
    const ok = t !== undefined && j !== undefined && cols.length === NICS_COLUMNS && data.reduce((s, r) => s + (int(r[j] ?? "") ?? 0), 0) === int(t[totalsAt]![j]!);
    results.push([`column ${k + 1} of ${NICS_COLUMNS} adds up to the Totals row`, ok]);
  }
  return results;
}

const rowTotal = (tables: readonly PageTable[], state: string) => {
  const row = tables.flatMap(tableRows).find((r) => nonEmpty(r)[0] === state);
  return row ? nonEmpty(row).at(-1) : undefined;
};

const CHECKS: readonly Check[] = [
  {
    pdf: "issue-140-example.pdf", test: "test_table.py::test_edges_strict, test_issues.py::test_issue_140",
    run: (tables) => {
      const top = tables[0] ? tableRows(tables[0]) : [];
      return [
        // test_issue_140 crops the page to its top 122 pt: the first table there has 5 rows.
        ["the first table has 5 rows", top.length === 5],
        ["its last row is 0085648100300 … LILYS 55% DARK CHOC BAR … 0.0000", sameCells(top.at(-1), ["", "0085648100300", "CENTRAL KMA", "LILYS 55% DARK CHOC BAR", "415", "$ 0.61", "$ 253.15", "0.0000", ""])],
      ];
    },
  },
  {
    pdf: "senate-expenditures.pdf", test: "test_table.py::test_text_tolerance",
    run: (tables) => [["a row holds DHAW20190070 | 09/09/2019 | CITIBANK - TRAVEL CBA CARD | 08/12/2019 | 08/14/2019", tables.some((t) => rowHolds(tableRows(t), ["DHAW20190070", "09/09/2019", "CITIBANK - TRAVEL CBA CARD", "08/12/2019", "08/14/2019"]))]],
  },
  {
    pdf: "issue-53-example.pdf", test: "test_table.py::test_text_layout",
    // table[3][0] == "FY2013\nFY2014": the two years share one ruled cell of the first column.
    run: (tables) => [["FY2013 and FY2014 share one cell of the first column", tables.some((t) => tableRows(t).some((r) => squeeze(r[0] ?? "") === "FY2013FY2014"))]],
  },
  {
    pdf: "issue-336-example.pdf", test: "test_table.py::test_order",
    run: (tables) => [
      ["3 tables", tables.length === 3],
      ["of 8, 11 and 2 rows, in reading order", JSON.stringify(tables.map((t) => t.rowYs.length - 1)) === "[8,11,2]"],
    ],
  },
  {
    pdf: "issue-466-example.pdf", test: "test_table.py::test_issue_466_mixed_strategy",
    // pdfplumber extracts the 3 tables that have drawn horizontal lines: 4 rows, 3 columns, "last" in every cell of the last row.
    run: (tables) => [["3 tables of 4 rows × 3 columns with 'last' in every cell of the last row", tables.filter((t) => {
      const rows = tableRows(t);
      return rows.length === 4 && rows[0]!.length === 3 && rows[3]!.every((x) => x.includes("last"));
    }).length === 3]],
  },
  {
    pdf: "table-curves-example.pdf", test: "test_table.py::test_table_curves",
    run: (tables) => [
      ["1 table", tables.length === 1],
      ["t[-2][-2] is Uncommon", !!tables[0] && squeeze(tableRows(tables[0]).at(-2)?.at(-2) ?? "") === "Uncommon"],
    ],
  },
  {
    pdf: "nics-background-checks-2015-11.pdf", test: "test_nics_report.py::test_plain, test_text_only_strategy; test_table.py::test_discussion_539_null_value",
    run: (tables) => [
      ["a table is found", tables.length > 0],
      // text_only_strategy: table[0][22] is the last column, the row's total.
      ["Alabama's row total is 71,137", rowTotal(tables, "Alabama") === "71,137"],
      ["Wyoming's row total is 5,017", rowTotal(tables, "Wyoming") === "5,017"],
      ...nicsColumnSums(tables),
    ],
  },
  {
    pdf: "WARN-Report-for-7-1-2015-to-03-25-2016.pdf", test: "test_ca_warn_report.py::test_parse",
    run: (tables) => {
      const rows = tables[0] ? tableRows(tables[0]) : [];
      return [
        ["header row NoticeDate | Effective | Received | Company | City | No. Of | Layoff/Closure", sameCells(rows[0], ["NoticeDate", "Effective", "Received", "Company", "City", "No. Of", "Layoff/Closure"])],
        ["first row 06/22/2015 | 03/25/2016 | 07/01/2015 | Maxim Integrated Product | San Jose | 150 | Closure Permanent", sameCells(rows[1], ["06/22/2015", "03/25/2016", "07/01/2015", "Maxim Integrated Product", "San Jose", "150", "Closure Permanent"])],
      ];
    },
  },
];

/** The PDFs the checks read (all on their first page). */
export const PDFPLUMBER_CHECKED = CHECKS.map((c) => c.pdf);

export function scorePdfplumber(docs: ReadonlyMap<string, DocTables>): AssertionResult[] {
  return CHECKS.flatMap((c) => {
    const tables = docs.get(c.pdf)?.pages.find((p) => p.pageNo === 1)?.tables ?? [];
    return c.run(tables).map(([assertion, passed]) => ({ pdf: c.pdf, test: c.test, assertion, passed, sealed: isSealed(c.pdf) }));
  });
}
