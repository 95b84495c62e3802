import type { Bbox, Repair } from "../types/index.js";

/** What the profile stage hands on: a record's texts and where they came from, before numbers and review. */
export interface ProfiledRecord {
  readonly id: string;
  /** Stable across editions: hash of the topic and item texts (see record-key.ts). */
  readonly key: string;
  readonly basicPolicyNo: number | null;
  readonly basicPolicy: string;
  readonly direction: string;
  readonly topic: string;
  readonly no: number | null;
  /** Raw grade text as extracted ("" when empty); the schema stage keeps A–D only. */
  readonly gradeText: string;
  /** Text fields by name (item, departments, futureDirection, relatedPlans, target, plan, done, check, action). */
  readonly texts: Readonly<Record<string, string>>;
  readonly repairs: Readonly<Record<string, readonly Repair[]>>;
  readonly confidence: Readonly<Record<string, number>>;
  readonly lowConfidence: Readonly<Record<string, readonly string[]>>;
  readonly cells: Readonly<Record<string, { page: number; bbox: Bbox; overflowChars: number; ambiguousBreaks: number }>>;
  readonly pages: readonly number[];
  /** Table the record came from (for table-level quality flags). */
  readonly tableId: string;
}

export const TEXT_FIELDS = ["item", "departments", "futureDirection", "relatedPlans", "target", "plan", "done", "check", "action"] as const;
