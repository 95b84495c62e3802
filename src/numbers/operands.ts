/** Characters that end an operand: a digit or a closing bracket. */
const OPERAND_END = /[\d)\]}）］】」』]/;

/**
 * Whether a sign or relation symbol just before `pos` (a minus, <, ≧…) sits between two terms of an
 * expression, as in "1,263,695千円 - (475,257千円)" or "125円<142円", rather than in front of one number.
 * It does when the last non-space character before it ends an operand: a digit, a closing bracket, or the
 * end of the previous quantity (its unit).
 */
export function followsOperand(text: string, pos: number, previousQuantityEnd: number): boolean {
  let p = pos;
  while (p > 0 && text[p - 1] === " ") p--;
  if (p === 0 || text[p - 1] === "\n") return false;
  return p === previousQuantityEnd || OPERAND_END.test(text[p - 1] ?? "");
}
