import { readFile } from "node:fs/promises";
import { InputError } from "../errors.js";
import { parseProfileFile, type ProfileFile } from "./profile-file.js";

/** Reads and validates a --profile file; a missing, non-JSON or invalid file is an InputError (exit 2, one line). */
export async function readProfileFile(file: string): Promise<ProfileFile> {
  const text = await readFile(file, "utf8").catch(() => { throw new InputError(`${file}: cannot read the profile file`, "not-found"); });
  let json: unknown;
  try { json = JSON.parse(text); } catch (e) { throw new InputError(`${file}: the profile file is not JSON (${(e as Error).message})`, "bad-option"); }
  return parseProfileFile(json, file);
}
