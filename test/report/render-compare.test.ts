import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compare, convert, recordsFileOf } from "../../src/index.js";
import { renderCompare } from "../../src/report/compare/render-compare.js";
import type { HyoRecord } from "../../src/schema/index.js";

const HOSTILE = ["<script>alert(1)</script>", '"><img src=x onerror=alert(2)>', "</script><script>alert(3)</script>"];

describe("compare.html", () => {
  it("escapes every PDF-derived text, runs only its own hashed script and marks the changed part of a field", async () => {
    const file = recordsFileOf(await convert(new Uint8Array(readFileSync("fixtures/pdf/r2-lines.pdf"))));
    const old = file.records as HyoRecord[];
    // The new edition: hostile item texts (kept keys, so the pairs stay) and one reworded check.
    const now = old.map((r, i) => (i < HOSTILE.length ? { ...r, item: HOSTILE[i]!, done: HOSTILE[i]! } : i === 5 ? { ...r, check: `${r.check}追記` } : r));
    const c = compare(old, now);
    const html = renderCompare({ comparison: c, oldRecords: old, newRecords: now, generatedAt: "t" });
    for (const h of HOSTILE) expect(html).not.toContain(h);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html.match(/<script[\s>]/g)).toHaveLength(1);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replace(/&#39;/g, "'");
    expect(csp).toContain(`'sha256-${createHash("sha256").update(script).digest("base64")}'`);
    expect(csp).toContain("default-src 'none'");
    expect(html).not.toMatch(/https?:\/\//);
    // The reworded check: its common start is plain, the added text marked as new.
    expect(html).toContain(`<mark class="new">追記</mark>`);
  }, 60_000);
});
