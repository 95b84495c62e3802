/**
 * review.html: one self-contained page (works from file://, no request leaves it). Stable hooks for tests:
 * #summary, #filter-code, #filter-severity, #filter-grade, #filter-review, #search, #shown-count, #edit-count,
 * #reviewer, .record[data-id], .record dd[data-field], .record .edit[data-field], .record textarea[data-field] /
 * select[data-field], .record .value, .record .was, .record input.reviewed, figure.cell img, #zoom, #export-corrections.
 */
import type { DocumentInfo, HyoRecord } from "../schema/index.js";
import { HYO_VERSION } from "../version.js";
import type { Correction, CorrectionSet, Review } from "./corrections.js";
import { EDITABLE_FIELDS } from "./corrections.js";
import { escapeHtml as h, jsonForScript } from "./escape.js";
import { REPORT_SCRIPT } from "./client-script.js";
import { jstTime } from "./jst.js";
import { FIELD_LABELS, fieldLabel, flagLabel, repairLabel, SEVERITY_LABEL } from "./labels.js";
import { markLowConfidence } from "./low-confidence.js";
import { reportHead } from "./page-head.js";

export interface CellImage { readonly field: string; readonly page: number; readonly dataUrl: string; readonly width?: number; readonly height?: number }

export interface ReportInput {
  readonly document: DocumentInfo;
  readonly source: { file: string; sha256: string; pages: number };
  readonly profile?: string;
  readonly records: readonly HyoRecord[];
  /** Record id → images (data URLs) of its fields' cells. */
  readonly crops: Readonly<Record<string, readonly CellImage[]>>;
  /** Which records have images: "all", or only those that need review. */
  readonly images?: "flagged" | "all";
  /** The corrections this run applied (from --corrections): shown on the cards and carried into the next export. */
  readonly prior?: CorrectionSet;
  readonly generatedAt: string;
}

const isImage = (u: string) => /^data:image\/(png|webp|jpeg);base64,[A-Za-z0-9+/=]+$/.test(u);
const editable = new Set<string>(EDITABLE_FIELDS);

export function renderReport(input: ReportInput): string {
  const { records } = input;
  const counts = new Map<string, { n: number; severity: string }>();
  for (const r of records) for (const f of r.flags) counts.set(f.code, { n: (counts.get(f.code)?.n ?? 0) + 1, severity: f.severity });
  const sev = (s: string) => records.filter((r) => r.flags.some((f) => f.severity === s)).length;
  const title = input.document.title ?? input.source.file;
  const prior = input.prior ?? { corrections: [], reviews: [] };
  const priorBy = new Map(prior.corrections.map((c) => [`${c.recordId}\u0000${c.field}`, c]));
  const reviewedBy = new Map(prior.reviews.map((v) => [v.recordId, v]));
  const data = {
    key: `hyo-review:${input.source.sha256}`,
    source: { file: input.source.file, sha256: input.source.sha256, profile: input.profile ?? "gyosei-kaikaku" },
    hyoVersion: HYO_VERSION,
    prior,
    records: records.map((r) => ({
      id: r.id, grade: r.grade, needsReview: r.needsReview, flags: r.flags.map((f) => ({ code: f.code, severity: f.severity })),
      // The value each field had when extracted: what a correction's `before` names, even after a correction.
      extracted: Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, (r.extracted && f in r.extracted ? r.extracted[f] : r[f]) ?? null])),
    })),
  };
  const imageNote = input.images === "all" ? "" : `<span class="stat note">セルの画像は要確認の記録のみ (すべての記録には --report-images all)</span>`;
  return `${reportHead(title, `${h([input.document.municipality, input.document.published, input.document.fiscalYear].filter(Boolean).join(" ・ "))} — `, input.source, input.generatedAt)}
<div id="summary">
<span class="stat">件数<b>${records.length}</b></span>
<span class="stat">要確認<b>${records.filter((r) => r.needsReview).length}</b></span>
<span class="stat">エラーあり<b>${sev("error")}</b></span>
<span class="stat">修正済み<b>${records.filter((r) => r.corrected).length}</b></span>
<span class="stat">確認済み<b>${records.filter((r) => r.reviewedAt).length}</b></span>
${[...counts].sort((a, b) => b[1].n - a[1].n).map(([c, { n, severity }]) => `<span class="stat flag-stat ${h(severity)}" data-code="${h(c)}" title="${h(c)}">${h(flagLabel(c))}<b>${n}</b></span>`).join("\n")}
${imageNote}
</div></header>
<div id="controls">
<label>指摘 <select id="filter-code"><option value="">すべて</option>${[...counts.keys()].sort().map((c) => `<option value="${h(c)}" title="${h(c)}">${h(flagLabel(c))}</option>`).join("")}</select></label>
<label>重要度 <select id="filter-severity"><option value="">すべて</option><option value="error">エラー</option><option value="warn">要確認</option><option value="info">情報</option></select></label>
<label>達成度 <select id="filter-grade"><option value="">すべて</option><option>A</option><option>B</option><option>C</option><option>D</option><option value="none">空欄</option></select></label>
<label><input type="checkbox" id="filter-review"> 要確認のみ</label>
<input type="search" id="search" placeholder="記録の文章を検索" aria-label="記録の文章を検索">
<label>確認者 <input type="text" id="reviewer" size="8" aria-label="確認者の名前"></label>
<span>表示 <b id="shown-count">${records.length}</b> 件 ・ j/k で要確認の記録を移動</span>
<span id="save-state" class="muted"></span>
<button class="primary" id="export-corrections">修正内容を書き出す (<span id="edit-count">0</span>)</button>
</div>
<main>
${records.map((r, i) => card(r, i, input.crops[r.id] ?? [], priorBy, reviewedBy.get(r.id))).join("\n")}
</main>
<div id="zoom" class="hidden" role="dialog" aria-label="拡大画像"><figure><img alt=""><figcaption></figcaption></figure></div>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script>${REPORT_SCRIPT}</script>
</body></html>
`;
}

const who = (c: { reviewer?: string; reviewedAt: string }) => `${c.reviewer ? `${c.reviewer}、` : ""}${jstTime(c.reviewedAt)}`;

function fieldRow(r: HyoRecord, field: keyof HyoRecord & string, label: string, image: CellImage | undefined, prior: Correction | undefined): string {
  const value = String(r[field] ?? "");
  const wasCorrected = r.extracted !== undefined && field in r.extracted;
  const text = wasCorrected ? h(value) : markLowConfidence(value, r.lowConfidence?.[field]);
  const was = wasCorrected
    ? `<div class="was" title="--corrections で適用">修正前: <s>${h(String(r.extracted![field] ?? "(空欄)"))}</s> → 修正後${prior ? ` (${h(who(prior))})` : ""}</div>` : "";
  const img = image && isImage(image.dataUrl)
    ? `<figure class="cell"><img src="${image.dataUrl}" alt="${h(r.id)} ${h(label)} の元のセル(${image.page}ページ)"${image.width ? ` width="${image.width}" height="${image.height}"` : ""} data-caption="${h(`${r.id} ${label} (${image.page}ページ)`)}" title="クリックで拡大"><figcaption>${h(label)} ・ ${image.page}ページ</figcaption></figure>` : "";
  const edit = editable.has(field) ? `<button class="edit" data-field="${h(field)}">修正</button>` : "";
  return `<dt title="${h(field)}">${h(label)}</dt><dd data-field="${h(field)}"><div class="text"><span class="value${wasCorrected ? " edited" : ""}">${text}</span>${edit}${was}</div>${img}</dd>`;
}

function card(r: HyoRecord, index: number, crops: readonly CellImage[], priorBy: ReadonlyMap<string, Correction>, review: Review | undefined): string {
  const cls = ["record", r.needsReview ? "needs-review" : "", r.flags.some((f) => f.severity === "error") ? "has-error" : "", r.reviewedAt ? "is-reviewed" : ""].filter(Boolean).join(" ");
  const imageOf = new Map(crops.map((c) => [c.field, c]));
  const repairs = Object.entries(r.repairs).flatMap(([field, reps]) => reps.map((x) => `<tr><td>${h(fieldLabel(field))}</td><td title="${h(x.rule)}">${h(repairLabel(x.rule))}</td><td>${h(x.from)}</td><td>${h(x.to)}</td></tr>`));
  const quantities = Object.entries(r.quantities).flatMap(([field, qs]) => qs.map((q) => `<tr><td>${h(fieldLabel(field))}</td><td>${h(q.label ?? "")}</td><td>${h(q.raw)}</td><td>${h(q.normalized.value)} ${h(q.normalized.unit)}</td><td>${h(q.comparator ?? "")}</td></tr>`));
  const reviewed = r.reviewedAt ? `<span class="reviewed-at">確認済み ${h(review ? who(review) : jstTime(r.reviewedAt))}</span>` : "";
  return `<article class="${cls}" tabindex="-1" data-id="${h(r.id)}" data-index="${index}">
<h2><span class="rid">${h(r.id)}</span> <span class="title">${h(r.item)}</span> <span class="grade${r.grade ? "" : " none"}">${h(r.grade ?? "—")}</span>
${reviewed}<label class="reviewed-label"><input type="checkbox" class="reviewed"${r.reviewedAt ? " checked" : ""}> 確認済み</label></h2>
<div class="topic">${h(r.basicPolicyNo)} ${h(r.basicPolicy)} ／ ${h(r.topic)} ／ No.${h(r.no ?? "?")}</div>
${r.flags.length ? `<ul class="flags">${r.flags.map((f) => `<li class="flag ${h(f.severity)}" title="${h(f.code)}"><b>${h(flagLabel(f.code))}</b><span class="sev">${h(SEVERITY_LABEL[f.severity])}${f.field ? `・${h(fieldLabel(f.field))}` : ""}</span>${h(f.message)}</li>`).join("")}</ul>` : ""}
<dl class="fields">${FIELD_LABELS.map(([field, label]) => fieldRow(r, field, label, imageOf.get(field), priorBy.get(`${r.id}\u0000${field}`))).join("")}</dl>
${r.evaluations.length ? `<details open><summary>目標と実績</summary><table class="mini"><tr><th>項目</th><th>目標</th><th>実績</th><th>判定</th></tr>${r.evaluations.map((e) => `<tr><td>${h(e.label)}</td><td>${h(e.target.comparator ?? "")}${h(e.target.raw)}</td><td>${h(e.actual.raw)}</td><td>${e.met === null ? "判定不可" : e.met ? "達成" : "未達"}</td></tr>`).join("")}</table></details>` : ""}
${repairs.length ? `<details><summary>文字の補正 ${repairs.length}件</summary><table class="mini"><tr><th>項目</th><th>補正の種類</th><th>補正前</th><th>補正後</th></tr>${repairs.join("")}</table></details>` : ""}
${quantities.length ? `<details><summary>数値 ${quantities.length}件</summary><table class="mini"><tr><th>項目</th><th>ラベル</th><th>表記</th><th>正規化</th><th>比較</th></tr>${quantities.join("")}</table></details>` : ""}
</article>`;
}
