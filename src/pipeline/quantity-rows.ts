import type { QuantityRow } from "../schema/index.js";
import type { Quantity } from "../types/quantity.js";

/**
 * Every quantity of every record field as one flat row (long format): convert().quantities and quantities.csv.
 * Generic records hold one per numeric cell (none where the cell says "no value").
 */
export function quantityRows(records: readonly { id: string; quantities?: Readonly<Record<string, readonly Quantity[]>> }[]): QuantityRow[] {
  return records.flatMap((r) => Object.entries(r.quantities ?? {}).flatMap(([field, qs]) => qs.map((q): QuantityRow => ({
    id: r.id, field, label: q.label, raw: q.raw, spanStart: q.span[0], spanEnd: q.span[1],
    value: q.value, unit: q.unit, multiplier: q.multiplier,
    normalizedValue: q.normalized.value, normalizedUnit: q.normalized.unit,
    comparator: q.comparator, negative: q.negative,
  }))));
}
