/**
 * A sheet model → LibreOffice flat ODS (.fods) XML, for printing with `soffice --headless --convert-to pdf`.
 * Only what the fixtures need: column widths, merged cells, per-cell borders and alignment, repeated header rows,
 * landscape A4, no page header or footer.
 */

export type Align = "start" | "center" | "end";
/** Which rules a cell draws: a full grid, or horizontal rules only (top and bottom). */
export type Borders = "grid" | "horizontal" | "none" | "bottom";

export interface SheetCell {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly align?: Align;
  readonly borders?: Borders;
  readonly bold?: boolean;
}

export interface SheetRow {
  readonly cells: readonly (SheetCell | null)[];
}

export interface Sheet {
  /** Column widths in millimetres. */
  readonly columnsMm: readonly number[];
  /** Rows above the repeated header (title, unit note). */
  readonly preamble: readonly SheetRow[];
  /** Printed again at the top of every page. */
  readonly header: readonly SheetRow[];
  readonly body: readonly SheetRow[];
  /** Rows after the table (a legend). */
  readonly after?: readonly SheetRow[];
  readonly fontPt: number;
  readonly orientation: "landscape" | "portrait";
}

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const LINE = "0.5pt solid #000000";

function cellStyleName(c: SheetCell): string {
  return `c-${c.align ?? "start"}-${c.borders ?? "grid"}-${c.bold ? "b" : "n"}`;
}

function cellStyle(name: string, fontPt: number): string {
  const [, align, borders, bold] = name.split("-");
  const border =
    borders === "grid" ? `fo:border="${LINE}"` :
    borders === "horizontal" ? `fo:border-top="${LINE}" fo:border-bottom="${LINE}" fo:border-left="none" fo:border-right="none"` :
    borders === "bottom" ? `fo:border-bottom="${LINE}" fo:border-top="none" fo:border-left="none" fo:border-right="none"` : `fo:border="none"`;
  const weight = bold === "b" ? ` fo:font-weight="bold" style:font-weight-asian="bold"` : "";
  return `<style:style style:name="${name}" style:family="table-cell" style:parent-style-name="Default">
<style:table-cell-properties ${border} fo:wrap-option="wrap" style:vertical-align="middle" fo:padding="0.6mm"/>
<style:paragraph-properties fo:text-align="${align}"/>
<style:text-properties style:font-name="IPAexGothic" style:font-name-asian="IPAexGothic" fo:font-size="${fontPt}pt" style:font-size-asian="${fontPt}pt"${weight}/>
</style:style>`;
}

function rowXml(row: SheetRow, covered: Set<number>): string {
  const out: string[] = [];
  row.cells.forEach((c, col) => {
    if (covered.has(col) || c === null) {
      out.push(covered.has(col) ? "<table:covered-table-cell/>" : `<table:table-cell/>`);
      return;
    }
    const span = `${c.colSpan && c.colSpan > 1 ? ` table:number-columns-spanned="${c.colSpan}"` : ""}${c.rowSpan && c.rowSpan > 1 ? ` table:number-rows-spanned="${c.rowSpan}"` : ""}`;
    const paras = c.text.split("\n").map((l) => `<text:p>${esc(l)}</text:p>`).join("");
    out.push(`<table:table-cell table:style-name="${cellStyleName(c)}" office:value-type="string"${span}>${paras}</table:table-cell>`);
  });
  return `<table:table-row>${out.join("")}</table:table-row>`;
}

/** Cells covered by merges, per row index (over all rows in order). */
function coveredCells(rows: readonly SheetRow[]): Set<number>[] {
  const covered = rows.map(() => new Set<number>());
  rows.forEach((row, r) => {
    let col = 0;
    for (const c of row.cells) {
      if (c !== null && !covered[r]!.has(col)) {
        for (let dr = 0; dr < (c.rowSpan ?? 1); dr++) {
          for (let dc = 0; dc < (c.colSpan ?? 1); dc++) if (dr > 0 || dc > 0) covered[r + dr]?.add(col + dc);
        }
      }
      col++;
    }
  });
  return covered;
}

export function fodsXml(sheet: Sheet): string {
  const all = [...sheet.preamble, ...sheet.header, ...sheet.body, ...(sheet.after ?? [])];
  const covered = coveredCells(all);
  const styles = new Set<string>();
  for (const r of all) for (const c of r.cells) if (c) styles.add(cellStyleName(c));
  let i = 0;
  const rows = (rs: readonly SheetRow[]) => rs.map((r) => rowXml(r, covered[i++]!)).join("\n");
  const [w, h] = sheet.orientation === "landscape" ? ["297mm", "210mm"] : ["210mm", "297mm"];
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="IPAexGothic" svg:font-family="IPAexGothic"/></office:font-face-decls>
<office:automatic-styles>
${sheet.columnsMm.map((mm, k) => `<style:style style:name="co${k}" style:family="table-column"><style:table-column-properties style:column-width="${mm}mm"/></style:style>`).join("\n")}
${[...styles].map((s) => cellStyle(s, sheet.fontPt)).join("\n")}
<style:style style:name="ta1" style:family="table" style:master-page-name="mp1"><style:table-properties table:display="true"/></style:style>
<style:page-layout style:name="pl1"><style:page-layout-properties fo:page-width="${w}" fo:page-height="${h}" style:print-orientation="${sheet.orientation}" fo:margin-top="12mm" fo:margin-bottom="12mm" fo:margin-left="12mm" fo:margin-right="12mm" style:print="charts drawings objects zero-values" style:print-page-order="ttb"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="mp1" style:page-layout-name="pl1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Sheet1" table:style-name="ta1">
${sheet.columnsMm.map((_, k) => `<table:table-column table:style-name="co${k}"/>`).join("\n")}
${rows(sheet.preamble)}
<table:table-header-rows>
${rows(sheet.header)}
</table:table-header-rows>
${rows(sheet.body)}
${rows(sheet.after ?? [])}
</table:table></office:spreadsheet></office:body></office:document>
`;
}
