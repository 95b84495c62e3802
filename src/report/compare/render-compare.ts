/**
 * compare.html: one self-contained page (works from file://, no request leaves it; CSP with hashes; every
 * PDF-derived string escaped). Stable hooks for tests: #summary, #grade-matrix, #filter-status, #search,
 * #shown-count, .entry[data-kind][data-tags][data-old-id][data-new-id], .entry details.sbs, tr.changed[data-field].
 */
import { createHash } from "node:crypto";
import { COMPARED_FIELDS } from "../../compare/record-changes.js";
import { isNewlyMissed } from "../../compare/compare.js";
import type { CompareFile, ComparePair } from "../../schema/compare.js";
import type { HyoRecord } from "../../schema/index.js";
import { escapeHtml as h } from "../escape.js";
import { COMPARE_SCRIPT } from "./compare-script.js";
import { COMPARE_CSS } from "./compare-styles.js";

const FIELD_LABELS: Readonly<Record<(typeof COMPARED_FIELDS)[number], string>> = {
  basicPolicy: "基本方針", direction: "取り組みの方針", topic: "取り組みの項目", item: "具体的な取り組み項目",
  departments: "取組主管課・関係課等", futureDirection: "今後の取組方向", relatedPlans: "関係する計画等", target: "達成目標",
  plan: "計画(Plan)", done: "取組内容(Do)", check: "評価(Check)", grade: "取組達成度", action: "改善(Action)",
};
const FILTERS: [string, string][] = [
  ["worsened", "達成度が悪化"], ["improved", "達成度が改善"], ["added", "追加"], ["removed", "削除"],
  ["newly-missed", "目標が未達に転じた"], ["moved", "移動"], ["changed", "変更あり"], ["unchanged", "変更なし"], ["ambiguous", "要確認(対応が不明確)"],
];
const GRADES = ["A", "B", "C", "D", "none"] as const;
const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const metText = (m: boolean | null) => (m === null ? "判定不可" : m ? "達成" : "未達");

export interface CompareReportInput {
  readonly comparison: CompareFile;
  readonly oldRecords: readonly HyoRecord[];
  readonly newRecords: readonly HyoRecord[];
  readonly generatedAt: string;
}

export function renderCompare({ comparison: c, oldRecords, newRecords, generatedAt }: CompareReportInput): string {
  const oldById = new Map(oldRecords.map((r) => [r.id, r])), newById = new Map(newRecords.map((r) => [r.id, r]));
  const year = (e: CompareFile["old"], fallback: string) => e.document.fiscalYear ?? fallback;
  const oldYear = year(c.old, "旧"), newYear = year(c.new, "新");
  const csp = `default-src 'none'; style-src ${hash(COMPARE_CSS)}; script-src ${hash(COMPARE_SCRIPT)}; base-uri 'none'; form-action 'none'`;
  const title = c.new.document.title ?? c.old.document.title ?? c.new.file;
  const s = c.summary;
  const stat = (label: string, n: number, tag = "") => `<span class="stat"${tag ? ` data-tag="${h(tag)}"` : ""}>${h(label)}<b>${n}</b></span>`;
  const entries = [
    ...c.pairs.map((p) => pairEntry(p, oldById.get(p.oldId), newById.get(p.newId), oldYear, newYear)),
    ...c.added.map((r) => loneEntry("added", "追加", r, newYear)),
    ...c.removed.map((r) => loneEntry("removed", "削除", r, oldYear)),
    ...c.ambiguous.map((a) => `<article class="entry ambiguous" data-kind="ambiguous" data-tags="ambiguous">
<h2><span class="ids">${h(a.side === "old" ? `${oldYear} ${a.id}` : `${newYear} ${a.id}`)}</span> ${h(a.item)} <span class="badge bad">要確認</span></h2>
<div class="topic">対応する候補が複数あり、自動では対応付けていません:</div>
<ul>${a.candidates.map((x) => `<li><span class="ids">${h(x.id)}</span> ${h(x.item)} (類似度 ${h(x.score)})</li>`).join("")}</ul></article>`),
  ];
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>年度比較 — ${h(title)}</title>
<style>${COMPARE_CSS}</style></head><body>
<header>
<h1>年度比較: ${h(title)} (${h(oldYear)} → ${h(newYear)})</h1>
<div class="meta">旧 ${h(c.old.file)} (${c.old.records}件${c.old.document.published ? `, ${h(c.old.document.published)}` : ""}) ／ 新 ${h(c.new.file)} (${c.new.records}件${c.new.document.published ? `, ${h(c.new.document.published)}` : ""}) — 作成 ${h(generatedAt)}</div>
<div id="summary">
${stat("対応", s.paired)}${stat("うちキー一致", s.pairedByKey)}${stat("うち類似で対応", s.pairedBySimilarity)}${stat("変更なし", s.unchanged, "unchanged")}${stat("変更あり", s.changed, "changed")}
${stat("移動", s.moved, "moved")}${stat("追加", s.added, "added")}${stat("削除", s.removed, "removed")}${stat("要確認", s.ambiguous, "ambiguous")}
${stat("達成度が改善", s.gradeImproved, "improved")}${stat("達成度が悪化", s.gradeWorsened, "worsened")}${stat("目標が未達に転じた", s.newlyMissed, "newly-missed")}
</div>
${matrix(s.gradeMatrix, oldYear, newYear)}
</header>
<div id="controls">
<label>表示 <select id="filter-status"><option value="">すべて</option>${FILTERS.map(([v, l]) => `<option value="${h(v)}">${h(l)}</option>`).join("")}</select></label>
<input type="search" id="search" placeholder="検索(全項目)" aria-label="検索">
<span>表示 <b id="shown-count">${entries.length}</b> 件</span>
</div>
<main>
${entries.join("\n")}
</main>
<script>${COMPARE_SCRIPT}</script>
</body></html>
`;
}

function matrix(m: CompareFile["summary"]["gradeMatrix"], oldYear: string, newYear: string): string {
  const label = (g: string) => (g === "none" ? "空欄" : g);
  const rank = (g: string) => "ABCD".indexOf(g);
  const cls = (a: string, b: string, n: number) => [n === 0 ? "zero" : "", a !== "none" && b !== "none" && a !== b ? (rank(b) > rank(a) ? "worse" : "better") : ""].filter(Boolean).join(" ");
  return `<table id="grade-matrix"><caption>取組達成度の推移 (行: ${h(oldYear)}, 列: ${h(newYear)})</caption>
<tr><th></th>${GRADES.map((g) => `<th>${label(g)}</th>`).join("")}</tr>
${GRADES.map((a) => `<tr><th>${label(a)}</th>${GRADES.map((b) => `<td class="${cls(a, b, m[a][b])}" data-from="${a}" data-to="${b}">${m[a][b]}</td>`).join("")}</tr>`).join("\n")}
</table>`;
}

function tagsOf(p: ComparePair): string[] {
  const tags: string[] = [p.status];
  if (p.grade.change === "improved" || p.grade.change === "worsened") tags.push(p.grade.change);
  if (p.moved) tags.push("moved");
  if (isNewlyMissed(p)) tags.push("newly-missed");
  return tags;
}

function pairEntry(p: ComparePair, o: HyoRecord | undefined, n: HyoRecord | undefined, oldYear: string, newYear: string): string {
  const tags = tagsOf(p);
  const changed = new Set(p.fields.map((f) => f.field));
  const badges = [
    p.grade.change === "worsened" ? `<span class="badge bad">達成度が悪化</span>` : p.grade.change === "improved" ? `<span class="badge good">達成度が改善</span>` : "",
    p.moved ? `<span class="badge">移動</span>` : "",
    isNewlyMissed(p) ? `<span class="badge bad">目標が未達に転じた</span>` : "",
    p.match === "similarity" ? `<span class="badge">類似で対応 ${h(p.score)}</span>` : "",
  ].join("");
  const rows = COMPARED_FIELDS.map((f) => {
    const a = String(o?.[f] ?? ""), b = String(n?.[f] ?? "");
    const [da, db] = changed.has(f) ? marked(a, b) : [h(a), h(b)];
    return `<tr${changed.has(f) ? ` class="changed"` : ""} data-field="${h(f)}"><th>${h(FIELD_LABELS[f])}</th><td class="old">${da}</td><td class="new">${db}</td></tr>`;
  }).join("");
  const qs = p.quantities.filter((q) => q.changed);
  const num = (v: number) => (v < 0 ? "minus" : v > 0 ? "plus" : "");
  return `<article class="entry pair ${tags.join(" ")}" data-kind="pair" data-tags="${h(tags.join(" "))}" data-old-id="${h(p.oldId)}" data-new-id="${h(p.newId)}">
<h2><span class="ids">${h(p.oldId)} → ${h(p.newId)}</span> ${h(n?.item ?? "")} <span class="grade">${h(p.grade.old ?? "—")} → ${h(p.grade.new ?? "—")}</span>${badges}</h2>
<div class="topic">${h(n?.topic ?? "")}${p.moved ? ` (${h(p.moved.from)} から移動)` : ""} ／ 変更: ${p.fields.length ? p.fields.map((f) => h(FIELD_LABELS[f.field as keyof typeof FIELD_LABELS] ?? f.field)).join("、") : "なし"}</div>
${qs.length ? `<table class="mini quantities"><tr><th>項目</th><th>ラベル</th><th>${h(oldYear)}</th><th>${h(newYear)}</th><th>差</th></tr>${qs.map((q) => `<tr><td>${h(FIELD_LABELS[q.field as keyof typeof FIELD_LABELS] ?? q.field)}</td><td>${h(q.label ?? "")}</td><td>${h(q.old.raw)}</td><td>${h(q.new.raw)}</td><td class="${num(q.difference.value)}">${h(q.difference.text)}</td></tr>`).join("")}</table>` : ""}
${p.evaluations.length ? `<table class="mini evaluations"><tr><th>目標</th><th>${h(oldYear)}</th><th>${h(newYear)}</th></tr>${p.evaluations.map((e) => `<tr><td>${h(e.label)}</td><td>${metText(e.oldMet)}</td><td>${metText(e.newMet)}</td></tr>`).join("")}</table>` : ""}
<details class="sbs"><summary>両年度を並べて表示</summary><table class="sbs"><tr><th>項目</th><th>${h(oldYear)} (${h(p.oldId)})</th><th>${h(newYear)} (${h(p.newId)})</th></tr>${rows}</table></details>
</article>`;
}

function loneEntry(kind: "added" | "removed", label: string, r: CompareFile["added"][number], year: string): string {
  return `<article class="entry ${kind}" data-kind="${kind}" data-tags="${kind}" data-${kind === "added" ? "new" : "old"}-id="${h(r.id)}">
<h2><span class="ids">${h(year)} ${h(r.id)}</span> ${h(r.item)} <span class="grade">${h(r.grade ?? "—")}</span><span class="badge ${kind === "added" ? "good" : "bad"}">${h(label)}</span></h2>
<div class="topic">${h(r.topic)}</div></article>`;
}

/** Both texts escaped, the part between their common start and common end marked as removed / added. */
function marked(textA: string, textB: string): [string, string] {
  // By code point, so a character outside the BMP is never cut in two.
  const a = Array.from(textA), b = Array.from(textB);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const mark = (s: string[], cls: string) => {
    const mid = s.slice(start, s.length - end).join("");
    return h(s.slice(0, start).join("")) + (mid ? `<mark class="${cls}">${h(mid)}</mark>` : "") + h(s.slice(s.length - end).join(""));
  };
  return [mark(a, "old"), mark(b, "new")];
}
