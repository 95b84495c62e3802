import { labelHolds } from "./fuzzy-label.js";
import type { Profile } from "./types.js";

/**
 * Column index for each field of the profile whose pattern matches a header label; then, for fields still
 * unplaced, a free column whose label holds one of the field's words with OCR misreads tolerated.
 */
export function mapColumns(labels: readonly string[], profile: Profile): Map<string, number> {
  const map = new Map<string, number>();
  labels.forEach((label, col) => {
    if (!label) return;
    const rule = profile.fields.find((r) => !map.has(r.field) && r.pattern.test(label));
    if (rule) map.set(rule.field, col);
  });
  for (const rule of profile.fields) {
    if (map.has(rule.field) || !rule.words) continue;
    const taken = new Set(map.values());
    const col = labels.findIndex((label, c) => label && !taken.has(c) && rule.words!.some((w) => labelHolds(label, w)));
    if (col >= 0) map.set(rule.field, col);
  }
  return map;
}

/** The first profile all of whose required fields are found, or null (→ generic). */
export function chooseProfile(labels: readonly string[], profiles: readonly Profile[]): { profile: Profile; columns: Map<string, number> } | null {
  for (const profile of profiles) {
    const columns = mapColumns(labels, profile);
    if (profile.requiredFields.every((f) => columns.has(f))) return { profile, columns };
  }
  return null;
}
