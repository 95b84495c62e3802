import { labelHolds } from "./fuzzy-label.js";
import { parseUnitSpec, type UnitSpec } from "./generic-cell-value.js";
import type { ColumnType } from "./generic-columns.js";
import type { ColumnHeader } from "./generic-header.js";
import type { ProfileFile } from "./profile-file.js";

/** What a table profile sets for one column: its field name, and the type and unit it declares. */
export interface ColumnRule {
  readonly field: string;
  readonly type?: ColumnType;
  readonly unit?: UnitSpec;
}

/** A table profile compiled: header rules, extra section and total rules, the id template. */
export interface TableProfile {
  readonly name: string;
  readonly match: (headers: readonly ColumnHeader[]) => { rules: (ColumnRule | undefined)[] } | { missing: string[] };
  readonly sectionPatterns: readonly RegExp[];
  readonly totalLabels: ReadonlySet<string>;
  readonly id: string | undefined;
}

const squash = (s: string): string => s.normalize("NFKC").replace(/\s+/gu, "");

/**
 * A `kind: "table"` profile file → rules for the generic reader. A field's pattern is tried on each column's key
 * (header path joined with " / ") as printed and in NFKC (（千円） → (千円)); the first rule whose field is still free
 * wins; then `words` with OCR misreads tolerated. The profile applies to a table only when all its required fields
 * are found.
 */
export function tableProfile(p: ProfileFile): TableProfile {
  const rules = p.fields.map((f) => ({ ...f, re: new RegExp(f.pattern, f.flags ?? ""), unitSpec: f.unit === undefined ? undefined : parseUnitSpec(f.unit) ?? undefined }));
  return {
    name: p.name,
    match(headers) {
      const found: (ColumnRule | undefined)[] = headers.map(() => undefined);
      const placed = new Set<string>();
      const place = (col: number, r: (typeof rules)[number]) => {
        found[col] = { field: r.field, ...(r.type ? { type: r.type } : {}), ...(r.unitSpec ? { unit: r.unitSpec } : {}) };
        placed.add(r.field);
      };
      headers.forEach((h, col) => {
        const rule = rules.find((r) => !placed.has(r.field) && (r.re.test(h.key) || r.re.test(h.key.normalize("NFKC"))));
        if (rule) place(col, rule);
      });
      for (const r of rules) {
        if (placed.has(r.field) || !r.words) continue;
        const col = headers.findIndex((h, c) => !found[c] && r.words!.some((w) => labelHolds(squash(h.key), w)));
        if (col >= 0) place(col, r);
      }
      const missing = p.requiredFields.filter((f) => !placed.has(f));
      return missing.length ? { missing } : { rules: found };
    },
    sectionPatterns: (p.sections ?? []).map((s) => new RegExp(s.pattern, s.flags ?? "")),
    totalLabels: new Set((p.totalLabels ?? []).map(squash)),
    id: p.id,
  };
}

/** A record id from the profile's template ("{番号}" → "1-1"); null when a field it names is empty. */
export function idFromTemplate(template: string, fields: Readonly<Record<string, string>>): string | null {
  let empty = false;
  const id = template.replace(/\{([^{}]+)\}/gu, (_, name: string) => {
    const v = squash(fields[name] ?? "");
    if (v === "") empty = true;
    return v;
  });
  return empty ? null : id;
}
