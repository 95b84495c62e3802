/**
 * A minimal LibreOffice Writer flat ODT (.fodt) writer: paragraphs and tables whose rows carry horizontal rules
 * only (booktabs style: a rule above the header, one below it, one at the foot), as reports written in Writer
 * or Word set their tables. LibreOffice lays it out and prints it. Cells are centred vertically, so a row's
 * numbers sit beside the middle line of a label written on several lines.
 */

export type Block =
  | { kind: "paragraph"; text: string; sizePt: number; bold?: boolean }
  | {
    kind: "table";
    /** Column widths in millimetres. */
    colWidthsMm: number[];
    header: string[][];
    body: string[][];
    /** Columns (0-based) whose body cells are right-aligned (numbers). */
    numericCols: number[];
    sizePt: number;
    /** Horizontal rules only (default), or every cell boxed. */
    rules?: "booktabs" | "grid";
  };

export interface WriterDoc {
  page: { widthMm: number; heightMm: number; marginMm: number };
  font: string;
  blocks: Block[];
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const RULE = "0.5pt solid #000000";

/** The document as a flat ODT. */
export function toFodt(doc: WriterDoc): string {
  const styles: string[] = [];
  const body: string[] = [];
  const paraStyle = (name: string, sizePt: number, align: string, bold = false) => styles.push(
    `<style:style style:name="${name}" style:family="paragraph"><style:paragraph-properties fo:text-align="${align}" fo:margin-top="0mm" fo:margin-bottom="1mm"/>`
    + `<style:text-properties style:font-name="${esc(doc.font)}" style:font-name-asian="${esc(doc.font)}" fo:font-size="${sizePt}pt" style:font-size-asian="${sizePt}pt"${bold ? ` fo:font-weight="bold" style:font-weight-asian="bold"` : ""}/></style:style>`);
  const cellStyle = (name: string, top: boolean, bottom: boolean) => styles.push(
    `<style:style style:name="${name}" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle" fo:padding="0.8mm" fo:border-left="none" fo:border-right="none" fo:border-top="${top ? RULE : "none"}" fo:border-bottom="${bottom ? RULE : "none"}"/></style:style>`);
  cellStyle("cTop", true, false);
  cellStyle("cHeadLast", false, true);
  cellStyle("cHeadOnly", true, true);
  cellStyle("cBody", false, false);
  cellStyle("cFoot", false, true);
  styles.push(`<style:style style:name="cGrid" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle" fo:padding="0.8mm" fo:border="${RULE}"/></style:style>`);
  doc.blocks.forEach((b, i) => {
    if (b.kind === "paragraph") {
      paraStyle(`P${i}`, b.sizePt, "start", b.bold);
      body.push(`<text:p text:style-name="P${i}">${esc(b.text)}</text:p>`);
      return;
    }
    paraStyle(`T${i}L`, b.sizePt, "start");
    paraStyle(`T${i}C`, b.sizePt, "center");
    paraStyle(`T${i}R`, b.sizePt, "end");
    const width = b.colWidthsMm.reduce((s, w) => s + w, 0);
    styles.push(`<style:style style:name="Tab${i}" style:family="table"><style:table-properties style:width="${width}mm" table:align="left" fo:margin-top="1mm" fo:margin-bottom="2mm"/></style:style>`);
    b.colWidthsMm.forEach((w, c) => styles.push(`<style:style style:name="Tab${i}C${c}" style:family="table-column"><style:table-column-properties style:column-width="${w}mm"/></style:style>`));
    const rows = [...b.header.map((r) => ({ r, head: true })), ...b.body.map((r) => ({ r, head: false }))];
    const xmlRows = rows.map(({ r, head }, k) => {
      const first = k === 0, lastHead = head && k === b.header.length - 1, last = k === rows.length - 1;
      const style = b.rules === "grid" ? "cGrid" : first && lastHead ? "cHeadOnly" : first ? "cTop" : lastHead ? "cHeadLast" : last ? "cFoot" : "cBody";
      const cells = r.map((text, c) => {
        const align = head ? "C" : b.numericCols.includes(c) ? "R" : "L";
        // "\n" in a cell: one paragraph per line.
        const paras = text.split("\n").map((t) => `<text:p text:style-name="T${i}${align}">${esc(t)}</text:p>`).join("");
        return `<table:table-cell table:style-name="${style}" office:value-type="string">${paras}</table:table-cell>`;
      });
      return `<table:table-row>${cells.join("")}</table:table-row>`;
    });
    body.push(`<table:table table:name="Table${i}" table:style-name="Tab${i}">${b.colWidthsMm.map((_, c) => `<table:table-column table:style-name="Tab${i}C${c}"/>`).join("")}`
      + `<table:table-header-rows>${xmlRows.slice(0, b.header.length).join("")}</table:table-header-rows>${xmlRows.slice(b.header.length).join("")}</table:table>`);
  });
  const { widthMm, heightMm, marginMm } = doc.page;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${esc(doc.font)}" svg:font-family="${esc(doc.font)}"/></office:font-face-decls>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${widthMm}mm" fo:page-height="${heightMm}mm" fo:margin-top="${marginMm}mm" fo:margin-bottom="${marginMm}mm" fo:margin-left="${marginMm}mm" fo:margin-right="${marginMm}mm"/></style:page-layout>
${styles.join("\n")}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
${body.join("\n")}
</office:text></office:body></office:document>
`;
}
