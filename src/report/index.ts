export { renderReport, type CellImage, type ReportInput } from "./render-report.js";
export { applyCorrections, CorrectionsFileSchema, LegacyCorrectionsSchema, toCorrectionSet, EDITABLE_FIELDS, type Correction, type CorrectionSet, type CorrectionsFile, type Review } from "./corrections.js";
export { assignCorrections, parseCorrections, type LoadedCorrections } from "./assign-corrections.js";
export { escapeHtml, jsonForScript } from "./escape.js";
