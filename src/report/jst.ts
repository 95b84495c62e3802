const JST = new Intl.DateTimeFormat("ja-JP", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false });

/** An ISO time as the reviewer reads it: "2026/12/02 18:35 JST"; text that is no time is returned as is. */
export function jstTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : `${JST.format(t)} JST`;
}
