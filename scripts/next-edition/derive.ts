import { Prng } from "../scan/prng.js";
import type { Truth, TruthRow } from "../fixtures/truth.js";
import { NEW_ITEMS } from "./new-items.js";

/** What changes between the two editions; the seed picks which rows. */
export interface EditionSpec {
  seed: number;
  document: Truth["document"];
  removed: number;
  added: number;
  /** Items reworded only in okurigana/particles (the key survives) and reworded in words (it does not). */
  rewordedKana: number;
  rewordedWords: number;
  /** Department renames (a reorganization) picked from DEPARTMENT_RENAMES. */
  renames: number;
  /** Share of kept rows given another grade. */
  regradeShare: number;
  /** How many positive ratios (… 比率 3.7%: 実質公債費比率 and the like can fall below zero) turn negative (▲); none drawn when absent. */
  negatives?: number;
}

/** A measured number changed between the editions, as written in each (value with sign, in the written unit). */
export interface NumberChange { field: "done"; old: { raw: string; value: number }; new: { raw: string; value: number }; unit: string }

export interface PairTruth {
  oldId: string; newId: string; oldIndex: number; newIndex: number;
  /** The key must be equal in both editions (item unchanged or reworded in kana only, same topic). */
  keyKept: boolean;
  moved: { from: string; to: string } | null;
  item: { from: string; to: string; kind: "kana" | "words" } | null;
  departmentsChanged: boolean;
  grade: { old: string; new: string };
  numbers: NumberChange[];
}

export interface ChangesTruth {
  oldTruth: string; newTruth: string; oldPdf: string; newPdf: string;
  pairs: PairTruth[];
  removed: { oldId: string; oldIndex: number; item: string }[];
  added: { newId: string; newIndex: number; item: string }[];
}

const DEPARTMENT_RENAMES: [string, string][] = [
  ["政策推進課", "企画政策課"], ["市民活動支援課", "市民協働課"], ["管財課", "財産管理課"],
  ["秘書課", "広報広聴課"], ["国保年金課", "保険年金課"], ["企業局総務課", "上下水道総務課"],
];
/** Rewordings that change words (and so the key): one of those that apply to an item is used. */
const WORD_REWRITES: [RegExp, string][] = [
  [/の見直し$/, "の再点検"], [/の推進$/, "の強化"], [/の充実$/, "の拡充"], [/の実施$/, "の徹底"],
  [/の確保/, "の安定的な確保"], [/活用/, "利活用"], [/の向上$/, "の強化"], [/の維持$/, "の確保"],
  [/の重点化$/, "の選択と集中"], [/の促進$/, "の支援"], [/健全経営/, "経営健全化"], [/適正な/, "適切な"], [/^(.+?)の/, "$1等の"],
];
/** Numbers written with a unit are measured; ordinals (第1回) and dates are not. */
const MEASURED = /(?<![第\d.,])([▲△]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?=\s*(?:%|億円|千円|円|件|人|名|回|ha|㎡|事業|筆|棟|施設|か所|台))/gu;
const UNIT_AFTER = /^\s*(%|億円|千円|円|件|人|名|回|ha|㎡|事業|筆|棟|施設|か所|台)/u;

/** The next edition of `truth` and the truth of every change, deterministic for a seed. */
export function deriveEdition(truth: Truth, spec: EditionSpec, files: Pick<ChangesTruth, "oldTruth" | "newTruth" | "oldPdf" | "newPdf">): { truth: Truth; changes: ChangesTruth } {
  const rng = new Prng(spec.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)]!;
  const shuffled = <T>(xs: readonly T[]): T[] => xs.map((x) => [rng.next(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
  const oldIds = idsOf(truth.rows);
  const topicSize = (t: string) => truth.rows.filter((r) => r.topic === t).length;

  // Rows that can go or move without emptying their topic.
  const movable = shuffled(truth.rows.map((_, i) => i).filter((i) => topicSize(truth.rows[i]!.topic) >= 3));
  const removed = new Set(movable.slice(0, spec.removed));
  const movedIndex = movable[spec.removed]!;
  const movedFrom = truth.rows[movedIndex]!;
  const sameTopicPolicy = [...new Set(truth.rows.filter((r) => r.basicPolicyNo === movedFrom.basicPolicyNo && r.topic !== movedFrom.topic).map((r) => r.topic))];
  const movedTo = pick(sameTopicPolicy);

  const kept = truth.rows.map((_, i) => i).filter((i) => !removed.has(i));
  const candidates = shuffled(kept.filter((i) => i !== movedIndex));
  const kanaRows = candidates.filter((i) => kanaRewrite(truth.rows[i]!.item) !== null).slice(0, spec.rewordedKana);
  const wordRows = candidates.filter((i) => !kanaRows.includes(i) && wordRewrite(truth.rows[i]!.item, 0) !== null).slice(0, spec.rewordedWords);
  const renames = new Map(shuffled(DEPARTMENT_RENAMES).slice(0, spec.renames));
  const rename = (s: string) => [...renames].reduce((t, [a, b]) => t.split(a).join(b), s);

  // Rates that turn ▲, as "row:occurrence" of the measured numbers in 取組内容.
  const flips = new Set<string>();
  if (spec.negatives) {
    const rates = kept.flatMap((i) => positiveRates(truth.rows[i]!.done).map((k) => `${i}:${k}`));
    for (const f of shuffled(rates).slice(0, spec.negatives)) flips.add(f);
  }

  // Kept rows, changed; the moved row goes to the end of its new topic.
  const changed = new Map<number, { row: TruthRow; pair: Omit<PairTruth, "newId" | "newIndex" | "oldId" | "oldIndex"> }>();
  const grades = ["A", "B", "C", "D"];
  for (const i of kept) {
    const r = truth.rows[i]!;
    const kana = kanaRows.includes(i) ? kanaRewrite(r.item) : null;
    const words = wordRows.includes(i) ? wordRewrite(r.item, rng.next()) : null;
    const item = kana ?? words ?? r.item;
    const grade = rng.next() < spec.regradeShare ? pick(grades.filter((g) => g !== r.grade)) : r.grade;
    const numbers: NumberChange[] = [];
    const done = changeNumbers(r.done, rng, numbers, (k) => flips.has(`${i}:${k}`));
    const topic = i === movedIndex ? movedTo : r.topic;
    const departments = rename(r.departments);
    const row: TruthRow = {
      ...r, topic, item, grade, done: shiftYears(done), check: shiftYears(rename(r.check)), departments,
      plan: rename(r.plan), action: rename(r.action), futureDirection: rename(r.futureDirection),
    };
    changed.set(i, {
      row,
      pair: {
        keyKept: words === null && i !== movedIndex,
        moved: i === movedIndex ? { from: r.topic, to: movedTo } : null,
        item: kana ? { from: r.item, to: kana, kind: "kana" } : words ? { from: r.item, to: words, kind: "words" } : null,
        departmentsChanged: departments !== r.departments,
        grade: { old: r.grade, new: grade },
        numbers,
      },
    });
  }
  const order = kept.filter((i) => i !== movedIndex);
  const movedAfter = Math.max(...order.filter((i) => truth.rows[i]!.topic === movedTo));
  order.splice(order.indexOf(movedAfter) + 1, 0, movedIndex);

  // New rows: the first opens its topic (every id after it in the topic shifts), the others close theirs.
  const rows: { row: TruthRow; oldIndex: number | null }[] = order.map((i) => ({ row: changed.get(i)!.row, oldIndex: i }));
  shuffled(NEW_ITEMS).slice(0, spec.added).forEach((n, k) => {
    const at = rows.map((x) => x.row.topic.replace(/^[\u2460-\u2473]/u, "")).map((t, j) => (t === n.topicOf ? j : -1)).filter((j) => j >= 0);
    if (at.length === 0) throw new Error(`no topic ${n.topicOf}`);
    const host = rows[at[0]!]!.row;
    const { topicOf: _, ...fields } = n;
    const row: TruthRow = { ...fields, basicPolicyNo: host.basicPolicyNo, basicPolicy: host.basicPolicy, direction: host.direction, topic: host.topic, no: 0, reconstructed: [] };
    rows.splice(k === 0 ? at[0]! : at[at.length - 1]! + 1, 0, { row, oldIndex: null });
  });
  renumber(rows, truth.rows);
  const newIds = idsOf(rows.map((x) => x.row));

  const pairs: PairTruth[] = [];
  const added: ChangesTruth["added"] = [];
  rows.forEach((x, newIndex) => {
    if (x.oldIndex === null) added.push({ newId: newIds[newIndex]!, newIndex, item: x.row.item });
    else pairs.push({ oldId: oldIds[x.oldIndex]!, newId: newIds[newIndex]!, oldIndex: x.oldIndex, newIndex, ...changed.get(x.oldIndex)!.pair });
  });
  return {
    truth: { document: spec.document, gradeLegend: truth.gradeLegend, rows: rows.map((x) => x.row) },
    changes: {
      ...files, pairs, added,
      removed: [...removed].sort((a, b) => a - b).map((i) => ({ oldId: oldIds[i]!, oldIndex: i, item: truth.rows[i]!.item })),
    },
  };
}

/** 取り組み → 取組, or one の dropped: a rewording that changes kana only. */
function kanaRewrite(item: string): string | null {
  if (item.includes("取り組み")) return item.replace("取り組み", "取組");
  const at = item.indexOf("の");
  return at > 0 && at < item.length - 1 ? item.slice(0, at) + item.slice(at + 1) : null;
}

/** One of the word rewrites that apply to `item`, chosen by `u` in [0, 1). */
function wordRewrite(item: string, u: number): string | null {
  const applicable = WORD_REWRITES.filter(([re]) => re.test(item));
  const chosen = applicable[Math.floor(u * applicable.length)];
  return chosen ? item.replace(chosen[0], chosen[1]) : null;
}

/** Occurrence numbers (among the measured numbers of `text`) of the positive percentages written after a 比率. */
function positiveRates(text: string): number[] {
  return [...text.matchAll(MEASURED)].flatMap((m, k) =>
    !m[1] && UNIT_AFTER.exec(text.slice(m.index + m[0].length))![1] === "%" && /比率\s*$/.test(text.slice(0, m.index)) ? [k] : []);
}

/**
 * Every measured number gets another value (±5–35 %, or a few points for a percentage over 50); after 対前年比,
 * or where `flip` says so, it turns negative (▲).
 */
function changeNumbers(text: string, rng: Prng, out: NumberChange[], flip: (occurrence: number) => boolean): string {
  let k = 0;
  return text.replace(MEASURED, (raw, sign: string, int: string, frac: string | undefined, offset: number) => {
    const occurrence = k++;
    const unit = UNIT_AFTER.exec(text.slice(offset + raw.length))![1]!;
    const decimals = frac ? frac.length - 1 : 0;
    const old = (sign ? -1 : 1) * Number(int.replace(/,/g, "") + (frac ?? ""));
    const step = 10 ** -decimals;
    let magnitude = Math.abs(old);
    magnitude = unit === "%" && magnitude > 50
      ? Math.min(99.9, magnitude + (rng.next() < 0.5 ? -1 : 1) * rng.range(0.3, 3))
      : magnitude * (1 + (rng.next() < 0.5 ? -1 : 1) * rng.range(0.05, 0.35));
    magnitude = Math.max(step, Math.round(magnitude / step) * step);
    if (Math.abs(magnitude - Math.abs(old)) < step / 2) magnitude += step;
    const negative = sign !== "" || flip(occurrence) || /対前年比\s*$/.test(text.slice(0, offset));
    const value = Number(((negative ? -1 : 1) * magnitude).toFixed(decimals));
    const digits = magnitude.toFixed(decimals);
    const [i, f] = digits.split(".");
    const written = (int.includes(",") ? i!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : i!) + (f ? `.${f}` : "");
    const newRaw = `${negative ? sign || "▲" : ""}${written}`;
    out.push({ field: "done", old: { raw: raw + unit, value: old }, new: { raw: newRaw + unit, value }, unit });
    return newRaw;
  });
}

/** The next year's report speaks of the next year: 令和2年 → 令和3年, R2年度 → R3年度. */
function shiftYears(text: string): string {
  return text.replace(/(令和|R)(\d+)(年)/g, (_, era: string, n: string, y: string) => `${era}${Number(n) + 1}${y}`);
}

/** No. within a topic, from 1; rows that shared a No. in the old edition (one item per account) and still follow each other share it. */
function renumber(rows: readonly { row: TruthRow; oldIndex: number | null }[], old: readonly TruthRow[]): void {
  let no = 0;
  rows.forEach((x, k) => {
    const prev = rows[k - 1];
    const sameTopic = prev !== undefined && prev.row.basicPolicyNo === x.row.basicPolicyNo && prev.row.topic === x.row.topic;
    const sharedNo = sameTopic && prev.oldIndex !== null && x.oldIndex === prev.oldIndex + 1 &&
      old[x.oldIndex]!.topic === old[prev.oldIndex]!.topic && old[x.oldIndex]!.no === old[prev.oldIndex]!.no;
    no = !sameTopic ? 1 : sharedNo ? no : no + 1;
    x.row.no = no;
  });
}

/** Ids as hyo writes them: policy-topic marker-No., a repeated No. within a topic numbered (2), (3)… */
export function idsOf(rows: readonly TruthRow[]): string[] {
  const seen = new Map<string, number>();
  let topicIndex = 0, prevTopic = "";
  return rows.map((r) => {
    if (r.topic !== prevTopic) { topicIndex++; prevTopic = r.topic; }
    const marker = /^[\u2460-\u2473\u3251-\u325F]/u.exec(r.topic)?.[0] ?? String(topicIndex);
    const base = `${r.basicPolicyNo}-${marker}-${r.no}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}(${n})`;
  });
}
