import type { LogicalTable } from "../table/index.js";
import { buildLexicon, loadTokenizer, repairOcrConfusions, repairText, type OcrRepairDeps } from "../text/index.js";
import { chainRepairs } from "../text/repair-result.js";

/**
 * The text stage over every cell: repaired text, and what was changed. Cells read by OCR (they carry a
 * confidence) also get the OCR confusion repair, judged by the tokenizer and `ocr.lexicon`.
 */
export function repairTable(table: LogicalTable, ocr?: OcrRepairDeps): LogicalTable {
  return {
    ...table,
    cells: table.cells.map((c) => {
      const { text, repairs } = ocr && c.confidence !== undefined
        ? chainRepairs(c.text, [(t) => repairText(t), (t) => repairOcrConfusions(t, ocr)])
        : repairText(c.text);
      return repairs.length ? { ...c, text, repairs } : c;
    }),
  };
}

/**
 * What the OCR repair needs, when some cells were OCR'd: kuromoji (loaded only then: 1.4 s, +300 MB) and a
 * lexicon of the words seen in at least two cells — a word the document repeats vouches for itself, a misread
 * rarely repeats the same way twice.
 */
export async function ocrRepairDeps(tables: readonly LogicalTable[]): Promise<OcrRepairDeps | undefined> {
  const texts = tables.flatMap((t) => t.cells).filter((c) => c.confidence !== undefined).map((c) => c.text);
  if (texts.length === 0) return undefined;
  const tokenizer = await loadTokenizer();
  const seen = new Map<string, number>();
  for (const text of texts) for (const word of buildLexicon([text], tokenizer)) seen.set(word, (seen.get(word) ?? 0) + 1);
  return { tokenizer, lexicon: new Set([...seen].filter(([, n]) => n >= 2).map(([w]) => w)) };
}
