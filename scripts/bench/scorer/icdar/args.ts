/** Command-line options of score_icdar.py, shared by scripts/bench/score-icdar.ts and the tests. */
import { parseArgs } from "node:util";
import { MATCH_MODES, type MatchMode } from "./matching.js";
import { NORM_KINDS, type NormKind } from "./normalise.js";
import { SCORE_MODES, type ScoreMode, type ScoreOptions } from "./score.js";

export const USAGE =
  "usage: score-icdar GT_DIR PRED_DIR [--mode regions|document] [--match content|gt|iou] [--min-overlap 0.5]\n" +
  "                   [--norm official|ws|nows|nfkc] [--no-gap] [--per-doc] [--json]";

export interface ScoreArgs {
  readonly gtDir: string;
  readonly predDir: string;
  readonly options: ScoreOptions;
  readonly perDoc: boolean;
  readonly json: boolean;
}

/** argv (without node and the script) → ScoreArgs; throws with a one-line message on bad usage. */
export function parseScoreArgs(argv: readonly string[]): ScoreArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      mode: { type: "string", default: "regions" },
      match: { type: "string", default: "content" },
      "min-overlap": { type: "string", default: "0.5" },
      norm: { type: "string", default: "official" },
      "no-gap": { type: "boolean", default: false },
      "per-doc": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
  });
  const [gtDir, predDir, ...extra] = positionals;
  if (gtDir === undefined || predDir === undefined || extra.length > 0) throw new Error("expected GT_DIR and PRED_DIR");
  const minOverlap = Number(values["min-overlap"]);
  if (values["min-overlap"].trim() === "" || Number.isNaN(minOverlap)) throw new Error(`--min-overlap: not a number: ${values["min-overlap"]}`);
  return {
    gtDir,
    predDir,
    options: {
      mode: choice("--mode", values.mode, SCORE_MODES),
      match: choice("--match", values.match, MATCH_MODES),
      minOverlap,
      norm: choice("--norm", values.norm, NORM_KINDS),
      gap: !values["no-gap"],
    },
    perDoc: values["per-doc"],
    json: values.json,
  };
}

function choice<T extends ScoreMode | MatchMode | NormKind>(flag: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new Error(`${flag}: invalid choice "${value}" (choose from ${allowed.join(", ")})`);
  return found;
}
