/** A header pattern → field rule. Patterns match the column's header label (all header rows joined, no spaces). */
export interface FieldRule {
  readonly field: string;
  readonly pattern: RegExp;
  /** The usual header words, matched with OCR misreads tolerated when no pattern found the field. */
  readonly words?: readonly string[];
}

/** A section row: one text spanning most of the table, e.g. "1 財政の健全化" or "●歳出の見直し…". */
export interface SectionRule {
  readonly kind: "basicPolicy" | "direction";
  /** Named groups: `text`, and `no` for a numbered section. */
  readonly pattern: RegExp;
}

/** A profile is data: how a kind of table's headers and section rows map to record fields. */
export interface Profile {
  readonly name: string;
  /** Tried in order for each column; the first rule whose field is still free wins. */
  readonly fields: readonly FieldRule[];
  readonly sections: readonly SectionRule[];
  /** The profile applies when at least these fields are found among the header labels. */
  readonly requiredFields: readonly string[];
  /** Field whose leading circled number (or position) names the topic in the record id. */
  readonly topicField: string;
}
