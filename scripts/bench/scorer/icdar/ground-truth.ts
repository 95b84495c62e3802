/**
 * Ground truth of one document variant (score_icdar.py `load_gt`): NAME-str.xml gives the tables' cells,
 * NAME-reg.xml (optional) the table boxes.
 */
import { intersectionArea, unionBox, type Box } from "./geometry.js";
import { stripPythonSpace, type Norm } from "./normalise.js";
import { relations, type GridCell, type RelationCounts } from "./relations.js";
import { childrenNamed, descendantsNamed, parseXml, type XmlElement } from "./xml.js";

export interface GtTable {
  /** Page of the table's last region (as the organisers' tool takes it). */
  readonly page: number;
  readonly bbox: Box;
  readonly relations: RelationCounts;
}

/** Python's int(str): surrounding whitespace, a sign and digit-group underscores allowed. */
export function pythonInt(text: string | undefined, what: string): number {
  const digits = text === undefined ? undefined : /^[+-]?\d+(?:_\d+)*$/.exec(stripPythonSpace(text))?.[0];
  if (digits === undefined) throw new Error(`${what}: not an integer: ${JSON.stringify(text)}`);
  return Number(digits.replaceAll("_", ""));
}

// box coordinates are read leniently: us-018 has x1="26ß"
const LEADING_NUMBER = /^-?[\d.]+/;

/** x1, y1, x2, y2 of an element's <bounding-box> child. */
export function boxOf(element: XmlElement): Box {
  const boxElement = childrenNamed(element, "bounding-box")[0];
  if (!boxElement) throw new Error(`<${element.name}> has no <bounding-box>`);
  const coordinate = (key: string): number => {
    const raw = boxElement.attributes.get(key);
    const value = Number((raw === undefined ? undefined : LEADING_NUMBER.exec(raw)?.[0]) ?? NaN);
    if (Number.isNaN(value)) throw new Error(`bounding-box ${key}=${JSON.stringify(raw)} is not a number`);
    return value;
  };
  return [coordinate("x1"), coordinate("y1"), coordinate("x2"), coordinate("y2")];
}

/**
 * The tables of one variant. Region row/col increments shift cell indices; all regions of a table
 * share one grid. regXml undefined = no region file.
 */
export function groundTruthTables(strXml: string, regXml: string | undefined, norm: Norm, gap: boolean): GtTable[] {
  const regionBoxes = regXml === undefined ? [] : descendantsNamed(parseXml(regXml), "region").map((region) => ({
    page: pythonInt(region.attributes.get("page"), "region page"),
    box: boxOf(region),
  }));
  const tables = descendantsNamed(parseXml(strXml), "table").map((table) => {
    const cells: GridCell[] = [];
    const cellBoxes: Box[] = [];
    let page = 0;
    for (const region of childrenNamed(table, "region")) {
      const rowIncrement = pythonInt(region.attributes.get("row-increment") || "0", "row-increment");
      const colIncrement = pythonInt(region.attributes.get("col-increment") || "0", "col-increment");
      page = pythonInt(region.attributes.get("page"), "region page"); // the Java tool uses the last region's page
      for (const cell of childrenNamed(region, "cell")) {
        const startRow = pythonInt(cell.attributes.get("start-row"), "start-row");
        const startCol = pythonInt(cell.attributes.get("start-col"), "start-col");
        const endRowText = cell.attributes.get("end-row");
        const endColText = cell.attributes.get("end-col");
        cells.push({
          firstRow: startRow + rowIncrement,
          firstCol: startCol + colIncrement,
          lastRow: (endRowText === undefined ? startRow : pythonInt(endRowText, "end-row")) + rowIncrement,
          lastCol: (endColText === undefined ? startCol : pythonInt(endColText, "end-col")) + colIncrement,
          text: norm(childrenNamed(cell, "content")[0]?.text),
        });
        cellBoxes.push(boxOf(cell));
      }
    }
    return { page, bbox: cellBoxes.length > 0 ? unionBox(cellBoxes) : ([0, 0, 0, 0] as Box), relations: relations(cells, gap) };
  });
  return withRegionBoxes(tables, regionBoxes);
}

/**
 * Table boxes: the region file's boxes when its regions line up 1:1 (by page) with the tables (all but
 * us-035b; eu-015's cell boxes are in a shifted frame), else the union of the region boxes on the
 * table's page that overlap its cells.
 */
function withRegionBoxes(tables: readonly GtTable[], regionBoxes: readonly { page: number; box: Box }[]): GtTable[] {
  const lineUp = regionBoxes.length === tables.length && regionBoxes.every((region, i) => region.page === tables[i]!.page);
  return tables.map((table, i) => {
    if (lineUp) return { ...table, bbox: regionBoxes[i]!.box };
    const overlapping = regionBoxes.filter((r) => r.page === table.page && intersectionArea(r.box, table.bbox) > 0).map((r) => r.box);
    return overlapping.length > 0 ? { ...table, bbox: unionBox(overlapping) } : table;
  });
}
