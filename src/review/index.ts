export { reviewRecords, REVIEW_RULES } from "./review-records.js";
export type { ReviewContext, ReviewRule } from "./context.js";
