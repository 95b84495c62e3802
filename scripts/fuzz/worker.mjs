// Runs one conversion per message in a worker thread, so the parent can terminate a case that hangs.
import { parentPort } from "node:worker_threads";
import { convert, InputError } from "../../dist/index.js";

parentPort.on("message", async ({ id, bytes }) => {
  try {
    const result = await convert(new Uint8Array(bytes), { fileName: `case-${id}.pdf`, ocr: "off" });
    JSON.stringify(result.records);
    parentPort.postMessage({ id, outcome: "ok", records: result.records.length });
  } catch (err) {
    parentPort.postMessage({ id, outcome: err instanceof InputError ? "input-error" : "internal-error", message: String(err?.message ?? err).split("\n")[0] });
  }
});
