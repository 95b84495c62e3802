/** The text stage: pure repairs of cell text, each recording what it changed. */
export { repairBullets, repairInnerMiddleDots, repairLineStartBullets, JAPANESE_BULLET } from "./bullets.js";
export { LATIN_LOOKALIKES, repairHomoglyphs } from "./homoglyphs.js";
export { compatibilityToUnified, kangxiToUnified } from "./kangxi-map.js";
export { RADICAL_SUPPLEMENT_TO_UNIFIED } from "./radical-supplement-map.js";
export type { RepairResult } from "./repair-result.js";
export { REPAIR_STEPS, repairText, type RepairStep, type RepairTextOptions } from "./repair-text.js";
export { TEXT_RULES } from "./rules.js";
export { normalizeSpaces, removeZeroWidth, repairSpaces } from "./spaces.js";
export {
  removeControlChars,
  repairCombiningKana,
  repairCompatibilityIdeographs,
  repairKangxiRadicals,
  repairRadicalSupplement,
  repairUnicode,
} from "./unicode-repair.js";
export { FULLWIDTH_KEPT, composeKanaMarks, foldFullwidthAscii, foldHalfwidthKatakana } from "./width-fold.js";
export { KANA_CONFUSIONS, analysisCost, lookalikesOf } from "./kana-confusions.js";
export { repairAlphanumericConfusions } from "./ocr-alphanumeric.js";
export { buildLexicon, repairKanaConfusions, repairOcrConfusions, type OcrRepairDeps } from "./ocr-confusions.js";
export { kuromojiDictionaryPath, loadTokenizer, type Token, type Tokenizer } from "./tokenizer.js";
