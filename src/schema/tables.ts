import { z } from "zod";

export const TableCellOutSchema = z.object({
  row: z.int(), col: z.int(), rowSpan: z.int(), colSpan: z.int(),
  page: z.int(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  text: z.string().describe("repaired logical text"),
  rawText: z.string().describe("the visual lines as drawn"),
  confidence: z.number().optional(),
  continued: z.boolean().optional().describe("carried over from a merged cell cut by a page break"),
});

export const TableQualitySchema = z.object({
  pageNo: z.int(), textInsideShare: z.number(), emptyCellShare: z.number(), ruleCoverage: z.number(), cellCount: z.int(), splitChars: z.int(),
});

export const TablesFileSchema = z.object({
  schemaVersion: z.string(),
  source: z.object({ file: z.string(), sha256: z.string(), pages: z.int() }),
  pages: z.array(z.object({
    page: z.int(),
    textLayer: z.object({ verdict: z.enum(["usable", "none", "broken"]), chars: z.int(), badShare: z.number(), reason: z.string() }),
    source: z.enum(["text-layer", "ocr"]),
    tables: z.array(z.string()).describe("ids of the logical tables with a piece on this page"),
  })),
  tables: z.array(z.object({
    id: z.string(), pages: z.array(z.int()), columnCount: z.int(), rowCount: z.int(), headerRows: z.int(),
    quality: z.array(TableQualitySchema),
    cells: z.array(TableCellOutSchema),
  })),
});

export type TablesFile = z.infer<typeof TablesFileSchema>;
