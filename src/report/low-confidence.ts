import { escapeHtml } from "./escape.js";

/**
 * A field's text as HTML with its low-confidence OCR characters marked. `snippets` are the low-confidence
 * stretches in reading order, as OCR read them; each is marked at its first occurrence after the previous one.
 * A stretch a text repair changed since is no longer found and is left unmarked (the repair is listed instead).
 */
export function markLowConfidence(text: string, snippets: readonly string[] | undefined): string {
  if (!snippets?.length) return escapeHtml(text);
  let html = "", at = 0;
  for (const s of snippets) {
    if (s === "") continue;
    const i = text.indexOf(s, at);
    if (i < 0) continue;
    html += `${escapeHtml(text.slice(at, i))}<mark class="lowconf" title="OCRの信頼度が低い文字">${escapeHtml(s)}</mark>`;
    at = i + s.length;
  }
  return html + escapeHtml(text.slice(at));
}
