/**
 * The report's words for codes: every flag, field, severity and repair rule has a Japanese name for the reviewer;
 * the code itself stays in the JSON and in the element's tooltip.
 */
import type { HyoRecord } from "../schema/index.js";

/** The record fields shown on a card, in the table's column order, with the column headings they come from. */
export const FIELD_LABELS: readonly [keyof HyoRecord & string, string][] = [
  ["item", "具体的な取り組み項目"], ["departments", "取組主管課・関係課等"], ["futureDirection", "今後の取組方向"], ["relatedPlans", "関係する計画等"],
  ["target", "達成目標"], ["plan", "計画(Plan)"], ["done", "取組内容(Do)"], ["check", "評価(Check)"], ["grade", "取組達成度"], ["action", "改善(Action)"],
];
const OTHER_FIELDS: Record<string, string> = {
  id: "ID", no: "No.", topic: "取組項目", basicPolicy: "基本方針", basicPolicyNo: "基本方針No.", direction: "取組の方向性", reviewed: "確認済み",
};
const FIELD_NAME: ReadonlyMap<string, string> = new Map([...FIELD_LABELS, ...Object.entries(OTHER_FIELDS)]);

export const SEVERITY_LABEL = { error: "エラー", warn: "要確認", info: "情報" } as const;

const FLAG_NAME: Record<string, string> = {
  "review/empty-required": "必須項目が空欄",
  "review/grade-missing": "達成度が空欄",
  "review/grade-invalid": "達成度がA〜D以外",
  "review/grade-contradicted": "達成度と数値目標が矛盾",
  "review/no-duplicate": "No.の重複",
  "review/no-gap": "No.の欠番",
  "review/no-missing": "No.が読めない",
  "review/no-split-item": "会計ごとに分けた行",
  "review/clipped-text": "文字のはみ出し",
  "review/ambiguous-line-break": "改行か折り返しか判別できない",
  "review/vertical-text": "縦書きを読めない",
  "review/ocr-number-repaired": "OCRの数値を補正",
  "review/ocr-number-ambiguous": "OCRの数値が曖昧",
  "review/low-ocr-confidence": "OCRの信頼度が低い",
  "review/table-quality": "表の読み取り品質が低い",
  "review/repaired": "文字を補正",
  "review/empty-cell": "他の行は記入ありの列で空欄",
  "review/unparseable-number": "数値として読めない",
  "review/total-mismatch": "合計が合わない",
};

const REPAIR_NAME: Record<string, string> = {
  "text/bullet": "行頭記号", "text/cjk-compat": "互換漢字→通常の漢字", "text/combining-kana": "結合文字の濁点", "text/control-char": "制御文字の削除",
  "text/fullwidth-ascii": "全角英数→半角", "text/halfwidth-kana": "半角カナ→全角", "text/homoglyph": "形の似た別の文字", "text/kangxi": "康熙部首→通常の漢字",
  "text/middle-dot": "中点の統一", "text/ocr-alnum": "OCRの英数字の読み違い", "text/ocr-kana": "OCRのかな・漢字の読み違い",
  "text/radical-supplement": "部首補助→通常の漢字", "text/space-collapse": "連続した空白", "text/space-remove": "日本語の間の空白", "text/space-trim": "前後の空白",
  "text/zero-width": "幅のない文字の削除",
};

/** Japanese name of a field; an unknown one keeps its code. */
export const fieldLabel = (field: string): string => FIELD_NAME.get(field) ?? field;
/** Japanese name of a flag code; an unknown one keeps its code. */
export const flagLabel = (code: string): string => FLAG_NAME[code] ?? code;
/** Japanese name of a repair rule; an unknown one keeps its code. */
export const repairLabel = (rule: string): string => REPAIR_NAME[rule] ?? rule;
