/**
 * A minimal LibreOffice Calc flat-ODS (.fods) writer: column widths, merged cells, per-cell borders, fill,
 * font, wrap and alignment, header rows repeated on every printed page. Enough to print a table the way a
 * city's office program does, through LibreOffice's own layout (line breaking, row heights, pagination).
 */

export interface CellStyle {
  font: string;
  sizePt: number;
  align?: "start" | "center";
  valign?: "top" | "middle";
  fill?: string;
  wrap?: boolean;
  /** Which of the cell's edges carry a rule. */
  borders: { left: boolean; right: boolean; top: boolean; bottom: boolean };
}

export interface SheetCell {
  /** Lines of the cell; each becomes a paragraph (a hard line break). */
  lines: string[];
  style: CellStyle;
  rowSpan?: number;
  colSpan?: number;
}

export interface SheetRow {
  /** Fixed height; omitted, LibreOffice fits the row to its wrapped text (optimal height). */
  heightPt?: number;
  /** Column index → cell; columns covered by a merge or left out are filled in by `toFods`. */
  cells: Map<number, SheetCell>;
}

export interface Sheet {
  page: { widthMm: number; heightMm: number; marginMm: number };
  colWidthsPt: number[];
  /** Rows before the header (title, legend): printed once. */
  preamble: SheetRow[];
  /** Header rows: repeated at the top of every page. */
  header: SheetRow[];
  body: SheetRow[];
  /** Style of the cells nobody placed (inside the table grid). */
  emptyStyle: CellStyle;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const RULE = "0.5pt solid #000000";

function cellStyleXml(name: string, s: CellStyle): string {
  const b = (on: boolean) => (on ? RULE : "none");
  return `<style:style style:name="${name}" style:family="table-cell">`
    + `<style:table-cell-properties fo:wrap-option="${s.wrap === false ? "no-wrap" : "wrap"}" style:vertical-align="${s.valign ?? "top"}"`
    + ` fo:border-left="${b(s.borders.left)}" fo:border-right="${b(s.borders.right)}" fo:border-top="${b(s.borders.top)}" fo:border-bottom="${b(s.borders.bottom)}"`
    + ` fo:background-color="${s.fill ?? "transparent"}"/>`
    + `<style:paragraph-properties fo:text-align="${s.align ?? "start"}"/>`
    + `<style:text-properties style:font-name="${esc(s.font)}" style:font-name-asian="${esc(s.font)}" fo:font-size="${s.sizePt}pt" style:font-size-asian="${s.sizePt}pt"/>`
    + `</style:style>`;
}

/** The sheet as a flat ODS document. */
export function toFods(sheet: Sheet): string {
  const styles = new Map<string, string>(); // style key → name
  const styleName = (s: CellStyle) => {
    const key = JSON.stringify(s);
    let name = styles.get(key);
    if (!name) styles.set(key, (name = `ce${styles.size + 1}`));
    return name;
  };
  const cols = sheet.colWidthsPt.length;
  const rowXml = (rows: SheetRow[]): string => {
    // Positions covered by a merge that starts above or to the left.
    const covered = new Set<string>();
    return rows.map((row, r) => {
      const parts: string[] = [];
      for (let c = 0; c < cols; c++) {
        const cell = row.cells.get(c);
        if (covered.has(`${r},${c}`) && !cell) { parts.push("<table:covered-table-cell/>"); continue; }
        if (!cell) { parts.push(`<table:table-cell table:style-name="${styleName(sheet.emptyStyle)}"/>`); continue; }
        const rs = cell.rowSpan ?? 1, cs = cell.colSpan ?? 1;
        for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) if (i || j) covered.add(`${r + i},${c + j}`);
        const span = (rs > 1 ? ` table:number-rows-spanned="${rs}"` : "") + (cs > 1 ? ` table:number-columns-spanned="${cs}"` : "");
        const text = cell.lines.map((l) => `<text:p>${esc(l)}</text:p>`).join("");
        const type = cell.lines.length ? ` office:value-type="string"` : "";
        parts.push(`<table:table-cell table:style-name="${styleName(cell.style)}"${type}${span}>${text}</table:table-cell>`);
      }
      const height = row.heightPt === undefined ? "ro-auto" : rowStyle(row.heightPt);
      return `<table:table-row table:style-name="${height}">${parts.join("")}</table:table-row>`;
    }).join("\n");
  };
  const rowHeights = new Set<number>();
  const rowStyle = (h: number) => { rowHeights.add(h); return `ro-${h}`; };
  // Header and body rows are one grid for merges; the preamble is its own.
  const pre = rowXml(sheet.preamble);
  const grid = rowXml([...sheet.header, ...sheet.body]).split("\n");
  const head = grid.slice(0, sheet.header.length).join("\n");
  const body = grid.slice(sheet.header.length).join("\n");
  const fonts = new Set([...styles.keys()].map((k) => (JSON.parse(k) as CellStyle).font));
  const { widthMm, heightMm, marginMm } = sheet.page;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls>${[...fonts].map((f) => `<style:font-face style:name="${esc(f)}" svg:font-family="${esc(f)}"/>`).join("")}</office:font-face-decls>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${widthMm}mm" fo:page-height="${heightMm}mm" style:print-orientation="${widthMm > heightMm ? "landscape" : "portrait"}" fo:margin-top="${marginMm}mm" fo:margin-bottom="${marginMm}mm" fo:margin-left="${marginMm}mm" fo:margin-right="${marginMm}mm" style:print="objects charts drawings" style:scale-to="100%"/></style:page-layout>
<style:style style:name="ta1" style:family="table" style:master-page-name="mp1"><style:table-properties table:display="true"/></style:style>
${sheet.colWidthsPt.map((w, i) => `<style:style style:name="co${i + 1}" style:family="table-column"><style:table-column-properties style:column-width="${w}pt"/></style:style>`).join("\n")}
<style:style style:name="ro-auto" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>
${[...rowHeights].map((h) => `<style:style style:name="ro-${h}" style:family="table-row"><style:table-row-properties style:row-height="${h}pt" style:use-optimal-row-height="false"/></style:style>`).join("\n")}
${[...styles].map(([key, name]) => cellStyleXml(name, JSON.parse(key) as CellStyle)).join("\n")}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="mp1" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Sheet1" table:style-name="ta1">
${sheet.colWidthsPt.map((_, i) => `<table:table-column table:style-name="co${i + 1}"/>`).join("")}
${pre}
<table:table-header-rows>
${head}
</table:table-header-rows>
${body}
</table:table></office:spreadsheet></office:body></office:document>
`;
}
