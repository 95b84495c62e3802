/** A unit a number can be written with, and how to express it in a base unit. */
export interface UnitDef {
  /** Spellings in half-width form (full-width ％ or ｍ are mapped to ASCII before matching). */
  readonly spellings: readonly string[];
  /** Base unit of `normalized`: JPY, percent, count, person, hectare, … */
  readonly base: string;
  /** How many base units one of this unit is (km → 1000 metre). */
  readonly factor: number;
}

const MONTH_SPELLINGS = ["か月", "ヶ月", "ケ月", "カ月", "ヵ月", "箇月"];

/**
 * Counters that count things (施設, 事業, 件…). They share the base unit "count": a count of projects and a
 * count of cases are both counts; which thing is counted stays in `unit`.
 */
const COUNTERS = [
  "件", "回", "社", "団体", "施設", "事業所", "事業", "地区", "棟", "筆", "基金", "箇所", "か所", "ヶ所", "カ所",
  "ヵ所", "ケ所", "個所", "校", "園", "館", "台", "本", "枚", "冊", "部", "戸", "軒", "項目", "案件", "案", "協定",
  "グループ", "団地", "店舗", "路線", "品目", "種類", "区画", "地点", "基", "頭", "匹", "羽", "隻", "機", "局", "課",
  "講座", "教室", "コース", "つ", "個", "点", "市町村", "法人", "チーム", "自治会", "世帯",
];

/** Known units. Matching takes the longest spelling, so 年間 wins over 年 and m2 over m. */
export const UNITS: readonly UnitDef[] = [
  { spellings: ["円"], base: "JPY", factor: 1 },
  { spellings: ["ドル"], base: "USD", factor: 1 },
  { spellings: ["%", "パーセント"], base: "percent", factor: 1 },
  { spellings: ["割"], base: "percent", factor: 10 },
  { spellings: ["ポイント", "pt"], base: "point", factor: 1 },
  { spellings: ["人", "名"], base: "person", factor: 1 },
  { spellings: ["歳", "才"], base: "age", factor: 1 },
  { spellings: COUNTERS, base: "count", factor: 1 },
  { spellings: ["倍"], base: "times", factor: 1 },
  { spellings: ["年間", "年", "か年", "ヵ年", "ヶ年", "カ年", "箇年"], base: "year", factor: 1 },
  { spellings: MONTH_SPELLINGS.flatMap((s) => [`${s}間`, s]), base: "month", factor: 1 },
  { spellings: ["週間", "週"], base: "week", factor: 1 },
  { spellings: ["日間", "日"], base: "day", factor: 1 },
  { spellings: ["時間"], base: "hour", factor: 1 },
  { spellings: ["分間", "分"], base: "minute", factor: 1 },
  { spellings: ["秒"], base: "second", factor: 1 },
  { spellings: ["ha", "ヘクタール"], base: "hectare", factor: 1 },
  { spellings: ["㎢", "km2", "km²", "平方キロメートル"], base: "hectare", factor: 100 },
  { spellings: ["㎡", "m2", "m²", "平方メートル"], base: "square-metre", factor: 1 },
  { spellings: ["㎥", "m3", "m³", "立方メートル"], base: "cubic-metre", factor: 1 },
  { spellings: ["km", "㎞", "キロメートル"], base: "metre", factor: 1000 },
  { spellings: ["cm", "㎝", "センチメートル"], base: "metre", factor: 0.01 },
  { spellings: ["mm", "㎜", "ミリメートル"], base: "metre", factor: 0.001 },
  { spellings: ["m", "メートル"], base: "metre", factor: 1 },
  { spellings: ["kg", "㎏", "キログラム"], base: "kilogram", factor: 1 },
  { spellings: ["t", "トン"], base: "kilogram", factor: 1000 },
  { spellings: ["L", "ℓ", "リットル"], base: "litre", factor: 1 },
  { spellings: ["MWh"], base: "kilowatt-hour", factor: 1000 },
  { spellings: ["kWh"], base: "kilowatt-hour", factor: 1 },
  { spellings: ["kW"], base: "kilowatt", factor: 1 },
];

/**
 * Suffixes that make the number before them an ordinal, an identifier or a calendar marker rather than
 * an amount: 3年度 (a fiscal year), 2年目 / 2回目 / 2つ目 / 2次 (ordinals), 6期, 2条, 3号, 4月 (a month), 10時 (a clock time).
 * Checked before units, so 年度 is never read as 年 and 回目 never as 回; the lookaheads keep the units
 * that share a first character (17項目, 2時間).
 */
const NON_QUANTITY_SUFFIX =
  /(?:年度|年代|年目|年生|回目|人目|番目|件目|日目|度目|[かヶケカヵ箇]月目|つ目|次|期|条|項(?!目)|号|章|節|款|丁目|番地|番|位|等|級|階|世紀|歳代|月|時(?!間))/y;

/** Spellings made of ASCII letters must not run into more letters: 5min is not 5 m, 5G is not a unit. */
const ASCII_LETTER = /[A-Za-z]/;

/** Unit spellings with their definition, longest first. */
const SPELLINGS: readonly { spelling: string; def: UnitDef }[] = UNITS.flatMap((def) =>
  def.spellings.map((spelling) => ({ spelling, def })),
).sort((a, b) => b.spelling.length - a.spelling.length);

export interface UnitMatch {
  readonly def: UnitDef;
  /** End offset of the unit in the text. */
  readonly end: number;
  /** Start offset of the unit (after an optional space). */
  readonly start: number;
}

/** What may stand between a number and its unit: one half-width space (54.0 ha). */
const UNIT_GAP = " ";

/**
 * The unit written at `pos` in half-width text (one space allowed before it), or null.
 * A minute 分 followed by の is a fraction (3分の1), not a duration.
 */
export function matchUnit(text: string, pos: number): UnitMatch | null {
  const start = text.startsWith(UNIT_GAP, pos) ? pos + UNIT_GAP.length : pos;
  for (const { spelling, def } of SPELLINGS) {
    if (!text.startsWith(spelling, start)) continue;
    const end = start + spelling.length;
    const after = text[end];
    if (ASCII_LETTER.test(spelling) && after !== undefined && ASCII_LETTER.test(after)) continue;
    if (spelling === "分" && after === "の") continue;
    return { def, start, end };
  }
  return null;
}

/** The non-quantity suffix written after a number ending at `pos` (3年度, 2回目, 4月; a space allowed), or null. */
export function matchNonQuantitySuffix(text: string, pos: number): string | null {
  NON_QUANTITY_SUFFIX.lastIndex = text.startsWith(UNIT_GAP, pos) ? pos + UNIT_GAP.length : pos;
  return NON_QUANTITY_SUFFIX.exec(text)?.[0] ?? null;
}
