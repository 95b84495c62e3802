/** The rule ids recorded in each {@link Repair} made by the text stage. */
export const TEXT_RULES = {
  /** Kangxi radical → unified ideograph (⽇ → 日). */
  kangxi: "text/kangxi",
  /** CJK compatibility ideograph → its canonical unified ideograph (塚 U+FA10 → 塚). */
  cjkCompatibility: "text/cjk-compat",
  /** CJK Radicals Supplement character → unified ideograph (⻑ → 長). */
  radicalSupplement: "text/radical-supplement",
  /** Full-width ASCII → ASCII (２０％ → 20%). */
  fullwidthAscii: "text/fullwidth-ascii",
  /** Half-width katakana → full-width, voiced marks composed (ｶﾞ → ガ). */
  halfwidthKana: "text/halfwidth-kana",
  /** Kana followed by a combining voiced mark → the precomposed kana (か\u3099 → が). */
  combiningKana: "text/combining-kana",
  /** Cyrillic/Greek letter standing in for a Latin one (Сity → City). */
  homoglyph: "text/homoglyph",
  /** Bullet look-alike at a line start → ・. */
  bullet: "text/bullet",
  /** Middle-dot look-alike between Japanese characters → ・. */
  middleDot: "text/middle-dot",
  /** Spaces removed at a line start or end. */
  spaceTrim: "text/space-trim",
  /** Spaces removed between Japanese characters, or next to brackets and punctuation. */
  spaceRemove: "text/space-remove",
  /** A run of spaces (or a non-ASCII space) → one ASCII space. */
  spaceCollapse: "text/space-collapse",
  /** Control or bidirectional-override character removed (NUL from an unmapped glyph, U+202E). */
  controlChar: "text/control-char",
  /** Zero-width space or byte-order mark removed. */
  zeroWidth: "text/zero-width",
  /** OCR look-alike swap judged by the tokenizer and lexicon (人ロ → 人口). */
  ocrKana: "text/ocr-kana",
  /** OCR look-alike in a number or a Latin word (1O0 → 100, 0JT → OJT, 6,5% → 6.5%). */
  ocrAlphanumeric: "text/ocr-alnum",
} as const;
