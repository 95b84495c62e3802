import { expect } from "vitest";
import type { Quantity } from "../../src/types/quantity.js";

/** Marks a label the test does not pin down (a phrase the heuristic may reasonably cut differently). */
export const ANY = Symbol("any label");

export interface Extra {
  /** multiplier; 1 when omitted. */
  readonly mult?: number;
  /** normalized [value, unit]; not checked when omitted. */
  readonly norm?: readonly [number, string];
  /** comparator; null when omitted. */
  readonly cmp?: Quantity["comparator"];
  /** label; null when omitted, not checked when ANY. */
  readonly label?: string | null | typeof ANY;
}

/** One expected quantity: raw text, value as written (signed), unit as written, and the rest. */
export type Row = readonly [raw: string, value: number, unit: string, extra?: Extra];

/** The partial Quantity a Row stands for; `negative` follows the sign of `value`. */
export function expected([raw, value, unit, extra = {}]: Row): Record<string, unknown> {
  const out: Record<string, unknown> = {
    raw,
    value,
    unit,
    multiplier: extra.mult ?? 1,
    negative: value < 0 || Object.is(value, -0),
    comparator: extra.cmp ?? null,
  };
  if (extra.norm !== undefined) out.normalized = { value: extra.norm[0], unit: extra.norm[1] };
  if (extra.label !== ANY) out.label = extra.label ?? null;
  return out;
}

/** Asserts that `found` is exactly the quantities `rows` describe, and that every span points at its raw. */
export function expectQuantities(text: string, found: readonly Quantity[], rows: readonly Row[]): void {
  expect(found).toMatchObject(rows.map(expected));
  expect(found).toHaveLength(rows.length);
  for (const q of found) expect(text.slice(q.span[0], q.span[1])).toBe(q.raw);
}
