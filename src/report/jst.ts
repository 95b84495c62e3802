/** Japan Standard Time: UTC+9 all year (Japan has kept no daylight saving time since 1951). */
const JST_OFFSET_MS = 9 * 3600_000;
const two = (n: number) => String(n).padStart(2, "0");

/**
 * An ISO time as the reviewer reads it: "2026/12/02 18:35 JST"; text that is no time is returned as is. Plain
 * arithmetic: an Intl formatter for Asia/Tokyo loads the time-zone data on its first use (~20 ms of a report).
 */
export function jstTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + JST_OFFSET_MS);
  return `${d.getUTCFullYear()}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} JST`;
}
