import { InputError } from "./errors.js";
import { parseLimitArgs } from "./pipeline/budgets.js";
import { CSV_HEADER_LANGUAGES, type CsvHeaders } from "./output/csv-columns.js";

export interface CliArgs {
  readonly command: "convert" | "compare" | "schema" | "help" | "version";
  /** With --help: the command asked about (`hyo convert --help`), if any. */
  readonly helpFor: "convert" | "compare" | "schema" | undefined;
  readonly inputs: string[];
  readonly out: string;
  readonly ocr: "auto" | "force" | "off";
  readonly profile: "auto" | "gyosei-kaikaku" | "generic";
  /** --profile path/to/profile.json: a profile file to use instead of the built-in ones. */
  readonly profileFile: string | undefined;
  readonly jobs: number | undefined;
  readonly password: string | undefined;
  readonly corrections: string | undefined;
  readonly forceCorrections: boolean;
  readonly report: boolean;
  readonly reportImages: "flagged" | "all";
  readonly debug: boolean;
  readonly verbose: boolean;
  readonly csvHeaders: CsvHeaders;
  /** `--limit name=value` overrides of the per-file budgets (pipeline/budgets.ts). */
  readonly limits: Partial<Record<string, number>>;
}

const VALUE_FLAGS = new Set(["--out", "--ocr", "--profile", "--jobs", "--password", "--corrections", "--csv-headers", "--report-images", "--limit"]);
const BOOL_FLAGS = new Set(["--debug", "--verbose", "--help", "-h", "--version", "--no-report", "--force-corrections"]);

/** argv (without node and the script) → CliArgs; InputError on anything malformed. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const values = new Map<string, string>();
  const bools = new Set<string>();
  const positional: string[] = [];
  const limits: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    if (VALUE_FLAGS.has(flag)) {
      const v = inline ?? argv[++i];
      // `--out --debug` is a forgotten value, not a folder named --debug (a value starting with - goes as --out=-x).
      if (v === undefined || (inline === undefined && v.startsWith("-") && v !== "-")) throw new InputError(`${flag} needs a value`, "bad-option");
      if (flag === "--limit") limits.push(v); else values.set(flag, v);
    } else if (BOOL_FLAGS.has(flag)) bools.add(flag);
    else if (a.startsWith("-") && a !== "-") throw new InputError(`unknown option ${a} (see hyo --help)`, "bad-option");
    else positional.push(a);
  }
  const asked = positional[0] === "convert" || positional[0] === "compare" || positional[0] === "schema" ? positional[0] : undefined;
  const command = bools.has("--help") || bools.has("-h") ? "help" : bools.has("--version") ? "version" : positional.shift() ?? "help";
  if (!["convert", "compare", "schema", "help", "version"].includes(command)) throw new InputError(`unknown command "${command}" (see hyo --help)`, "bad-option");
  const ocr = values.get("--ocr") ?? "auto";
  if (!["auto", "force", "off"].includes(ocr)) throw new InputError("--ocr takes auto, force or off", "bad-option");
  const profileValue = values.get("--profile") ?? "auto";
  const profileFile = profileValue.toLowerCase().endsWith(".json") ? profileValue : undefined;
  const profile = profileFile ? "auto" : profileValue;
  if (!["auto", "gyosei-kaikaku", "generic"].includes(profile)) throw new InputError("--profile takes auto, gyosei-kaikaku, generic or a profile file (.json)", "bad-option");
  const jobsText = values.get("--jobs");
  const jobs = jobsText === undefined ? undefined : Number(jobsText);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new InputError("--jobs takes a whole number ≥ 1", "bad-option");
  const csvHeaders = values.get("--csv-headers") ?? "en";
  if (!(CSV_HEADER_LANGUAGES as readonly string[]).includes(csvHeaders)) throw new InputError("--csv-headers takes en or ja", "bad-option");
  const reportImages = values.get("--report-images") ?? "flagged";
  if (!["flagged", "all"].includes(reportImages)) throw new InputError("--report-images takes flagged or all", "bad-option");
  if (command === "convert" && positional.length === 0) throw new InputError("convert needs at least one PDF file or folder", "bad-option");
  if (command === "compare" && positional.length !== 2) throw new InputError("compare needs two editions: OLD NEW (each a PDF or a records.json)", "bad-option");
  return {
    command: command as CliArgs["command"], helpFor: command === "help" ? asked : undefined, inputs: positional, out: values.get("--out") ?? "output",
    ocr: ocr as CliArgs["ocr"], profile: profile as CliArgs["profile"], profileFile, jobs, password: values.get("--password"),
    debug: bools.has("--debug"), verbose: bools.has("--verbose"),
    corrections: values.get("--corrections"), forceCorrections: bools.has("--force-corrections"), report: !bools.has("--no-report"),
    csvHeaders: csvHeaders as CsvHeaders, reportImages: reportImages as CliArgs["reportImages"], limits: parseLimitArgs(limits),
  };
}
