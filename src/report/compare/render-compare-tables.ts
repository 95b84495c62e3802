/**
 * compare.html for generic tables: one self-contained page (no script; CSP with the style's hash; every
 * PDF-derived string escaped). Hooks: #summary, table#rows, tr[data-old-id][data-new-id], td.changed[data-column].
 */
import { createHash } from "node:crypto";
import type { GenericCompareFile } from "../../schema/compare.js";
import { escapeHtml as h } from "../escape.js";
import { COMPARE_CSS } from "./compare-styles.js";

const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

export function renderCompareTables(c: GenericCompareFile, generatedAt: string): string {
  const csp = `default-src 'none'; style-src ${hash(COMPARE_CSS)}; base-uri 'none'; form-action 'none'`;
  const cols = [...c.columns.onlyOld, ...c.columns.common, ...c.columns.onlyNew].filter((col) => !c.keyColumns.old.includes(col) && !c.keyColumns.new.includes(col));
  const s = c.summary;
  const stat = (label: string, n: number) => `<span class="stat">${h(label)}<b>${n}</b></span>`;
  const title = c.new.document.title ?? c.new.file;
  const body = c.rows.map((r) => `<tr data-old-id="${h(r.oldId)}" data-new-id="${h(r.newId)}"><th>${h(r.newLabel)}${r.oldLabel !== r.newLabel ? `<br><small>(旧: ${h(r.oldLabel)})</small>` : ""}</th>${cols.map((col) => {
    const v = r.values.find((x) => x.column === col);
    if (!v) return "<td></td>";
    const cls = v.changed ? ` class="changed"` : "";
    const text = v.old !== null && v.new !== null ? (v.changed ? `<s>${h(v.old)}</s> → ${h(v.new)}${v.quantity ? ` (${h(v.quantity.difference.text)})` : ""}` : h(v.new)) : h(v.new ?? v.old ?? "");
    return `<td${cls} data-column="${h(col)}">${text}</td>`;
  }).join("")}</tr>`);
  const lone = (kind: string, rows: readonly { id: string; label: string }[]) => rows.map((r) => `<tr class="${kind}"><th>${h(r.label)}</th><td colspan="${cols.length}">${kind === "added" ? "追加" : "削除"}</td></tr>`);
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(csp)}">
<meta name="referrer" content="no-referrer">
<title>年度比較 — ${h(title)}</title>
<style>${COMPARE_CSS}</style></head><body>
<header>
<h1>年度比較(表): ${h(title)}</h1>
<div class="meta">旧 ${h(c.old.file)} ／ 新 ${h(c.new.file)} — 行の見出し: ${h(c.keyColumns.new.join("・"))} — 作成 ${h(generatedAt)}</div>
<div id="summary">${stat("対応", s.paired)}${stat("うち類似で対応", s.pairedBySimilarity)}${stat("変更あり", s.changed)}${stat("値の変更", s.changedValues)}${stat("追加", s.added)}${stat("削除", s.removed)}${stat("要確認", s.ambiguous)}</div>
</header>
<main>
<table class="sbs" id="rows"><tr><th>行</th>${cols.map((col) => `<th>${h(col)}${c.columns.onlyOld.includes(col) ? " (旧のみ)" : c.columns.onlyNew.includes(col) ? " (新のみ)" : ""}</th>`).join("")}</tr>
${[...body, ...lone("added", c.added), ...lone("removed", c.removed)].join("\n")}
</table>
</main>
</body></html>
`;
}
