/** A number found in a text, typed (numbers/ stage). */
export interface Quantity {
  /** The exact source text of the quantity, e.g. "▲18.9%" or "50億8千9百万円". */
  readonly raw: string;
  /** [start, end) character offsets of `raw` in the text it was found in. */
  readonly span: readonly [start: number, end: number];
  /** The value as written, sign applied (▲18.9% → -18.9; 1,263,695千円 → -/+1263695). */
  readonly value: number;
  /** The unit as written, without multiplier (円, %, 件, ha, …); "" when none. */
  readonly unit: string;
  /** The multiplier written before the unit (千円 → 1000, 億円 → 1e8); 1 when none. */
  readonly multiplier: number;
  /** Value in a base unit: JPY, percent, point, count, person, hectare, … */
  readonly normalized: { readonly value: number; readonly unit: string };
  readonly negative: boolean;
  /** Comparison written with the number: ≥ (以上), ≤ (以下), < (未満), > (超), ≈ (約/程度); null when none. */
  readonly comparator: "≥" | "≤" | "<" | ">" | "≈" | null;
  /** The term the number measures (e.g. 実質公債費比率); null when none found. */
  readonly label: string | null;
}
