import { InputError } from "./errors.js";

export interface CliArgs {
  readonly command: "convert" | "schema" | "help" | "version";
  readonly inputs: string[];
  readonly out: string;
  readonly ocr: "auto" | "force" | "off";
  readonly profile: "auto" | "gyosei-kaikaku" | "generic";
  /** --profile path/to/profile.json: a profile file to use instead of the built-in ones. */
  readonly profileFile: string | undefined;
  readonly jobs: number | undefined;
  readonly password: string | undefined;
  readonly corrections: string | undefined;
  readonly report: boolean;
  readonly debug: boolean;
  readonly verbose: boolean;
}

const VALUE_FLAGS = new Set(["--out", "--ocr", "--profile", "--jobs", "--password", "--corrections"]);
const BOOL_FLAGS = new Set(["--debug", "--verbose", "--help", "-h", "--version", "--no-report"]);

/** argv (without node and the script) → CliArgs; InputError on anything malformed. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const values = new Map<string, string>();
  const bools = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    if (VALUE_FLAGS.has(flag)) {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new InputError(`${flag} needs a value`, "bad-option");
      values.set(flag, v);
    } else if (BOOL_FLAGS.has(flag)) bools.add(flag);
    else if (a.startsWith("-") && a !== "-") throw new InputError(`unknown option ${a} (see hyo --help)`, "bad-option");
    else positional.push(a);
  }
  const command = bools.has("--help") || bools.has("-h") ? "help" : bools.has("--version") ? "version" : positional.shift() ?? "help";
  if (!["convert", "schema", "help", "version"].includes(command)) throw new InputError(`unknown command "${command}" (see hyo --help)`, "bad-option");
  const ocr = values.get("--ocr") ?? "auto";
  if (!["auto", "force", "off"].includes(ocr)) throw new InputError("--ocr takes auto, force or off", "bad-option");
  const profileValue = values.get("--profile") ?? "auto";
  const profileFile = profileValue.toLowerCase().endsWith(".json") ? profileValue : undefined;
  const profile = profileFile ? "auto" : profileValue;
  if (!["auto", "gyosei-kaikaku", "generic"].includes(profile)) throw new InputError("--profile takes auto, gyosei-kaikaku, generic or a profile file (.json)", "bad-option");
  const jobsText = values.get("--jobs");
  const jobs = jobsText === undefined ? undefined : Number(jobsText);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new InputError("--jobs takes a whole number ≥ 1", "bad-option");
  if (command === "convert" && positional.length === 0) throw new InputError("convert needs at least one PDF file or folder", "bad-option");
  return {
    command: command as CliArgs["command"], inputs: positional, out: values.get("--out") ?? "output",
    ocr: ocr as CliArgs["ocr"], profile: profile as CliArgs["profile"], profileFile, jobs, password: values.get("--password"),
    debug: bools.has("--debug"), verbose: bools.has("--verbose"),
    corrections: values.get("--corrections"), report: !bools.has("--no-report"),
  };
}

export const USAGE = `hyo — Japanese municipal table PDFs → structured, reviewable data

Usage:
  hyo convert <file.pdf|dir>... [--out output] [--ocr auto|force|off] [--jobs N]
                                [--profile auto|gyosei-kaikaku|generic|file.json] [--password P] [--corrections corrections.json]
                                [--no-report] [--debug] [--verbose]
  hyo schema            print the JSON Schema of the outputs
  hyo schema profile    print the JSON Schema of a profile file (--profile file.json)
  hyo --help | --version

Writes <out>/<stem>/{records.json, records.csv, quantities.csv, tables.json, review.html}
(and debug/ overlays with --debug). --corrections applies a reviewer's corrections exported from review.html.
Exit codes: 0 ok, 2 bad input or options (one line on stderr), 1 internal error or a failed file in a batch.`;
