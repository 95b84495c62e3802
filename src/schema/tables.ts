import { z } from "zod";
import { BboxSchema, count, pageNo, SourceSchema } from "./record.js";

const share = () => z.number().min(0).max(1);

export const TableCellOutSchema = z.object({
  row: count().describe("0-based row index in the logical table (header rows first)"),
  col: count().describe("0-based column index"),
  rowSpan: z.int().min(1).max(Number.MAX_SAFE_INTEGER).describe("rows the cell spans (merged cells > 1)"),
  colSpan: z.int().min(1).max(Number.MAX_SAFE_INTEGER).describe("columns the cell spans"),
  page: pageNo(),
  bbox: BboxSchema,
  text: z.string().describe("repaired logical text: wrapped lines joined, real line breaks kept as \\n"),
  rawText: z.string().describe("the visual lines as drawn, joined with \\n"),
  confidence: z.number().min(0).max(100).optional().describe("lowest OCR word confidence (0–100); OCR pages only"),
  continued: z.boolean().optional().describe("carried over from a merged cell cut by a page break"),
}).describe("a cell of a logical table");

export const TableQualitySchema = z.object({
  pageNo: pageNo(),
  textInsideShare: share().describe("share of the text on the table's area that falls inside one cell (0–1)"),
  emptyCellShare: share().describe("share of cells with no text (0–1)"),
  ruleCoverage: share().describe("share of the cell borders drawn as rules (0–1); text-aligned tables have little"),
  cellCount: count().describe("cells of the table on this page"),
  splitChars: count().describe("characters split off text runs that straddled a rule"),
}).describe("how well the table's piece on one page was read");

export const TextLayerSchema = z.object({
  verdict: z.enum(["usable", "none", "broken"]).describe("usable; none: (almost) no text, a scan; broken: mojibake from fonts without a Unicode map"),
  chars: count().describe("characters in the page's text layer"),
  badShare: share().describe("share of those characters a font without a usable Unicode map produces (0–1)"),
  reason: z.string().describe("the verdict in words"),
}).describe("the verdict on the page's text layer");

export const TablesFileSchema = z.object({
  schemaVersion: z.string().describe("version of this file's schema (semver)"),
  source: SourceSchema,
  pages: z.array(z.object({
    page: pageNo(),
    textLayer: TextLayerSchema,
    source: z.enum(["text-layer", "ocr"]).describe("where the page's text came from"),
    tables: z.array(z.string()).describe("ids of the logical tables with a piece on this page"),
  }).describe("one page that was read (an unreadable page is missing)")).describe("per page, in order"),
  tables: z.array(z.object({
    id: z.string().describe("table id, e.g. t1; records name it"),
    pages: z.array(pageNo()).describe("pages the table spans"),
    columnCount: count().describe("columns of the grid"),
    rowCount: count().describe("rows of the grid, header rows included"),
    headerRows: count().describe("leading rows that are the header"),
    quality: z.array(TableQualitySchema).describe("one entry per page the table is on"),
    cells: z.array(TableCellOutSchema).describe("the cells, row by row"),
  }).describe("a logical table: its pieces on consecutive pages stitched, the header repeated on later pages dropped")).describe("every table found"),
});

export type TablesFile = z.infer<typeof TablesFileSchema>;
