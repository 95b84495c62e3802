/** Number formatting as Python prints it, so reports agree character for character with score_icdar.py. */

/**
 * format(x, ".{digits}f") for |x| < 1e21: correctly rounded like toFixed, but an exact binary tie goes
 * to the even digit (0.03125 → "0.0312", where toFixed gives "0.0313").
 */
export function formatFixed(x: number, digits: number): string {
  const rounded = x.toFixed(digits);
  // 100 places are exact for every double that can sit on a tie of a few decimals
  const exact = x.toFixed(100);
  const point = exact.indexOf(".");
  if (!/^50*$/.test(exact.slice(point + 1 + digits))) return rounded;
  const truncated = exact.slice(0, digits > 0 ? point + 1 + digits : point);
  return Number(truncated.at(-1)) % 2 === 0 ? truncated : rounded;
}

/** round(x, digits) */
export function roundHalfEven(x: number, digits: number): number {
  return Number(formatFixed(x, digits));
}

/** A number that Python holds as a float (printed "1.0", "1e-05"); plain numbers print as ints. */
export class PyFloat {
  constructor(readonly value: number) {}
}

export type PyJson = string | number | boolean | null | PyFloat | readonly PyJson[] | { readonly [key: string]: PyJson };

/** repr(float), as json.dumps writes it. */
export function floatRepr(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
  const [mantissa, exponentText] = x.toExponential().split("e") as [string, string];
  const exponent = Number(exponentText);
  // Python switches to an exponent below 1e-4 and from 1e16 on (JS: below 1e-6, from 1e21)
  if (exponent < -4 || exponent >= 16) return `${mantissa}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  const plain = String(x);
  return plain.includes(".") ? plain : `${plain}.0`;
}

/** json.dumps(value, ensure_ascii=False, indent=indent) */
export function pythonJson(value: PyJson, indent = 1, level = 0): string {
  const newline = (depth: number): string => `\n${" ".repeat(indent * depth)}`;
  if (value instanceof PyFloat) return floatRepr(value.value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[${value.map((item) => newline(level + 1) + pythonJson(item, indent, level + 1)).join(",")}${newline(level)}]`;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as { readonly [key: string]: PyJson });
    if (entries.length === 0) return "{}";
    const items = entries.map(([key, item]) => `${newline(level + 1)}${JSON.stringify(key)}: ${pythonJson(item, indent, level + 1)}`);
    return `{${items.join(",")}${newline(level)}}`;
  }
  return JSON.stringify(value);
}
