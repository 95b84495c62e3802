/**
 * review.html for records read without a profile: the same page, hooks and script as the profiled report
 * (render-report.ts), with each record's cells under its header keys, its section path, its typed values, the
 * cells that say "no value", and for a total row the check of each column.
 */
import { createHash } from "node:crypto";
import type { DocumentInfo, GenericRecord, GenericTable } from "../schema/index.js";
import { escapeHtml as h, jsonForScript } from "./escape.js";
import { REPORT_SCRIPT } from "./client-script.js";
import { REPORT_CSS } from "./styles.js";

export interface GenericReportInput {
  readonly document: DocumentInfo;
  readonly source: { file: string; sha256: string; pages: number };
  readonly records: readonly GenericRecord[];
  readonly tables: readonly GenericTable[];
  readonly crops: Readonly<Record<string, readonly { field: string; page: number; dataUrl: string }[]>>;
  readonly generatedAt: string;
}

const SEVERITY_LABEL = { error: "エラー", warn: "要確認", info: "情報" } as const;
const TYPE_LABEL = { number: "数値", percent: "率", money: "金額", count: "数量", date: "日付", grade: "評価", code: "番号", text: "文字" } as const;
const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const isImage = (u: string) => /^data:image\/(png|webp|jpeg);base64,[A-Za-z0-9+/=]+$/.test(u);

export function renderGenericReport(input: GenericReportInput): string {
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
<div class="meta">元ファイル ${h(input.source.file)} (${input.source.pages}ページ, SHA-256 ${h(input.source.sha256)}) — 作成 ${h(input.generatedAt)}</div>
<div id="summary">
<span class="stat">件数<b>${records.length}</b></span>
<span class="stat">要確認<b>${records.filter((r) => r.needsReview).length}</b></span>
<span class="stat">エラーあり<b>${sev("error")}</b></span>
<span class="stat">合計行<b>${records.filter((r) => r.total).length}</b></span>
${[...counts].sort((a, b) => b[1] - a[1]).map(([c, n]) => `<span class="stat" data-code="${h(c)}">${h(c)}<b>${n}</b></span>`).join("\n")}
</div>
${input.tables.map(tableSummary).join("\n")}
</header>
<div id="controls">
<label>指摘 <select id="filter-code"><option value="">すべて</option>${[...counts.keys()].sort().map((c) => `<option value="${h(c)}">${h(c)}</option>`).join("")}</select></label>
<label>重要度 <select id="filter-severity"><option value="">すべて</option><option value="error">エラー</option><option value="warn">要確認</option><option value="info">情報</option></select></label>
<select id="filter-grade" hidden><option value="">すべて</option></select>
<label><input type="checkbox" id="filter-review"> 要確認のみ</label>
<input type="search" id="search" placeholder="検索(全項目)" aria-label="検索">
<span>表示 <b id="shown-count">${records.length}</b> 件 ・ j/k で要確認の行を移動</span>
<button class="primary" id="export-corrections">修正内容を書き出す (<span id="edit-count">0</span>)</button>
</div>
<main>
${records.map((r, i) => card(r, i, input.crops[r.id] ?? [])).join("\n")}
</main>
<script type="application/json" id="report-data">${jsonForScript({ records: records.map((r) => ({ id: r.id, grade: null, needsReview: r.needsReview, flags: r.flags.map((f) => ({ code: f.code, severity: f.severity })) })) })}</script>
<script>${REPORT_SCRIPT}</script>
</body></html>
`;
}

function tableSummary(t: GenericTable): string {
  return `<details class="table-summary" data-table="${h(t.id)}"><summary>表 ${h(t.id)}: ${t.columns.length}列${t.headerless ? "(見出しなし: 列は A, B, … で表示)" : ""}${t.unitNote ? ` ・ ${h(t.unitNote)}` : ""} ・ 区分 ${t.sections.length}</summary>
<table class="mini"><tr><th>列</th><th>型</th><th>単位</th></tr>${t.columns.map((c) => `<tr><td>${h(c.key)}</td><td>${h(TYPE_LABEL[c.type])}</td><td>${c.unit === null ? "" : `${h(c.multiplier === 1 ? "" : `×${c.multiplier} `)}${h(c.unit)} (${h(c.unitFrom ?? "")})`}</td></tr>`).join("")}</table></details>`;
}

function card(r: GenericRecord, index: number, crops: readonly { field: string; page: number; dataUrl: string }[]): string {
  const cls = ["record", r.needsReview ? "needs-review" : "", r.flags.some((f) => f.severity === "error") ? "has-error" : ""].filter(Boolean).join(" ");
  const quantities = Object.entries(r.quantities ?? {}).flatMap(([field, qs]) => qs.map((q) => `<tr><td>${h(field)}</td><td>${h(q.raw)}</td><td>${h(q.normalized.value)} ${h(q.normalized.unit)}</td><td>${h(q.unitFrom)}</td></tr>`));
  const none = Object.entries(r.noValue ?? {}).map(([field, mark]) => `<tr><td>${h(field)}</td><td>${h(mark)}</td><td>値なし</td><td></td></tr>`);
  const checks = Object.entries(r.totalCheck ?? {}).map(([field, c]) => `<tr><td>${h(field)}</td><td>${h(c.expected)}</td><td>${h(c.found)}</td><td>${c.ok ? "一致" : "不一致"}</td></tr>`);
  const repairs = Object.entries(r.repairs).flatMap(([field, reps]) => reps.map((x) => `<tr><td>${h(field)}</td><td>${h(x.rule)}</td><td>${h(x.from)}</td><td>${h(x.to)}</td></tr>`));
  const first = Object.values(r.fields).find((v) => v.trim() !== "") ?? "";
  return `<article class="${cls}" tabindex="-1" data-id="${h(r.id)}" data-index="${index}">
<h2><span class="rid">${h(r.id)}</span> ${h(first)}${r.total ? ` <span class="grade">合計行</span>` : ""}
<label class="reviewed-label"><input type="checkbox" class="reviewed"> 確認済み</label></h2>
${r.section?.length ? `<div class="topic">${r.section.map(h).join(" ／ ")}</div>` : ""}
${r.flags.length ? `<ul class="flags">${r.flags.map((f) => `<li class="flag ${h(f.severity)}"><code>${h(f.code)}</code>${h(SEVERITY_LABEL[f.severity])}${f.field ? `(${h(f.field)})` : ""}: ${h(f.message)}</li>`).join("")}</ul>` : ""}
<dl class="fields">${Object.entries(r.fields).map(([field, value]) => `<dt>${h(field)}</dt><dd><span class="value">${h(value)}</span><button class="edit" data-field="${h(field)}">修正</button></dd>`).join("")}</dl>
${crops.filter((c) => isImage(c.dataUrl)).map((c) => `<div class="source"><img alt="${h(r.id)} の元の表(${c.page}ページ)" src="${c.dataUrl}"></div>`).join("")}
${checks.length ? `<details open><summary>合計の検算</summary><table class="mini"><tr><th>列</th><th>上の行の和</th><th>表記</th><th>判定</th></tr>${checks.join("")}</table></details>` : ""}
${quantities.length + none.length ? `<details><summary>数値 ${quantities.length}件${none.length ? `・値なし ${none.length}件` : ""}</summary><table class="mini"><tr><th>列</th><th>表記</th><th>正規化</th><th>単位の出どころ</th></tr>${[...quantities, ...none].join("")}</table></details>` : ""}
${repairs.length ? `<details><summary>文字の補正 ${repairs.length}件</summary><table class="mini"><tr><th>項目</th><th>規則</th><th>補正前</th><th>補正後</th></tr>${repairs.join("")}</table></details>` : ""}
</article>`;
}
