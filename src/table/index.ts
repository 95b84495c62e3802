export { findTables, type TableFinderResult } from "./find-tables.js";
export { stitchTables, headerDepth } from "./stitch.js";
export { DEFAULT_TABLE_SETTINGS, type TableSettings } from "./settings.js";
export type { CellLine, Edge, GridCell, Intersection, LogicalTable, PageTable, TableCell, TableQuality } from "./types.js";
export { toIcdarTable, type IcdarTable } from "./to-icdar.js";
