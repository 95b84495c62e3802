/**
 * A table reduced to its adjacency relations (score_icdar.py `relations`): every non-blank cell to its
 * nearest non-blank neighbour to the right and below, as (text_a, text_b, direction, blanks jumped).
 */

/** A cell on the table grid: inclusive row/column span and normalised text ("" = blank). */
export interface GridCell {
  readonly firstRow: number;
  readonly firstCol: number;
  readonly lastRow: number;
  readonly lastCol: number;
  readonly text: string;
}

export type Direction = "R" | "D";

/** Multiset of relations: relationKey(...) → how many times it occurs. */
export type RelationCounts = ReadonlyMap<string, number>;

export function relationKey(from: string, to: string, direction: Direction, blanks: number): string {
  return JSON.stringify([from, to, direction, blanks]);
}

interface GridSlot {
  readonly row: number;
  readonly col: number;
  cell: number;
}

/** Relations of one table; gap = false counts every relation as jumping no blanks. */
export function relations(cells: readonly GridCell[], gap = true): RelationCounts {
  // blank cells take no grid position; a later cell overwrites an earlier one (as the organisers' tool)
  const grid = new Map<string, GridSlot>();
  cells.forEach((cell, index) => {
    if (!cell.text) return;
    for (let row = cell.firstRow; row <= cell.lastRow; row++) {
      for (let col = cell.firstCol; col <= cell.lastCol; col++) {
        const slot = grid.get(`${row},${col}`);
        if (slot) slot.cell = index;
        else grid.set(`${row},${col}`, { row, col, cell: index });
      }
    }
  });
  // (cell a, cell b, direction) → blanks between them; the first scan (top-down, left-right) wins
  const pairs = new Map<string, { from: number; to: number; direction: Direction; blanks: number }>();
  for (const direction of ["R", "D"] as const) {
    for (const line of gridLines(grid, direction)) {
      for (let k = 1; k < line.length; k++) {
        const a = line[k - 1]!;
        const b = line[k]!;
        if (a.cell === b.cell) continue; // a step inside one spanning cell is no relation
        const pairKey = `${a.cell},${b.cell},${direction}`;
        if (!pairs.has(pairKey)) pairs.set(pairKey, { from: a.cell, to: b.cell, direction, blanks: gap ? b.position - a.position - 1 : 0 });
      }
    }
  }
  const counts = new Map<string, number>();
  for (const { from, to, direction, blanks } of pairs.values()) {
    const key = relationKey(cells[from]!.text, cells[to]!.text, direction, blanks);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Rows (R) top-down or columns (D) left-right, each as its occupied positions in order. */
function gridLines(grid: ReadonlyMap<string, GridSlot>, direction: Direction): { position: number; cell: number }[][] {
  const lines = new Map<number, { position: number; cell: number }[]>();
  for (const { row, col, cell } of grid.values()) {
    const [line, position] = direction === "R" ? [row, col] : [col, row];
    const entries = lines.get(line) ?? [];
    entries.push({ position, cell });
    lines.set(line, entries);
  }
  return [...lines.keys()].sort((a, b) => a - b).map((line) => lines.get(line)!.sort((a, b) => a.position - b.position));
}

export function relationTotal(counts: RelationCounts): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}

/** Size of the multiset intersection (Python's sum((a & b).values())). */
export function sharedRelations(a: RelationCounts, b: RelationCounts): number {
  let shared = 0;
  for (const [key, n] of a) shared += Math.min(n, b.get(key) ?? 0);
  return shared;
}

/** Multiset sum of several tables' relations (document mode pools them). */
export function poolRelations(all: readonly RelationCounts[]): RelationCounts {
  const pooled = new Map<string, number>();
  for (const counts of all) for (const [key, n] of counts) pooled.set(key, (pooled.get(key) ?? 0) + n);
  return pooled;
}
