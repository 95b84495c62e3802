import type { Repair } from "../types/review.js";
import { pushAll } from "../util/arrays.js";

/** The output of every text repair: the repaired text and what was changed, in order. */
export interface RepairResult {
  readonly text: string;
  readonly repairs: Repair[];
}

/**
 * Replaces every match of `pattern` (which must be global) by `replace(match)`, recording
 * one repair under `rule` for each match whose replacement differs. `replace` returns
 * `undefined` to leave a match alone.
 */
export function replaceMatches(
  text: string,
  pattern: RegExp,
  rule: string,
  replace: (match: RegExpExecArray) => string | undefined,
): RepairResult {
  const repairs: Repair[] = [];
  let out = "";
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const to = replace(match);
    if (to === undefined || to === match[0]) continue;
    out += text.slice(last, match.index) + to;
    last = match.index + match[0].length;
    repairs.push({ rule, from: match[0], to });
  }
  return repairs.length === 0 ? { text, repairs } : { text: out + text.slice(last), repairs };
}

/** Runs repairs one after another, each on the previous one's text, concatenating their records. */
export function chainRepairs(
  text: string,
  steps: readonly ((text: string) => RepairResult)[],
): RepairResult {
  const repairs: Repair[] = [];
  let current = text;
  for (const step of steps) {
    const result = step(current);
    current = result.text;
    pushAll(repairs, result.repairs);
  }
  return { text: current, repairs };
}
