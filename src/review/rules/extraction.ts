import type { ReviewRule } from "../context.js";

/** Poor table: less text inside its cells than this share, or fewer cell borders backed by rules. */
export const MIN_TEXT_INSIDE_SHARE = 0.9;
export const MIN_RULE_COVERAGE = 0.8;

/** Glyphs outside their cell box: the producer clipped or overflowed the text, some of it may be lost. */
export const clippedText: ReviewRule = (_r, ctx) =>
  Object.entries(ctx.overflow).filter(([, n]) => n > 0).map(([field, n]) => ({
    code: "review/clipped-text", field, severity: "warn" as const, message: `${n}文字がセルの枠からはみ出しています(切れている可能性)`,
  }));

/**
 * Line breaks the text cannot settle (table/logical-lines.ts): a ・ starting a line after a full one, from a
 * producer that wraps without 行頭禁則 (a wrapped 中点, 保健・福祉, or a bullet: the break is kept), and a wrap that
 * left a long stretch of its line empty (a number moved down whole, or the writer's break: read as a wrap).
 */
export const ambiguousBreakMessage = (n: number) => `${n}か所の改行が、作成者の改行か自動の折り返しか判別できません(行頭の「・」、行に収まらなかった長い語)`;

export const ambiguousBreak: ReviewRule = (_r, ctx) =>
  Object.entries(ctx.ambiguousBreaks).filter(([, n]) => n > 0).map(([field, n]) => ({
    code: "review/ambiguous-line-break", field, severity: "warn" as const, message: ambiguousBreakMessage(n),
  }));

/**
 * Characters OCR read with low confidence (see LOW_CHAR_CONFIDENCE), named in the message. Not the word
 * confidence: for Japanese, tesseract's words are long and their confidence falls to 0 on text read right,
 * while the misread characters themselves stand out.
 */
export const lowConfidence: ReviewRule = (r) =>
  Object.entries(r.lowConfidence ?? {}).filter(([, s]) => s.length > 0).map(([field, s]) => ({
    code: "review/low-ocr-confidence", field, severity: "warn" as const, message: `OCRの信頼度が低い文字: ${s.map((x) => `「${x}」`).join("")}`,
  }));

export const tableQuality: ReviewRule = (_r, ctx) => {
  const poor = ctx.tableQuality.filter((q) => q.textInsideShare < MIN_TEXT_INSIDE_SHARE || q.ruleCoverage < MIN_RULE_COVERAGE);
  return poor.length ? [{ code: "review/table-quality", severity: "warn", message: `表の読み取り品質が低い(セル内の文字 ${Math.round(100 * poor[0]!.textInsideShare)}%、罫線 ${Math.round(100 * poor[0]!.ruleCoverage)}%)` }] : [];
};

/** Text repairs were applied (information for the reviewer, not a problem). */
export const repaired: ReviewRule = (r) =>
  Object.entries(r.repairs).map(([field, reps]) => ({
    code: "review/repaired", field, severity: "info" as const, message: `文字を補正: ${[...new Set(reps.map((x) => x.rule.replace("text/", "")))].join(", ")}`,
  }));
