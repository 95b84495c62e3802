/**
 * Tables of other layouts, printed by a second producer: LibreOffice Calc (`soffice --headless --convert-to pdf`
 * of a generated flat ODS) and Writer (a flat ODT). Writes fixtures/pdf/{calc,writer}-*.pdf and
 * fixtures/calc/*.truth.json (every cell, section, typed value and misprinted total). calc-jimu-jigyo-sealed is held
 * out: not looked at while tuning.
 *
 *   npx tsx scripts/make-calc-fixtures.ts      (needs Debian's libreoffice-calc and fonts-ipaexfont-gothic)
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fodsXml, type Sheet } from "./calc/fods.js";
import { fodtXml } from "./calc/fodt.js";
import { shisetsuRiyou } from "./calc/shisetsu-riyou.js";
import { gyokakuMarks } from "./calc/gyokaku-marks.js";
import { jimuJigyo } from "./calc/jimu-jigyo.js";
import { JIMU_JIGYO_DEPARTMENTS, SEALED_DEPARTMENTS } from "./calc/jimu-jigyo-data.js";
import type { CalcTruth } from "./calc/truth.js";
import { zaiseiShihyo } from "./calc/zaisei-shihyo.js";

function print(sheet: Sheet, truth: CalcTruth, writer?: { title: string; note: string }): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hyo-calc-"));
  const fods = path.join(dir, `${truth.fixture}.${writer ? "fodt" : "fods"}`);
  writeFileSync(fods, writer ? fodtXml(sheet, writer.title, writer.note) : fodsXml(sheet));
  execFileSync("soffice", [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, fods], { stdio: "inherit" });
  copyFileSync(path.join(dir, `${truth.fixture}.pdf`), `fixtures/pdf/${truth.fixture}.pdf`);
  writeFileSync(`fixtures/calc/${truth.fixture}.truth.json`, JSON.stringify(truth, null, 1) + "\n");
  console.log(`fixtures/pdf/${truth.fixture}.pdf written`);
}

mkdirSync("fixtures/calc", { recursive: true });
const fixtures = [
  jimuJigyo({ fixture: "calc-jimu-jigyo", seed: 16, year: 5, minus: "▲", departments: JIMU_JIGYO_DEPARTMENTS, misprint: null, noValueMarks: ["-", "―"], sealed: false, fontPt: 9 }),
  zaiseiShihyo("calc-zaisei-shihyo"),
  gyokakuMarks("calc-gyokaku-marks"),
  jimuJigyo({ fixture: "calc-jimu-jigyo-sealed", seed: 1616, year: 6, minus: "△", departments: SEALED_DEPARTMENTS, misprint: { section: 1, column: 1, delta: 100 }, noValueMarks: ["－", "…"], sealed: true, fontPt: 8 }),
];
const only = process.argv[2];
for (const { sheet, truth } of fixtures) if (!only || truth.fixture === only) print(sheet, truth);
const writer = shisetsuRiyou("writer-shisetsu-riyou");
if (!only || only === writer.truth.fixture) print(writer.sheet, writer.truth, writer);
