/**
 * review.html for records read without a profile: the same page, hooks and script as the profiled report
 * (render-report.ts), with each record's cells under its header keys, its section path, its typed values, the
 * cells that say "no value", and for a total row the check of each column.
 */
import type { DocumentInfo, GenericRecord, GenericTable } from "../schema/index.js";
import { HYO_VERSION } from "../version.js";
import { escapeHtml as h, jsonForScript } from "./escape.js";
import { REPORT_SCRIPT } from "./client-script.js";
import { flagLabel, SEVERITY_LABEL } from "./labels.js";
import type { CellImage } from "./render-report.js";
import { reportHead } from "./page-head.js";

export interface GenericReportInput {
  readonly document: DocumentInfo;
  readonly source: { file: string; sha256: string; pages: number };
  readonly records: readonly GenericRecord[];
  readonly tables: readonly GenericTable[];
  /** Record id → images (data URLs) of its fields' cells. */
  readonly crops: Readonly<Record<string, readonly CellImage[]>>;
  /** Which records have images: "all", or only those that need review. */
  readonly images?: "flagged" | "all";
  readonly generatedAt: string;
}
const TYPE_LABEL = { number: "数値", percent: "率", money: "金額", count: "数量", date: "日付", grade: "評価", code: "番号", text: "文字" } as const;
const isImage = (u: string) => /^data:image\/(png|webp|jpeg);base64,[A-Za-z0-9+/=]+$/.test(u);

export function renderGenericReport(input: GenericReportInput): string {
  const { records } = input;
  const counts = new Map<string, { n: number; severity: string }>();
  for (const r of records) for (const f of r.flags) counts.set(f.code, { n: (counts.get(f.code)?.n ?? 0) + 1, severity: f.severity });
  const sev = (s: string) => records.filter((r) => r.flags.some((f) => f.severity === s)).length;
  const title = input.document.title ?? input.source.file;
  // The shared script's data: generic records take no corrections (their fields are not a fixed contract), so no
  // prior ones and nothing to edit; 確認済み marks are exported as for profiled records.
  const data = {
    key: `hyo-review:${input.source.sha256}`,
    source: { file: input.source.file, sha256: input.source.sha256, profile: "generic" },
    hyoVersion: HYO_VERSION,
    prior: { corrections: [], reviews: [] },
    records: records.map((r) => ({ id: r.id, grade: null, needsReview: r.needsReview, flags: r.flags.map((f) => ({ code: f.code, severity: f.severity })), extracted: {} })),
  };
  const imageNote = input.images === "all" ? "" : `<span class="stat note">セルの画像は要確認の記録のみ (すべての記録には --report-images all)</span>`;
  return `${reportHead(title, "", input.source, input.generatedAt)}
<div id="summary">
<span class="stat">件数<b>${records.length}</b></span>
<span class="stat">要確認<b>${records.filter((r) => r.needsReview).length}</b></span>
<span class="stat">エラーあり<b>${sev("error")}</b></span>
<span class="stat">合計行<b>${records.filter((r) => r.total).length}</b></span>
${[...counts].sort((a, b) => b[1].n - a[1].n).map(([c, { n, severity }]) => `<span class="stat flag-stat ${h(severity)}" data-code="${h(c)}" title="${h(c)}">${h(flagLabel(c))}<b>${n}</b></span>`).join("\n")}
${imageNote}
</div>
${input.tables.map(tableSummary).join("\n")}
</header>
<div id="controls">
<label>指摘 <select id="filter-code"><option value="">すべて</option>${[...counts.keys()].sort().map((c) => `<option value="${h(c)}" title="${h(c)}">${h(flagLabel(c))}</option>`).join("")}</select></label>
<label>重要度 <select id="filter-severity"><option value="">すべて</option><option value="error">エラー</option><option value="warn">要確認</option><option value="info">情報</option></select></label>
<select id="filter-grade" hidden><option value="">すべて</option></select>
<label><input type="checkbox" id="filter-review"> 要確認のみ</label>
<input type="search" id="search" placeholder="検索(全項目)" aria-label="検索">
<label>確認者 <input type="text" id="reviewer" size="8" aria-label="確認者の名前"></label>
<span>表示 <b id="shown-count">${records.length}</b> 件 ・ j/k で要確認の行を移動</span>
<span id="save-state" class="muted"></span>
<button class="primary" id="export-corrections">確認済みを書き出す (<span id="edit-count">0</span>)</button>
</div>
<main>
${records.map((r, i) => card(r, i, input.crops[r.id] ?? [])).join("\n")}
</main>
<div id="zoom" class="hidden" role="dialog" aria-label="拡大画像"><figure><img alt=""><figcaption></figcaption></figure></div>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script>${REPORT_SCRIPT}</script>
</body></html>
`;
}

function tableSummary(t: GenericTable): string {
  return `<details class="table-summary" data-table="${h(t.id)}"><summary>表 ${h(t.id)}: ${t.columns.length}列${t.headerless ? "(見出しなし: 列は A, B, … で表示)" : ""}${t.unitNote ? ` ・ ${h(t.unitNote)}` : ""} ・ 区分 ${t.sections.length}</summary>
<table class="mini"><tr><th>列</th><th>型</th><th>単位</th></tr>${t.columns.map((c) => `<tr><td>${h(c.key)}</td><td>${h(TYPE_LABEL[c.type])}</td><td>${c.unit === null ? "" : `${h(c.multiplier === 1 ? "" : `×${c.multiplier} `)}${h(c.unit)} (${h(c.unitFrom ?? "")})`}</td></tr>`).join("")}</table></details>`;
}

function fieldRow(r: GenericRecord, field: string, value: string, image: CellImage | undefined): string {
  const img = image && isImage(image.dataUrl)
    ? `<figure class="cell"><img src="${image.dataUrl}" alt="${h(r.id)} ${h(field)} の元のセル(${image.page}ページ)"${image.width ? ` width="${image.width}" height="${image.height}"` : ""} data-caption="${h(`${r.id} ${field} (${image.page}ページ)`)}" title="クリックで拡大"><figcaption>${h(field)} ・ ${image.page}ページ</figcaption></figure>` : "";
  return `<dt>${h(field)}</dt><dd data-field="${h(field)}"><div class="text"><span class="value">${h(value)}</span></div>${img}</dd>`;
}

function card(r: GenericRecord, index: number, crops: readonly CellImage[]): string {
  const imageOf = new Map(crops.map((c) => [c.field, c]));
  const cls = ["record", r.needsReview ? "needs-review" : "", r.flags.some((f) => f.severity === "error") ? "has-error" : ""].filter(Boolean).join(" ");
  const quantities = Object.entries(r.quantities ?? {}).flatMap(([field, qs]) => qs.map((q) => `<tr><td>${h(field)}</td><td>${h(q.raw)}</td><td>${h(q.normalized.value)} ${h(q.normalized.unit)}</td><td>${h(q.unitFrom)}</td></tr>`));
  const none = Object.entries(r.noValue ?? {}).map(([field, mark]) => `<tr><td>${h(field)}</td><td>${h(mark)}</td><td>値なし</td><td></td></tr>`);
  const checks = Object.entries(r.totalCheck ?? {}).map(([field, c]) => `<tr><td>${h(field)}</td><td>${h(c.expected)}</td><td>${h(c.found)}</td><td>${c.ok ? "一致" : "不一致"}</td></tr>`);
  const repairs = Object.entries(r.repairs).flatMap(([field, reps]) => reps.map((x) => `<tr><td>${h(field)}</td><td>${h(x.rule)}</td><td>${h(x.from)}</td><td>${h(x.to)}</td></tr>`));
  const first = Object.values(r.fields).find((v) => v.trim() !== "") ?? "";
  return `<article class="${cls}" tabindex="-1" data-id="${h(r.id)}" data-index="${index}">
<h2><span class="rid">${h(r.id)}</span> <span class="title">${h(first)}</span>${r.total ? ` <span class="grade">合計行</span>` : ""}
<label class="reviewed-label"><input type="checkbox" class="reviewed"> 確認済み</label></h2>
${r.section?.length ? `<div class="topic">${r.section.map(h).join(" ／ ")}</div>` : ""}
${r.flags.length ? `<ul class="flags">${r.flags.map((f) => `<li class="flag ${h(f.severity)}" title="${h(f.code)}"><b>${h(flagLabel(f.code))}</b><span class="sev">${h(SEVERITY_LABEL[f.severity])}${f.field ? `・${h(f.field)}` : ""}</span>${h(f.message)}</li>`).join("")}</ul>` : ""}
<dl class="fields">${Object.entries(r.fields).map(([field, value]) => fieldRow(r, field, value, imageOf.get(field))).join("")}</dl>
${checks.length ? `<details open><summary>合計の検算</summary><table class="mini"><tr><th>列</th><th>上の行の和</th><th>表記</th><th>判定</th></tr>${checks.join("")}</table></details>` : ""}
${quantities.length + none.length ? `<details><summary>数値 ${quantities.length}件${none.length ? `・値なし ${none.length}件` : ""}</summary><table class="mini"><tr><th>列</th><th>表記</th><th>正規化</th><th>単位の出どころ</th></tr>${[...quantities, ...none].join("")}</table></details>` : ""}
${repairs.length ? `<details><summary>文字の補正 ${repairs.length}件</summary><table class="mini"><tr><th>項目</th><th>規則</th><th>補正前</th><th>補正後</th></tr>${repairs.join("")}</table></details>` : ""}
</article>`;
}
