/**
 * The grid invariant of every table hyo writes: each cell lies inside its table's grid (0 ≤ row, row + rowSpan ≤
 * rowCount, likewise for columns, spans ≥ 1) and no grid slot is covered by two cells. A caller walking the grid
 * (a spreadsheet export, the ICDAR relations) relies on both.
 */

export interface GridShape {
  readonly rowCount: number;
  readonly columnCount: number;
  readonly cells: readonly { readonly row: number; readonly col: number; readonly rowSpan: number; readonly colSpan: number }[];
}

export interface GridViolation {
  readonly kind: "outside" | "overlap";
  /** Index of the offending cell in `cells`; for an overlap, the later of the two. */
  readonly cell: number;
  /** For an overlap: the earlier cell covering the same slot. */
  readonly other?: number;
  readonly message: string;
}

export function gridViolations(t: GridShape): GridViolation[] {
  const out: GridViolation[] = [];
  const owner = new Map<number, number>();
  t.cells.forEach((c, i) => {
    const at = `cell ${i} (row ${c.row}, col ${c.col}, ${c.rowSpan}×${c.colSpan})`;
    const whole = [c.row, c.col, c.rowSpan, c.colSpan].every(Number.isInteger);
    if (!whole || c.rowSpan < 1 || c.colSpan < 1 || c.row < 0 || c.col < 0 || c.row + c.rowSpan > t.rowCount || c.col + c.colSpan > t.columnCount) {
      out.push({ kind: "outside", cell: i, message: `${at} is outside the ${t.rowCount}×${t.columnCount} grid` });
      return;
    }
    const overlaps = new Set<number>();
    for (let r = c.row; r < c.row + c.rowSpan; r++) {
      for (let k = c.col; k < c.col + c.colSpan; k++) {
        const slot = r * t.columnCount + k;
        const prev = owner.get(slot);
        if (prev === undefined) owner.set(slot, i);
        else overlaps.add(prev);
      }
    }
    for (const other of overlaps) out.push({ kind: "overlap", cell: i, other, message: `${at} overlaps cell ${other} (row ${t.cells[other]!.row}, col ${t.cells[other]!.col})` });
  });
  return out;
}

/** A page table's grid: its rows and columns are the bands between its boundaries. */
export const pageGrid = (t: { readonly rowYs: readonly number[]; readonly colXs: readonly number[]; readonly cells: GridShape["cells"] }): GridShape =>
  ({ rowCount: t.rowYs.length - 1, columnCount: t.colXs.length - 1, cells: t.cells });
