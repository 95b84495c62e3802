/**
 * Which page lines the CLI prints. A page that holds tables, needed OCR or is the last is always told; the others
 * at most once a second, so that a 10,000-page file prints a line a second rather than 10,000 lines, and a
 * document of ordinary length still gets every page (its pages take well over a second in all only when it is long).
 */
export interface PageEvent {
  readonly pageNo: number;
  readonly pageCount: number;
  readonly tables: number;
  readonly ocr?: unknown;
}

/** Pages up to this count are all told: a reader follows them one by one. */
const ALWAYS_TOLD_PAGES = 100;
const QUIET_MS = 1000;

export function pageLineFilter(now: () => number = Date.now): (e: PageEvent) => boolean {
  let last = -Infinity;
  return (e) => {
    const t = now();
    const tell = e.pageCount <= ALWAYS_TOLD_PAGES || e.tables > 0 || e.ocr !== undefined || e.pageNo === e.pageCount || t - last >= QUIET_MS;
    if (tell) last = t;
    return tell;
  };
}
