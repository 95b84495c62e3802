import { createHash } from "node:crypto";
import { HYO_VERSION } from "../version.js";
import { REPORT_SCRIPT } from "./client-script.js";
import { escapeHtml as h } from "./escape.js";
import { jstTime } from "./jst.js";
import { REPORT_CSS } from "./styles.js";

const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

/** review.html's policy: nothing loads from anywhere; only its own style and script run (by hash). Computed once. */
export const REPORT_CSP = `default-src 'none'; img-src data:; style-src ${hash(REPORT_CSS)}; script-src ${hash(REPORT_SCRIPT)}; base-uri 'none'; form-action 'none'`;

/**
 * The opening of review.html, shared by the profiled and the generic report: policy, title, and the meta line
 * (`lead`, already escaped HTML, then the source file, its SHA-256, when made and by which hyo).
 */
export function reportHead(title: string, lead: string, source: { file: string; sha256: string; pages: number }, generatedAt: string): string {
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(REPORT_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>確認レポート — ${h(title)}</title>
<style>${REPORT_CSS}</style></head><body>
<header>
<h1>確認レポート: ${h(title)}</h1>
<div class="meta">${lead}元ファイル ${h(source.file)} (${source.pages}ページ, SHA-256 <span title="${h(source.sha256)}">${h(source.sha256.slice(0, 12))}…</span>) — 作成 ${h(jstTime(generatedAt))} — hyo ${h(HYO_VERSION)}</div>`;
}
