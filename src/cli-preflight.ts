import { parseArgs } from "./cli-args.js";
import { escapeForTerminal } from "./cli-messages.js";
import { InputError } from "./errors.js";
import { prepareOutRoot } from "./output/output-set.js";

/**
 * What can be refused before hyo loads its pipeline (pdfjs, the native canvas: most of a second on a busy
 * machine): malformed options and an --out that cannot be written. Prints the one-line error and returns false;
 * the full CLI checks again (cheaply) when this passes.
 */
export async function preflight(argv: readonly string[]): Promise<boolean> {
  try {
    const args = parseArgs(argv);
    if (args.command === "convert" || args.command === "compare") await prepareOutRoot(args.out);
    return true;
  } catch (err) {
    if (!(err instanceof InputError)) return true; // the full CLI reports it
    process.stderr.write(`hyo: ${escapeForTerminal(err.message)}\n`);
    process.exitCode = 2;
    return false;
  }
}
