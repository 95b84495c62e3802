/** A problem or notice attached to a record (or one of its fields) for the human reviewer. */
export interface Flag {
  readonly code: string;
  readonly field?: string;
  readonly severity: "error" | "warn" | "info";
  readonly message: string;
}

/** One change made to a text by a repair rule: original → repaired. */
export interface Repair {
  readonly rule: string;
  readonly from: string;
  readonly to: string;
}
