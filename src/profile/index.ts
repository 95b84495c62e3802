export { GYOSEI_KAIKAKU, PROFILES } from "./gyosei-kaikaku.js";
export { columnLabels } from "./header-labels.js";
export { chooseProfile, mapColumns } from "./match.js";
export { buildSectionedRecords } from "./gyosei-records.js";
export { buildGenericTables } from "./generic-records.js";
export { parseDepartments } from "./departments.js";
export { readDocumentInfo } from "./document-info.js";
export { TEXT_FIELDS, type ProfiledRecord } from "./profiled.js";
export type { Profile, FieldRule, SectionRule } from "./types.js";
