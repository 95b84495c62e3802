import type { HyoRecord } from "../../schema/index.js";
import type { ReviewRule } from "../context.js";

/** The item up to its first parenthesis: 特別会計の効率的な運営(国民健康保険特別会計) → 特別会計の効率的な運営. */
const stem = (item: string) => item.split(/[(（]/u)[0]!.trim();

/**
 * No. within a topic: missing (warn), a gap in the sequence (warn, on the record after the gap), or repeated.
 * A repeat whose items share their stem before a parenthesis is one item written per account
 * (特別会計の効率的な運営(国保 / 介護 / 下水道)): info. Any other repeat: warn.
 */
export const numberingRule: ReviewRule = (r, ctx) => {
  if (r.no === null) return [{ code: "review/no-missing", field: "no", severity: "warn", message: "No.が読み取れません" }];
  const i = ctx.siblings.indexOf(r);
  const prev: HyoRecord | undefined = ctx.siblings.slice(0, Math.max(0, i)).reverse().find((s) => s.no !== null);
  const same = ctx.siblings.filter((s) => s !== r && s.no === r.no);
  const flags = [];
  if (same.length > 0) {
    const split = same.every((s) => stem(s.item) === stem(r.item) && s.item !== r.item);
    flags.push(split
      ? { code: "review/no-split-item", field: "no", severity: "info" as const, message: `No.${r.no}は同じ取り組みを会計ごとに分けた行です` }
      : { code: "review/no-duplicate", field: "no", severity: "warn" as const, message: `同じ項目内でNo.${r.no}が重複しています` });
  }
  const expected = prev?.no === null || prev === undefined ? 1 : prev.no + 1;
  if (r.no > expected && !(prev && prev.no === r.no)) flags.push({ code: "review/no-gap", field: "no", severity: "warn" as const, message: `No.${expected}〜${r.no - 1}が見当たりません` });
  return flags;
};
