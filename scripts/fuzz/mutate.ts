/** Seeded mutations of PDF bytes, the kinds broken downloads and crafted files show. */

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type MutationKind = "flip" | "truncate" | "delete-object" | "duplicate-object" | "break-stream" | "break-xref" | "splice";
export const MUTATIONS: readonly MutationKind[] = ["flip", "truncate", "delete-object", "duplicate-object", "break-stream", "break-xref", "splice"];

const latin1 = (b: Uint8Array) => Buffer.from(b).toString("latin1");
const bytes = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));

function objectSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/\d+ \d+ obj\b/g)) {
    const end = text.indexOf("endobj", m.index);
    if (end > 0) spans.push([m.index, end + "endobj".length]);
  }
  return spans;
}

/** One mutation of `input` chosen and placed by `rand`. */
export function mutate(input: Uint8Array, kind: MutationKind, rand: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(rand() * n);
  const out = new Uint8Array(input);
  switch (kind) {
    case "flip": {
      for (let i = 0, n = 1 + pick(32); i < n; i++) out[pick(out.length)] = pick(256);
      return out;
    }
    case "truncate":
      return out.subarray(0, pick(out.length));
    case "delete-object": {
      const text = latin1(input), spans = objectSpans(text);
      if (!spans.length) return out;
      const [a, b] = spans[pick(spans.length)]!;
      return bytes(text.slice(0, a) + text.slice(b));
    }
    case "duplicate-object": {
      const text = latin1(input), spans = objectSpans(text);
      if (!spans.length) return out;
      const [a, b] = spans[pick(spans.length)]!;
      const at = spans[pick(spans.length)]![0];
      return bytes(text.slice(0, at) + text.slice(a, b) + "\n" + text.slice(at));
    }
    case "break-stream": {
      const text = latin1(input);
      const starts = [...text.matchAll(/stream\r?\n/g)].map((m) => m.index + m[0].length);
      if (!starts.length) return out;
      const s = starts[pick(starts.length)]!;
      for (let i = 0; i < 64; i++) out[s + pick(256)] = pick(256);
      return out;
    }
    case "break-xref": {
      const text = latin1(input);
      const x = text.lastIndexOf("xref");
      if (x < 0) return out;
      return bytes(text.slice(0, x) + text.slice(x).replace(/\d{10} \d{5} [nf]/g, (m) => (rand() < 0.3 ? String(pick(1e10)).padStart(10, "0") + m.slice(10) : m)));
    }
    case "splice": {
      const a = pick(out.length), b = pick(out.length);
      return new Uint8Array([...out.subarray(0, Math.min(a, b)), ...out.subarray(Math.max(a, b))]);
    }
  }
}
