import type { Truth, TruthRow } from "../fixtures/truth.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const cell = (s: string) => esc(s).replace(/\n/g, "<br>");
const FIELDS = ["no", "item", "departments", "futureDirection", "relatedPlans", "target", "plan", "done", "check", "grade", "action"] as const;

/**
 * The truth as an HTML table, the way a web page or a browser-printed report shows it: a repeated <thead>
 * (browsers print it on every page), section rows with colspan, the topic cell with rowspan, <br> for the
 * writer's line breaks, borders from CSS. Printed by Chromium (Skia's PDF backend), it is a PDF made by a
 * program other than the project's fixture generator.
 */
export function tableHtml(truth: Truth): string {
  const fy = truth.document.fiscalYear;
  const rows: string[] = [];
  truth.rows.forEach((r, i) => {
    const prev = truth.rows[i - 1];
    if (!prev || prev.basicPolicyNo !== r.basicPolicyNo) rows.push(`<tr class="section"><td colspan="14">${r.basicPolicyNo} ${cell(r.basicPolicy)}</td></tr>`);
    if (!prev || prev.basicPolicyNo !== r.basicPolicyNo || prev.direction !== r.direction) rows.push(`<tr class="direction"><td class="blank"></td><td colspan="13">●${cell(r.direction)}</td></tr>`);
    const topicStarts = !prev || prev.basicPolicyNo !== r.basicPolicyNo || prev.topic !== r.topic;
    const span = topicStarts ? truth.rows.slice(i).findIndex((x, k) => k > 0 && (x.basicPolicyNo !== r.basicPolicyNo || x.topic !== r.topic)) : 0;
    const topicCell = topicStarts ? `<td rowspan="${span < 0 ? truth.rows.length - i : span}">${cell(r.topic)}</td>` : "";
    const data = FIELDS.map((f) => `<td class="${f}">${cell(String((r as TruthRow)[f]))}</td>`).join("");
    rows.push(`<tr><td class="blank"></td><td class="blank"></td>${topicCell}${data}</tr>`);
  });
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>${esc(truth.document.title)}</title>
<style>
  @page { size: A3 landscape; margin: 12mm; }
  body { font-family: "IPAexGothic", sans-serif; font-size: 8pt; line-height: 1.3; margin: 0; }
  h1 { font-size: 15pt; margin: 0 0 2mm; } p.date { margin: 0 0 3mm; font-size: 10pt; }
  table { border-collapse: collapse; width: 100%; table-layout: fixed; line-break: strict; }
  th, td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; text-align: left; word-break: normal; overflow-wrap: anywhere; }
  th { background: #d9d9d9; font-weight: normal; text-align: center; vertical-align: middle; }
  td.no, td.grade { text-align: center; } td.grade { font-size: 10pt; }
  tr { break-inside: avoid; }
  tr.section td { font-size: 9pt; } td.blank { border-top: none; border-bottom: none; }
</style></head><body>
<h1>${esc(truth.document.title)}</h1>
<p class="date">${esc(truth.document.published)} ${esc(truth.document.municipality)}</p>
<table>
<colgroup>${[20, 26, 44, 20, 74, 66, 116, 44, 124, 126, 140, 132, 30, 136].map((w) => `<col style="width:${w}pt">`).join("")}</colgroup>
<thead>
<tr><th rowspan="2">基本方針</th><th rowspan="2">取り組みの方針</th><th rowspan="2">取り組みの項目</th><th rowspan="2">No.</th><th rowspan="2">具体的な取り組み項目</th><th rowspan="2">取組主管課・関係課等</th><th rowspan="2">今後の取組方向</th><th rowspan="2">関係する計画等</th><th rowspan="2">${esc(fy)}の達成目標</th><th>計画内容(Plan)</th><th>取組状況(Do)</th><th colspan="2">取組工程に対する評価(Check)</th><th rowspan="2">見直し、改善事項(Action)</th></tr>
<tr><th>${esc(fy)}計画</th><th>${esc(fy)}の取組内容</th><th>評価</th><th>取組達成度</th></tr>
</thead>
<tbody>
${rows.join("\n")}
</tbody></table></body></html>
`;
}
