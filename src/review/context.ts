import type { HyoRecord } from "../schema/index.js";
import type { TableQuality } from "../table/index.js";
import type { Flag } from "../types/index.js";

/** What a rule may look at besides the record itself; filled by the pipeline. */
export interface ReviewContext {
  /** Records of the same topic, in document order (the record itself included). */
  readonly siblings: readonly HyoRecord[];
  /** The grade cell's text as extracted, before it was reduced to A–D or null. */
  readonly gradeText: string;
  /** Field → glyphs that stick out of the field's cell box. */
  readonly overflow: Readonly<Record<string, number>>;
  /** Field → line starts that may be a bullet or a wrapped 中点 (a producer without 行頭禁則). */
  readonly ambiguousBreaks: Readonly<Record<string, number>>;
  /** Quality of the table pieces the record's cells lie in. */
  readonly tableQuality: readonly TableQuality[];
}

/** A flag rule: a pure function of a record and its context. */
export type ReviewRule = (record: HyoRecord, ctx: ReviewContext) => Flag[];
