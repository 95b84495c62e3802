/**
 * Fixtures from a second producer: the 南アルプス市 results table laid out as a Calc sheet (flat ODS) and printed
 * to PDF by LibreOffice itself (its own line breaking, row heights, pagination, font embedding).
 *
 *   npx tsx scripts/make-libreoffice-fixtures.ts      (needs `soffice`: apt-get install libreoffice-calc)
 *
 * lo-calc-mincho.pdf is SEALED: no test or tuning looks at it; `npm run bench` reports it apart.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadTruth } from "./fixtures/truth.js";
import { toFods } from "./libreoffice/calc-sheet.js";
import { gyoseiSheet, type GyoseiSheetVariant } from "./libreoffice/gyosei-sheet.js";

const R2_WIDTHS = [22, 30, 44, 20, 78, 66, 124, 44, 130, 132, 150, 132, 30, 132];
const FUTURE_DIRECTION = 6; // 今後の取組方向 │ 関係する計画等
const PLAN = 9; // 計画内容(Plan) │ 取組状況(Do)

const VARIANTS: Record<string, GyoseiSheetVariant> = {
  "lo-calc-gothic": { font: "IPAexGothic", bodyPt: 8, colWidthsPt: R2_WIDTHS, marginMm: 8, missingRules: [] },
  // Inner rules left out between wide multi-line columns, in varying rows.
  "lo-calc-norules": {
    font: "IPAexGothic", bodyPt: 8, colWidthsPt: R2_WIDTHS, marginMm: 8,
    missingRules: [{ col: FUTURE_DIRECTION, everyNth: 3, offset: 0 }, { col: PLAN, everyNth: 4, offset: 1 }],
  },
  // SEALED.
  "lo-calc-mincho": {
    font: "IPAexMincho", bodyPt: 9, colWidthsPt: [24, 28, 50, 22, 86, 72, 118, 52, 122, 126, 140, 124, 34, 126], marginMm: 9,
    missingRules: [{ col: PLAN, everyNth: 5, offset: 2 }],
  },
};

const truth = loadTruth("fixtures/gyosei-kaikaku-r2.truth.json");
const work = mkdtempSync(join(tmpdir(), "hyo-lo-"));
try {
  for (const [name, variant] of Object.entries(VARIANTS)) {
    const fods = join(work, `${name}.fods`);
    writeFileSync(fods, toFods(gyoseiSheet(truth, variant)));
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${work}/profile`, "--convert-to", "pdf", "--outdir", work, fods], { stdio: "pipe" });
    copyFileSync(join(work, `${name}.pdf`), `fixtures/pdf/${name}.pdf`);
    console.log(`fixtures/pdf/${name}.pdf`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
