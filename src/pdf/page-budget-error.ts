/** A page over one of its budgets (operators, path segments, nesting depth): skipped with its own warning code. */
export class PageBudgetError extends Error {
  override readonly name = "PageBudgetError";
}
