/**
 * Pretty JSON (2-space indent, the same text as JSON.stringify(value, null, 2)) produced piece by piece: the two
 * outer levels are walked, each element below is stringified on its own. A 200-page document's records then
 * never exist as one giant string: serializing them whole took ~600 MB of heap (measured on large-200p.pdf).
 */

export function* jsonChunks(value: unknown, indent = "", depth = 0): Generator<string> {
  const inner = indent + "  ";
  if (depth < 2 && Array.isArray(value) && value.length > 0) {
    yield "[\n";
    for (let i = 0; i < value.length; i++) {
      yield inner;
      yield* jsonChunks(value[i], inner, depth + 1);
      yield i < value.length - 1 ? ",\n" : "\n";
    }
    yield `${indent}]`;
    return;
  }
  if (depth < 2 && value !== null && typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) { yield "{}"; return; }
    yield "{\n";
    for (let i = 0; i < entries.length; i++) {
      const [k, v] = entries[i]!;
      yield `${inner}${JSON.stringify(k)}: `;
      yield* jsonChunks(v, inner, depth + 1);
      yield i < entries.length - 1 ? ",\n" : "\n";
    }
    yield `${indent}}`;
    return;
  }
  yield indentedJson(value, depth);
}

/**
 * JSON.stringify(value, null, 2) with every line after the first indented by `depth` levels. Stringified inside
 * `depth` arrays and cut out, rather than re-indented with a replace: on a 60,000-cell table the replace took
 * four times as long as the stringify itself.
 */
function indentedJson(value: unknown, depth: number): string {
  let nested = value;
  for (let k = 0; k < depth; k++) nested = [nested];
  const text = JSON.stringify(nested, null, 2) ?? "null";
  // Each wrapper adds an opening line ("  " × k + "[\n") before the value and a closing one after it.
  let wrapper = 0;
  for (let k = 0; k < depth; k++) wrapper += 2 * k + 2;
  return text.slice(wrapper + 2 * depth, text.length - wrapper);
}
