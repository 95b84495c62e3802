/**
 * Writes fixtures/hostile/*.pdf: crafted files (decompression and image bombs, a huge ToUnicode range, large but
 * valid pages, absurd page geometry, hostile header and title texts) for test/hostile/. No font needed; the
 * output is deterministic.
 *
 *   npx tsx scripts/make-hostile-fixtures.ts
 */
import { stat } from "node:fs/promises";
import { makeHostileFixtures } from "./hostile/make-hostile.js";

for (const file of await makeHostileFixtures("fixtures/hostile")) console.log(`${file} (${((await stat(file)).size / 1024).toFixed(1)} KB)`);
