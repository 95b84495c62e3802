import { beforeAll, describe, expect, it } from "vitest";
import { TEXT_RULES, buildLexicon, loadTokenizer, repairOcrConfusions, type Tokenizer } from "../../src/text/index.js";
import { corrupt, corruptiblePositions, sample, seededRandom } from "./ocr-corruption.js";
import { truthLines, truthTexts } from "./truth.js";

/** Seed of the synthetic corruption test; any seed gives similar figures. */
const SEED = 20240601;
/** Sentences corrupted, and clean sentences checked, per run. */
const SAMPLE_SIZE = 200;
/** Share of corrupted sentences that must come back exactly. */
const MIN_RESTORED_SHARE = 0.9;
/** Share of clean sentences the repair may alter (strictly less). */
const MAX_ALTERED_SHARE = 0.01;

let tokenizer: Tokenizer;

beforeAll(async () => {
  tokenizer = await loadTokenizer();
});

describe("repairOcrConfusions (kuromoji)", () => {
  it.each([
    ["人ロ調査を実施した。", "人口調査を実施した。"], // katakana in a kanji compound
    ["ー般会計からの繰出金", "一般会計からの繰出金"],
    ["市民の協カを得た。", "市民の協力を得た。"],
    ["エ事の進捗管理", "工事の進捗管理"],
    ["ニ酸化炭素の削減", "二酸化炭素の削減"],
    ["タ方の時間帯", "夕方の時間帯"],
    ["ハ王子市と連携", "八王子市と連携"],
    ["交流センタ一の売却", "交流センターの売却"], // kanji in a katakana word
    ["口ビーの改修", "ロビーの改修"],
    ["テ二スコートの整備", "テニスコートの整備"],
    ["卜イレの改修", "トイレの改修"],
    ["バナ一広告の募集", "バナー広告の募集"],
    ["次年度ヘ作業を残した", "次年度へ作業を残した"], // katakana ヘ as a particle
    ["メンタルへルスの研修", "メンタルヘルスの研修"], // hiragana へ inside a katakana word
    ["セソターの管理", "センターの管理"], // ソ/ン inside a katakana word
    ["コミュニティンーシャルワーカー", "コミュニティソーシャルワーカー"], // ン before ー cannot be
    ["ツャインマスカット", "シャインマスカット"], // ツャ cannot be
    ["アクツョンプラソに基づき", "アクションプランに基づき"], // two misreads in one word
    ["交流セン夕一", "交流センター"], // two adjacent misreads
    ["売却額 5,O00千円", "売却額 5,000千円"], // alphanumeric rules run first
  ])("%s → %s", (input, expected) => {
    expect(repairOcrConfusions(input, { tokenizer }).text).toBe(expected);
  });

  it.each([
    ["カード一枚を配布した。"],
    ["ソフト一式を購入した。"],
    ["センターへアクセスする。"],
    ["八王子市と連携した。"],
    ["ロボットを導入した。"],
    ["エネルギー消費量を削減する。"],
    ["タクシー事業者へ補助した。"],
    ["ツアーを企画した。"],
    ["ソーシャルメディアを活用する。"],
    ["ヘルパーの派遣"],
    ["ベッド数の確保"],
    ["口座振替の推進"],
    ["一人一人の意識改革"],
    ["ニーズを把握する。"],
    ["ワークショップを3回開催した。"],
    ["イメージ一新を図る。"],
    ["3カ所で実施した。"],
    ["データの一元管理"],
    ["一つ一つの事業を検証した。"],
    ["ネーミングライツ 4,000千円"],
    ["①歳出構造の見直し"],
    ["令和2年度"],
  ])("keeps %s", (input) => {
    expect(repairOcrConfusions(input, { tokenizer })).toEqual({ text: input, repairs: [] });
  });

  it("lets the document lexicon vouch for a word the dictionary does not know", () => {
    const corrupted = "ネーミソグライツ 5,000千円以上";
    expect(repairOcrConfusions(corrupted, { tokenizer }).text).toBe(corrupted);
    const lexicon = buildLexicon(["・ネーミングライツ 4,000千円"], tokenizer);
    expect(lexicon.has("ネーミングライツ")).toBe(true);
    expect(repairOcrConfusions(corrupted, { tokenizer, lexicon })).toEqual({
      text: "ネーミングライツ 5,000千円以上",
      repairs: [{ rule: TEXT_RULES.ocrKana, from: "ーミソグラ", to: "ーミングラ" }],
    });
  });

  describe("on seeded synthetic corruptions of truth sentences", () => {
    const corruptible = truthLines.filter((line) => corruptiblePositions(line).length > 0);
    let truthWords: string[][] = [];
    beforeAll(() => {
      truthWords = truthTexts.map((text) => tokenizer.tokenize(text).map((token) => token.surface_form));
    });
    /** A lexicon for a sentence from the truth texts that do not contain it (leave one out). */
    const lexiconWithout = (sentence: string) =>
      new Set(truthTexts.flatMap((text, i) => (text.includes(sentence) ? [] : (truthWords[i] ?? []))));

    it.each([
      { label: "without a lexicon", withLexicon: false },
      { label: "with a leave-one-out lexicon", withLexicon: true },
    ])("restores ≥ 180/200 corrupted sentences and alters < 2/200 clean ones, $label", ({ withLexicon }) => {
      const random = seededRandom(SEED);
      const deps = (sentence: string) => ({ tokenizer, lexicon: withLexicon ? lexiconWithout(sentence) : undefined });
      const corrupted = sample(corruptible, SAMPLE_SIZE, random).map((clean) => ({ clean, bad: corrupt(clean, random) }));
      expect(corrupted).toHaveLength(SAMPLE_SIZE);
      expect(corrupted.every(({ clean, bad }) => clean !== bad)).toBe(true);
      const restored = corrupted.filter(({ clean, bad }) => repairOcrConfusions(bad, deps(clean)).text === clean);

      const clean = sample(truthLines, SAMPLE_SIZE, random);
      const altered = clean.filter((sentence) => repairOcrConfusions(sentence, deps(sentence)).text !== sentence);

      console.info(
        `OCR repair ${withLexicon ? "with" : "without"} lexicon: restored ${restored.length}/${SAMPLE_SIZE}, altered ${altered.length}/${SAMPLE_SIZE}`,
      );
      expect(restored.length).toBeGreaterThanOrEqual(MIN_RESTORED_SHARE * SAMPLE_SIZE);
      expect(altered.length).toBeLessThan(MAX_ALTERED_SHARE * SAMPLE_SIZE);
    });
  });
});
