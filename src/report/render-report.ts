/**
 * review.html: one self-contained page (works from file://, no request leaves it). Stable hooks for tests:
 * #summary, #filter-code, #filter-severity, #filter-grade, #filter-review, #search, #shown-count, #edit-count,
 * .record[data-id], .record .edit[data-field], .record textarea[data-field] / select[data-field],
 * .record input.reviewed, #export-corrections.
 */
import { createHash } from "node:crypto";
import type { DocumentInfo, HyoRecord } from "../schema/index.js";
import { escapeHtml as h, jsonForScript } from "./escape.js";
import { REPORT_SCRIPT } from "./client-script.js";
import { REPORT_CSS } from "./styles.js";

export interface ReportInput {
  readonly document: DocumentInfo;
  readonly source: { file: string; sha256: string; pages: number };
  readonly records: readonly HyoRecord[];
  /** Record id → images (data URLs) of its source cells. */
  readonly crops: Readonly<Record<string, readonly { field: string; page: number; dataUrl: string }[]>>;
  readonly generatedAt: string;
}

const FIELD_LABELS: readonly [keyof HyoRecord & string, string][] = [
  ["item", "具体的な取り組み項目"], ["departments", "取組主管課・関係課等"], ["futureDirection", "今後の取組方向"], ["relatedPlans", "関係する計画等"],
  ["target", "達成目標"], ["plan", "計画(Plan)"], ["done", "取組内容(Do)"], ["check", "評価(Check)"], ["grade", "取組達成度"], ["action", "改善(Action)"],
];
const SEVERITY_LABEL = { error: "エラー", warn: "要確認", info: "情報" } as const;
const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const isImage = (u: string) => /^data:image\/(png|webp|jpeg);base64,[A-Za-z0-9+/=]+$/.test(u);

export function renderReport(input: ReportInput): string {
  const { records } = input;
  const counts = new Map<string, number>();
  for (const r of records) for (const f of r.flags) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  const sev = (s: string) => records.filter((r) => r.flags.some((f) => f.severity === s)).length;
  const csp = `default-src 'none'; img-src data:; style-src ${hash(REPORT_CSS)}; script-src ${hash(REPORT_SCRIPT)}; base-uri 'none'; form-action 'none'`;
  const title = input.document.title ?? input.source.file;
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>確認レポート — ${h(title)}</title>
<style>${REPORT_CSS}</style></head><body>
<header>
<h1>確認レポート: ${h(title)}</h1>
<div class="meta">${h([input.document.municipality, input.document.published, input.document.fiscalYear].filter(Boolean).join(" ・ "))} — 元ファイル ${h(input.source.file)} (${input.source.pages}ページ, SHA-256 ${h(input.source.sha256)}) — 作成 ${h(input.generatedAt)}</div>
<div id="summary">
<span class="stat">件数<b>${records.length}</b></span>
<span class="stat">要確認<b>${records.filter((r) => r.needsReview).length}</b></span>
<span class="stat">エラーあり<b>${sev("error")}</b></span>
<span class="stat">修正済み<b>${records.filter((r) => r.corrected).length}</b></span>
${[...counts].sort((a, b) => b[1] - a[1]).map(([c, n]) => `<span class="stat" data-code="${h(c)}">${h(c)}<b>${n}</b></span>`).join("\n")}
</div></header>
<div id="controls">
<label>指摘 <select id="filter-code"><option value="">すべて</option>${[...counts.keys()].sort().map((c) => `<option value="${h(c)}">${h(c)}</option>`).join("")}</select></label>
<label>重要度 <select id="filter-severity"><option value="">すべて</option><option value="error">エラー</option><option value="warn">要確認</option><option value="info">情報</option></select></label>
<label>達成度 <select id="filter-grade"><option value="">すべて</option><option>A</option><option>B</option><option>C</option><option>D</option><option value="none">空欄</option></select></label>
<label><input type="checkbox" id="filter-review"> 要確認のみ</label>
<input type="search" id="search" placeholder="検索(全項目)" aria-label="検索">
<span>表示 <b id="shown-count">${records.length}</b> 件 ・ j/k で要確認の行を移動</span>
<button class="primary" id="export-corrections">修正内容を書き出す (<span id="edit-count">0</span>)</button>
</div>
<main>
${records.map((r, i) => card(r, i, input.crops[r.id] ?? [])).join("\n")}
</main>
<script type="application/json" id="report-data">${jsonForScript({ records: records.map((r) => ({ id: r.id, grade: r.grade, needsReview: r.needsReview, flags: r.flags.map((f) => ({ code: f.code, severity: f.severity })) })) })}</script>
<script>${REPORT_SCRIPT}</script>
</body></html>
`;
}

function card(r: HyoRecord, index: number, crops: readonly { field: string; page: number; dataUrl: string }[]): string {
  const cls = ["record", r.needsReview ? "needs-review" : "", r.flags.some((f) => f.severity === "error") ? "has-error" : ""].filter(Boolean).join(" ");
  const repairs = Object.entries(r.repairs).flatMap(([field, reps]) => reps.map((x) => `<tr><td>${h(field)}</td><td>${h(x.rule)}</td><td>${h(x.from)}</td><td>${h(x.to)}</td></tr>`));
  const quantities = Object.entries(r.quantities).flatMap(([field, qs]) => qs.map((q) => `<tr><td>${h(field)}</td><td>${h(q.label ?? "")}</td><td>${h(q.raw)}</td><td>${h(q.normalized.value)} ${h(q.normalized.unit)}</td><td>${h(q.comparator ?? "")}</td></tr>`));
  return `<article class="${cls}" tabindex="-1" data-id="${h(r.id)}" data-index="${index}">
<h2><span class="rid">${h(r.id)}</span> ${h(r.item)} <span class="grade${r.grade ? "" : " none"}">${h(r.grade ?? "—")}</span>
<label class="reviewed-label"><input type="checkbox" class="reviewed"> 確認済み</label></h2>
<div class="topic">${h(r.basicPolicyNo)} ${h(r.basicPolicy)} ／ ${h(r.topic)} ／ No.${h(r.no ?? "?")}</div>
${r.flags.length ? `<ul class="flags">${r.flags.map((f) => `<li class="flag ${h(f.severity)}"><code>${h(f.code)}</code>${h(SEVERITY_LABEL[f.severity])}${f.field ? `(${h(f.field)})` : ""}: ${h(f.message)}</li>`).join("")}</ul>` : ""}
<dl class="fields">${FIELD_LABELS.map(([field, label]) => `<dt>${h(label)}</dt><dd><span class="value">${h(r[field] ?? "")}</span><button class="edit" data-field="${h(field)}">修正</button></dd>`).join("")}</dl>
${crops.filter((c) => isImage(c.dataUrl)).map((c) => `<div class="source"><img alt="${h(r.id)} の元の表(${c.page}ページ)" src="${c.dataUrl}"></div>`).join("")}
${r.evaluations.length ? `<details open><summary>目標と実績</summary><table class="mini"><tr><th>項目</th><th>目標</th><th>実績</th><th>判定</th></tr>${r.evaluations.map((e) => `<tr><td>${h(e.label)}</td><td>${h(e.target.comparator ?? "")}${h(e.target.raw)}</td><td>${h(e.actual.raw)}</td><td>${e.met === null ? "判定不可" : e.met ? "達成" : "未達"}</td></tr>`).join("")}</table></details>` : ""}
${repairs.length ? `<details><summary>文字の補正 ${repairs.length}件</summary><table class="mini"><tr><th>項目</th><th>規則</th><th>補正前</th><th>補正後</th></tr>${repairs.join("")}</table></details>` : ""}
${quantities.length ? `<details><summary>数値 ${quantities.length}件</summary><table class="mini"><tr><th>項目</th><th>ラベル</th><th>表記</th><th>正規化</th><th>比較</th></tr>${quantities.join("")}</table></details>` : ""}
</article>`;
}
