/**
 * A prediction file (score_icdar.py `load_pred`), one per document:
 *   {"elapsed_s": 1.2 (optional), "tables": [{"page": 1, "bbox": [x1, y1, x2, y2] (optional),
 *     "cells": [{"row": 0, "col": 0, "rowSpan": 1, "colSpan": 1, "text": "…"}]}]}
 * Values are read with Python's leniency where it changes a score (a missing page matches any page, a
 * falsy text or bbox counts as absent); anything Python would stop on throws, and so does a malformed
 * bbox (which Python trips on only when matching by box).
 */
import type { Box } from "./geometry.js";
import type { Norm } from "./normalise.js";
import { relations, type GridCell, type RelationCounts } from "./relations.js";

export interface PredTable {
  /** null = no page given: the table may pair with a ground-truth table on any page. */
  readonly page: number | null;
  readonly bbox: Box | null;
  readonly relations: RelationCounts;
}

export interface Prediction {
  readonly tables: readonly PredTable[];
  /** The predictor's own running time, summed into the report. */
  readonly elapsedS: number;
}

type JsonObject = { readonly [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** Python truthiness of a JSON value. */
function isFalsy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (isObject(value)) return Object.keys(value).length === 0;
  return value === undefined || value === null || value === false || value === 0 || value === "";
}

/** A number as Python's arithmetic takes it (JSON true/false are the ints 1/0). */
function numberOf(value: unknown, what: string): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return Number(value);
  throw new Error(`${what} is not a number: ${JSON.stringify(value)}`);
}

/** dict.get(key, fallback): a key present with null stays null. */
function get(object: JsonObject, key: string, fallback: unknown): unknown {
  return Object.hasOwn(object, key) ? object[key] : fallback;
}

function listOf(value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list`);
  return value;
}

export function parsePrediction(jsonText: string, norm: Norm, gap: boolean): Prediction {
  const doc: unknown = JSON.parse(jsonText);
  if (!isObject(doc)) throw new Error("the top level is not an object");
  const tables = listOf(get(doc, "tables", []), "tables").map((table, t) => {
    if (!isObject(table)) throw new Error(`tables[${t}] is not an object`);
    const cells = listOf(get(table, "cells", []), `tables[${t}].cells`).map((cell, c) => gridCell(cell, `tables[${t}].cells[${c}]`, norm));
    return { page: pageOf(table["page"]), bbox: bboxOf(table["bbox"], `tables[${t}].bbox`), relations: relations(cells, gap) };
  });
  return { tables, elapsedS: elapsedOf(doc["elapsed_s"]) };
}

function gridCell(cell: unknown, what: string, norm: Norm): GridCell {
  if (!isObject(cell)) throw new Error(`${what} is not an object`);
  if (!Object.hasOwn(cell, "row") || !Object.hasOwn(cell, "col")) throw new Error(`${what} lacks row or col`);
  const firstRow = numberOf(cell["row"], `${what}.row`);
  const firstCol = numberOf(cell["col"], `${what}.col`);
  const lastRow = firstRow + numberOf(get(cell, "rowSpan", 1), `${what}.rowSpan`) - 1;
  const lastCol = firstCol + numberOf(get(cell, "colSpan", 1), `${what}.colSpan`) - 1;
  const rawText = cell["text"];
  if (!isFalsy(rawText) && typeof rawText !== "string") throw new Error(`${what}.text is not a string`);
  const text = typeof rawText === "string" ? norm(rawText) : "";
  // Python walks a non-blank cell's span with range(), which takes whole numbers only
  if (text && ![firstRow, firstCol, lastRow, lastCol].every(Number.isInteger)) throw new Error(`${what} has a fractional row/col/span`);
  return { firstRow, firstCol, lastRow, lastCol, text };
}

/** A page Python would never find equal to a ground-truth page number (a string, a list…) becomes NaN. */
function pageOf(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  return typeof value === "number" || typeof value === "boolean" ? Number(value) : NaN;
}

function bboxOf(value: unknown, what: string): Box | null {
  if (isFalsy(value)) return null;
  if (!Array.isArray(value) || value.length < 4) throw new Error(`${what} is not [x1, y1, x2, y2]`);
  const [x1, y1, x2, y2] = value.slice(0, 4).map((v) => numberOf(v, what));
  return [x1!, y1!, x2!, y2!];
}

/** float(doc.get("elapsed_s") or 0.0) */
function elapsedOf(value: unknown): number {
  if (isFalsy(value)) return 0;
  if (typeof value === "string" && /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/.test(value)) return Number(value);
  return numberOf(value, "elapsed_s");
}
