/**
 * Fixtures from LibreOffice Writer: report pages whose tables carry horizontal rules only (one above the header,
 * one below it, one at the foot), with a caption above, a note below and a second small table on the page, as
 * reports written in Writer or Word set them. Each PDF comes with its truth (fixtures/writer/<name>.truth.json).
 *
 *   npx tsx scripts/make-writer-fixtures.ts      (needs `soffice`: apt-get install libreoffice-writer)
 *
 * writer-jinko.pdf is SEALED: no test reads it and nothing is tuned on it.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toFodt, type Block, type WriterDoc } from "./libreoffice/writer-doc.js";

interface TruthTable { caption: string; header: string[]; rows: string[][]; numericCols: number[]; colWidthsMm: number[]; rules?: "booktabs" | "grid" }
interface Spec { font: string; sizePt: number; intro: string; tables: TruthTable[]; notes: string[]; outro: string }

const SPECS: Record<string, Spec> = {
  "writer-zaisei": {
    font: "IPAexGothic", sizePt: 9,
    intro: "本市の財政状況について、健全化判断比率等の主な指標の推移は次のとおりです。",
    tables: [
      {
        caption: "表3 財政指標の推移", numericCols: [1, 2, 3, 4], colWidthsMm: [48, 26, 26, 26, 22],
        header: ["指標", "平成30年度", "令和元年度", "令和2年度", "増減"],
        rows: [
          ["実質赤字比率", "－", "－", "－", "－"],
          ["連結実質赤字比率", "－", "－", "－", "－"],
          ["実質公債費比率", "9.8%", "9.1%", "8.6%", "▲0.5"],
          ["将来負担比率", "28.4%", "22.1%", "18.9%", "▲3.2"],
          ["経常収支比率", "91.2%", "92.5%", "90.8%", "▲1.7"],
          ["財政力指数", "0.56", "0.57", "0.57", "0.00"],
        ],
      },
      {
        caption: "表4 基金残高(単位:百万円)", numericCols: [1, 2], colWidthsMm: [44, 30, 30],
        header: ["基金", "令和元年度末", "令和2年度末"],
        rows: [["財政調整基金", "5,432", "4,987"], ["減債基金", "1,210", "1,105"], ["合計", "6,642", "6,092"]],
      },
    ],
    notes: ["※ 健全化判断比率は地方公共団体の財政の健全化に関する法律に基づく。「－」は該当なし。"],
    outro: "将来負担比率は3年連続で低下しており、引き続き市債残高の抑制に努めます。",
  },
  // A boxed grid and a booktabs table on one page.
  "writer-mixed": {
    font: "IPAexGothic", sizePt: 9,
    intro: "令和2年度の主な事業の実施状況と、指定管理施設の利用者数は次のとおりです。",
    tables: [
      {
        caption: "表1 主な事業の実施状況", numericCols: [2], colWidthsMm: [50, 40, 30], rules: "grid",
        header: ["事業名", "担当課", "事業費(千円)"],
        rows: [["地域公共交通運行事業", "政策推進課", "48,210"], ["子育て支援拠点事業", "こども課", "21,530"], ["公共施設長寿命化事業", "管財課", "132,560"]],
      },
      {
        caption: "表2 指定管理施設の利用者数", numericCols: [1, 2, 3], colWidthsMm: [46, 26, 26, 22],
        header: ["施設", "令和元年度", "令和2年度", "増減率"],
        rows: [["市民体育館", "84,120", "51,306", "▲39.0%"], ["総合交流ターミナル", "312,455", "240,118", "▲23.2%"], ["ふるさと文化伝承館", "6,210", "4,980", "▲19.8%"]],
      },
    ],
    notes: ["※ 事業費は決算額。"],
    outro: "利用者数は新型コロナウイルス感染症の影響により減少した。",
  },
  // Row labels written on several lines, their numbers centred beside the middle line.
  "writer-labels": {
    font: "IPAexGothic", sizePt: 9,
    intro: "事業別の決算額と前年度比較は次のとおりです。",
    tables: [
      {
        caption: "表5 主要事業の決算額(単位:千円)", numericCols: [1, 2, 3], colWidthsMm: [44, 28, 28, 24],
        header: ["事業", "令和元年度", "令和2年度", "増減"],
        rows: [
          ["地域公共交通\nデマンドバス\n運行事業", "48,210", "52,114", "3,904"],
          ["子育て支援拠点事業", "21,530", "19,870", "▲1,660"],
          ["公共施設\n長寿命化事業\n(学校施設)", "132,560", "98,420", "▲34,140"],
          ["移住定住促進事業", "8,400", "12,150", "3,750"],
        ],
      },
    ],
    notes: ["※ 千円未満四捨五入。"],
    outro: "公共施設長寿命化事業は学校施設の改修が一段落したため減少した。",
  },
  // SEALED.
  "writer-jinko": {
    font: "IPAexMincho", sizePt: 10,
    intro: "住民基本台帳による各年10月1日現在の人口と世帯数は次のとおりである。",
    tables: [
      {
        caption: "表1 人口と世帯数の推移", numericCols: [1, 2, 3], colWidthsMm: [30, 32, 28, 40],
        header: ["年", "人口(人)", "世帯数", "1世帯当たり人員"],
        rows: [
          ["平成28年", "72,635", "27,512", "2.64"], ["平成29年", "72,301", "27,804", "2.60"], ["平成30年", "71,950", "28,033", "2.57"],
          ["令和元年", "71,602", "28,301", "2.53"], ["令和2年", "71,318", "28,596", "2.49"],
        ],
      },
      {
        caption: "表2 年齢3区分別人口の割合(%)", numericCols: [1, 2, 3], colWidthsMm: [30, 28, 28, 28],
        header: ["年", "0~14歳", "15~64歳", "65歳以上"],
        rows: [["平成28年", "13.8", "59.9", "26.3"], ["令和2年", "13.1", "57.6", "29.3"]],
      },
    ],
    notes: ["注:各年10月1日現在。四捨五入のため合計が100にならない場合がある。"],
    outro: "高齢化率は5年間で3.0ポイント上昇した。",
  },
};

function blocks(s: Spec): Block[] {
  const out: Block[] = [{ kind: "paragraph", text: s.intro, sizePt: s.sizePt }];
  s.tables.forEach((t, i) => {
    out.push({ kind: "paragraph", text: t.caption, sizePt: s.sizePt + 1, bold: true });
    out.push({ kind: "table", colWidthsMm: t.colWidthsMm, header: [t.header], body: t.rows, numericCols: t.numericCols, sizePt: s.sizePt, rules: t.rules ?? "booktabs" });
    if (i === 0) for (const n of s.notes) out.push({ kind: "paragraph", text: n, sizePt: s.sizePt - 1 });
  });
  out.push({ kind: "paragraph", text: s.outro, sizePt: s.sizePt });
  return out;
}

const work = mkdtempSync(join(tmpdir(), "hyo-writer-"));
try {
  for (const [name, spec] of Object.entries(SPECS)) {
    const doc: WriterDoc = { page: { widthMm: 210, heightMm: 297, marginMm: 20 }, font: spec.font, blocks: blocks(spec) };
    const fodt = join(work, `${name}.fodt`);
    writeFileSync(fodt, toFodt(doc));
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${work}/profile`, "--convert-to", "pdf", "--outdir", work, fodt], { stdio: "pipe" });
    copyFileSync(join(work, `${name}.pdf`), `fixtures/pdf/${name}.pdf`);
    const truth = { producer: "LibreOffice Writer", tables: spec.tables.map(({ caption, header, rows }) => ({ caption, header, rows })), notes: spec.notes };
    writeFileSync(`fixtures/writer/${name}.truth.json`, `${JSON.stringify(truth, null, 1)}\n`);
    console.log(`fixtures/pdf/${name}.pdf`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
