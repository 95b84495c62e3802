import { rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { access, constants, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../errors.js";

/**
 * A file's outputs are written as a set: into a temp folder inside --out, then renamed into place, the earlier
 * set moved aside first and removed only once the new one stands. A kill therefore leaves the old set or the
 * new one, never a mix; what a killed run left (its temp folders) is cleaned by the next run.
 *
 * Temp folders sit directly in --out and are named `.hyo-<pid>-…` (`new` being written, `old` the set being
 * replaced, with its target's relative path encoded so a kill between the two renames can be undone).
 */
const TEMP_PREFIX = ".hyo-";
const tempName = (kind: "new" | "old", rel?: string) => `${TEMP_PREFIX}${process.pid}-${kind}-${rel === undefined ? "" : encodeURIComponent(rel)}`;
const TEMP_NAME = /^\.hyo-(\d+)-(new|old)-(.*)$/;

/** Temp folders of this process, removed synchronously if it exits mid-write (a budget stop calls process.exit). */
const live = new Set<string>();
process.once("exit", () => { for (const dir of live) rmSync(dir, { recursive: true, force: true }); });

/** Write errors that are the environment's or the user's to fix, reported in one line (exit 2). */
const USER_WRITE_ERRORS: Record<string, string> = {
  ENOSPC: "no space left on the device", EDQUOT: "disk quota exceeded", EACCES: "permission denied",
  EPERM: "operation not permitted", EROFS: "read-only file system", ENOTDIR: "a path component is a file",
  EEXIST: "a file is in the way", EISDIR: "a folder is in the way", ENAMETOOLONG: "name too long",
  // A set is put in place by renaming its temp folder in --out: a sub-folder mounted from another file system cannot take it.
  EXDEV: "the place is on another file system than --out (a mount inside --out)",
};

/** An fs error as an InputError naming the place, or the error itself when it is not the user's to fix. */
export function writeErrorAsInput(err: unknown, where: string): unknown {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code && code in USER_WRITE_ERRORS) return new InputError(`cannot write ${where}: ${USER_WRITE_ERRORS[code]} (${code})`, "bad-option");
  return err;
}

/**
 * Checks --out before any work: a folder (created if missing) that this process can write in. Cleans the temp
 * folders of runs that are no longer alive. Throws InputError (exit 2) otherwise.
 */
export async function prepareOutRoot(out: string): Promise<string> {
  const st = await stat(out).catch(() => null);
  if (st && !st.isDirectory()) throw new InputError(`--out ${out}: exists and is not a folder`, "bad-option");
  try {
    if (!st) await mkdir(out, { recursive: true });
    await access(out, constants.W_OK | constants.X_OK);
  } catch (err) {
    const asInput = writeErrorAsInput(err, `into --out ${out}`);
    throw asInput instanceof InputError ? asInput : new InputError(`--out ${out}: cannot be used (${(err as Error).message})`, "bad-option");
  }
  await cleanStaleTemps(out);
  return out;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try { process.kill(pid, 0); return true; } catch (err) { return (err as NodeJS.ErrnoException).code === "EPERM"; }
}

/** Removes temp folders of dead runs; an `old` set whose target is missing (killed between renames) is put back. */
async function cleanStaleTemps(out: string): Promise<void> {
  const names = await readdir(out).catch(() => [] as string[]);
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    const dir = path.join(out, name);
    if (m[2] === "old" && m[3]) {
      const target = safeJoin(out, decodeURIComponent(m[3]));
      if (target && !(await stat(target).catch(() => null))) {
        await mkdir(path.dirname(target), { recursive: true }).catch(() => undefined);
        if (await rename(dir, target).then(() => true, () => false)) continue;
      }
    }
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** `out/rel` when it stays inside `out`, else null. */
function safeJoin(out: string, rel: string): string | null {
  const joined = path.resolve(out, rel);
  const root = path.resolve(out);
  return joined.startsWith(root + path.sep) ? joined : null;
}

/**
 * Runs `write(tempDir)`, then puts the folder in place as `out/rel` (rel from outputName, always inside out).
 * On any failure the temp folder is removed and an earlier set at `out/rel` is left as it was.
 */
export async function writeOutputSet<T>(out: string, rel: string, write: (dir: string) => Promise<T>): Promise<{ dir: string; value: T }> {
  const target = safeJoin(out, rel);
  if (!target) throw new Error(`output name escapes --out: ${JSON.stringify(rel)}`);
  let fresh: string | undefined;
  // The earlier set, once moved aside: never in `live` (an exit must not delete it; the next run puts it back).
  let aside: string | undefined;
  try {
    // mkdir, not mkdtemp: the folder keeps the umask's permissions (mkdtemp's are 0700) once it is in place.
    const name = path.join(out, tempName("new") + randomBytes(6).toString("hex"));
    await mkdir(name);
    fresh = name;
    live.add(fresh);
    const value = await write(fresh);
    await mkdir(path.dirname(target), { recursive: true });
    const old = path.join(out, tempName("old", rel));
    aside = await rename(target, old).then(() => old, (err: NodeJS.ErrnoException) => {
      if (err.code === "ENOENT") return undefined;
      throw err;
    });
    await rename(fresh, target);
    live.delete(fresh);
    fresh = undefined;
    if (aside) await rm(aside, { recursive: true, force: true }).catch(() => undefined);
    return { dir: target, value };
  } catch (err) {
    if (fresh) { await rm(fresh, { recursive: true, force: true }).catch(() => undefined); live.delete(fresh); }
    if (aside && fresh) await rename(aside, target).catch(() => undefined);
    throw writeErrorAsInput(err, `the outputs of ${rel} into ${out}`);
  }
}
