import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { finished } from "node:stream/promises";
import path from "node:path";

/** Writes a file so that it is either wholly the old or wholly the new content: temp file, then rename. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Chunks are gathered into writes of about this many characters. */
const WRITE_BATCH_CHARS = 1 << 20;

/** Writes text produced in chunks (e.g. jsonChunks) to a temp file, then renames it into place. */
export async function writeChunksAtomic(file: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let out: ReturnType<typeof createWriteStream> | undefined;
  try {
    out = createWriteStream(tmp);
    // A write error (ENOSPC) is an 'error' event: unheard, it would crash the process. It ends the drain wait.
    let failed: Error | undefined;
    out.on("error", (err) => { failed = err; });
    let buffered = "";
    for (const chunk of chunks) {
      buffered += chunk;
      if (buffered.length < WRITE_BATCH_CHARS) continue;
      const flushed = out.write(buffered);
      buffered = "";
      if (!flushed) await drained(out);
      if (failed) throw failed;
    }
    out.end(buffered);
    await finished(out);
    await rename(tmp, file);
  } catch (err) {
    out?.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Until the stream drains or fails; both listeners removed again (one pair per wait, not one more per wait). */
function drained(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => { out.off("drain", done); out.off("error", done); resolve(); };
    out.once("drain", done);
    out.once("error", done);
  });
}
