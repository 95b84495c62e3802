import type { Profile } from "./types.js";

/**
 * 行政改革実施計画 取組結果 (administrative reform plan results). Header patterns are year-agnostic
 * (令和2年度の達成目標 and 令和3年度の達成目標 both map to `target`) and tolerate 取り組み/取組 spellings.
 * Order matters where labels overlap: 取組達成度 sits under 評価(Check), so grade is tried before check;
 * 関係する計画等 contains 計画, so relatedPlans is tried before plan.
 */
export const GYOSEI_KAIKAKU: Profile = {
  name: "gyosei-kaikaku",
  fields: [
    { field: "basicPolicy", pattern: /基本方針/, words: ["基本方針"] },
    { field: "item", pattern: /具体的な?取り?組み?(の)?項目|取組項目/, words: ["具体的な取り組み項目"] },
    { field: "topic", pattern: /取り?組み?の項目/, words: ["取り組みの項目"] },
    { field: "direction", pattern: /取り?組み?の方針|方向性/, words: ["取り組みの方針"] },
    { field: "no", pattern: /^(No\.?|NO\.?|№|番号)$/i },
    { field: "departments", pattern: /主管課|担当課|関係課/, words: ["取組主管課", "関係課等"] },
    { field: "futureDirection", pattern: /今後の取り?組み?方向/, words: ["今後の取組方向"] },
    { field: "relatedPlans", pattern: /関係する計画|関連計画/, words: ["関係する計画等"] },
    { field: "grade", pattern: /達成度|評価区分/, words: ["取組達成度", "達成度"] },
    { field: "target", pattern: /達成目標|目標値?$/, words: ["達成目標"] },
    { field: "plan", pattern: /Plan|計画内容|年度計画/i, words: ["計画内容"] },
    { field: "done", pattern: /Do\b|\(Do\)|取組状況|取組内容|実績/i, words: ["取組状況", "取組内容"] },
    { field: "check", pattern: /Check|評価/i, words: ["取組工程に対する評価"] },
    { field: "action", pattern: /Action|改善/i, words: ["見直し、改善事項"] },
  ],
  sections: [
    { kind: "basicPolicy", pattern: /^(?<no>\d+)[\s.．、:]*(?<text>\S.*)$/su },
    { kind: "direction", pattern: /^[●◆■]\s*(?<text>\S.*)$/su },
  ],
  requiredFields: ["item", "no", "target", "done", "grade"],
  topicField: "topic",
};

export const PROFILES: readonly Profile[] = [GYOSEI_KAIKAKU];
