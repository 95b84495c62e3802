export { renderReport, type ReportInput } from "./render-report.js";
export { applyCorrections, CorrectionsSchema, EDITABLE_FIELDS, type Corrections } from "./corrections.js";
export { escapeHtml, jsonForScript } from "./escape.js";
