import { InputError } from "../errors.js";

/**
 * Per-file budgets: what one input may cost before hyo gives up on a page (a warning) or on the file (exit 2).
 * Each default is far above what a real municipal table PDF needs (the bundled 200-page file: ~5,000 operators
 * and segments a page, streams of a few hundred KB) and far below what takes a 2-core, 8 GB machine down.
 * Changed with `--limit name=value` (CLI) or `convert(bytes, { budgets: { name: value } })` (library, those
 * marked `library`).
 */
export const BUDGETS = {
  "file-mb": { default: 256, library: false, what: "input file size, MB (read before anything else)" },
  "memory-mb": { default: 1200, library: false, what: "resident memory of the conversion, MB: over it the file stops (exit 2)" },
  "time-s": { default: 600, library: false, what: "time per file, seconds: over it the file stops (exit 2)" },
  "stream-mb": { default: 256, library: true, what: "decoded size of any one stream, MB (a decompression bomb: exit 2)" },
  "decoded-mb": { default: 1024, library: true, what: "decoded size of all streams together, MB (exit 2)" },
  "cmap-codes": { default: 1 << 22, library: true, what: "codes one CMap (ToUnicode) maps (exit 2)" },
  "image-mp": { default: 50, library: true, what: "pixels of one image or rendered page, millions: a larger image is left out, a larger page drawn smaller" },
  "page-ops": { default: 1_000_000, library: true, what: "drawing operators on one page (the page is skipped with a warning)" },
  "page-segments": { default: 2_000_000, library: true, what: "path segments on one page (the page is skipped with a warning)" },
  "depth": { default: 64, library: true, what: "nesting depth of form XObjects on one page (the page is skipped with a warning)" },
  "ocr-pages": { default: 200, library: true, what: "pages read by OCR in one file (later pages keep their text layer, with a warning)" },
} as const;

export type BudgetName = keyof typeof BUDGETS;
export type Budgets = { readonly [K in BudgetName]: number };

export const DEFAULT_BUDGETS: Budgets = Object.fromEntries(
  Object.entries(BUDGETS).map(([k, v]) => [k, v.default]),
) as unknown as Budgets;

/** Defaults overridden by `given` (only known names, positive numbers). */
export function resolveBudgets(given: Partial<Record<string, number>> = {}): Budgets {
  const out: Record<string, number> = { ...DEFAULT_BUDGETS };
  for (const [k, v] of Object.entries(given)) {
    if (!Object.hasOwn(BUDGETS, k)) throw new InputError(`unknown limit "${k}" (known: ${Object.keys(BUDGETS).join(", ")})`, "bad-option");
    if (v === undefined) continue;
    if (!Number.isFinite(v) || v <= 0) throw new InputError(`limit ${k} takes a positive number`, "bad-option");
    out[k] = v;
  }
  return out as Budgets;
}

/** `--limit` values (`name=value`, several separated by commas or given again) → the overrides they name. */
export function parseLimitArgs(values: readonly string[]): Partial<Record<string, number>> {
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const part of values.flatMap((v) => v.split(",")).map((p) => p.trim()).filter(Boolean)) {
    const m = /^([a-z-]+)=(\d+(?:\.\d+)?)$/.exec(part);
    if (!m) throw new InputError(`--limit takes name=value (e.g. --limit time-s=120), not "${part}"`, "bad-option");
    out[m[1]!] = Number(m[2]);
  }
  resolveBudgets(out);
  return out;
}

/** A budget exceeded: the message names the budget and how to raise it. */
export function overBudget(name: BudgetName, detail: string, budgets: Budgets): string {
  return `${detail}, over the limit of ${budgets[name].toLocaleString("en-US")} (--limit ${name}=N)`;
}
