/**
 * A table model → LibreOffice Writer flat ODT (.fodt): a title paragraph, a unit note, one table whose header rows
 * repeat on every page (table:table-header-rows), merged cells, full grid borders; A4 portrait.
 */
import type { Sheet } from "./fods.js";

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function fodtXml(sheet: Sheet, title: string, note: string): string {
  const rows = [...sheet.header, ...sheet.body];
  const covered = rows.map(() => new Set<number>());
  rows.forEach((row, r) => row.cells.forEach((c, col) => {
    if (c === null || covered[r]!.has(col)) return;
    for (let dr = 0; dr < (c.rowSpan ?? 1); dr++) for (let dc = 0; dc < (c.colSpan ?? 1); dc++) if (dr > 0 || dc > 0) covered[r + dr]?.add(col + dc);
  }));
  const rowXml = (r: number) => `<table:table-row>${rows[r]!.cells.map((c, col) => {
    if (covered[r]!.has(col)) return "<table:covered-table-cell/>";
    const span = `${c?.colSpan && c.colSpan > 1 ? ` table:number-columns-spanned="${c.colSpan}"` : ""}${c?.rowSpan && c.rowSpan > 1 ? ` table:number-rows-spanned="${c.rowSpan}"` : ""}`;
    const align = c?.align === "end" ? "P-end" : c?.align === "center" ? "P-center" : "P-start";
    return `<table:table-cell table:style-name="C" office:value-type="string"${span}><text:p text:style-name="${align}">${esc(c?.text ?? "")}</text:p></table:table-cell>`;
  }).join("")}</table:table-row>`;
  const total = sheet.columnsMm.reduce((a, b) => a + b, 0);
  const text = `<style:text-properties style:font-name="IPAexGothic" style:font-name-asian="IPAexGothic" fo:font-size="${sheet.fontPt}pt" style:font-size-asian="${sheet.fontPt}pt"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="IPAexGothic" svg:font-family="IPAexGothic"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="IPAexGothic" style:font-name-asian="IPAexGothic" fo:font-size="${sheet.fontPt}pt" style:font-size-asian="${sheet.fontPt}pt"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="T" style:family="table"><style:table-properties style:width="${total}mm" table:align="left"/></style:style>
${sheet.columnsMm.map((mm, k) => `<style:style style:name="T.${k}" style:family="table-column"><style:table-column-properties style:column-width="${mm}mm"/></style:style>`).join("\n")}
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="1.2mm" style:vertical-align="middle"/></style:style>
<style:style style:name="P-start" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/>${text}</style:style>
<style:style style:name="P-center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>${text}</style:style>
<style:style style:name="P-end" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>${text}</style:style>
<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:page-layout style:name="pl1"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait" fo:margin-top="15mm" fo:margin-bottom="15mm" fo:margin-left="15mm" fo:margin-right="15mm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pl1"/></office:master-styles>
<office:body><office:text>
<text:p text:style-name="Title">${esc(title)}</text:p>
<text:p text:style-name="P-end">${esc(note)}</text:p>
<table:table table:name="T" table:style-name="T">
${sheet.columnsMm.map((_, k) => `<table:table-column table:style-name="T.${k}"/>`).join("\n")}
<table:table-header-rows>
${sheet.header.map((_, r) => rowXml(r)).join("\n")}
</table:table-header-rows>
${sheet.body.map((_, r) => rowXml(sheet.header.length + r)).join("\n")}
</table:table>
</office:text></office:body></office:document>
`;
}
