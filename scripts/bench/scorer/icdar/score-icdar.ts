/**
 * The ICDAR 2013 Table Competition structure scorer over folders (score_icdar.py main()): the only
 * part that reads files.
 *   gtDir:   NAME-str.xml (+ NAME-reg.xml) as shipped; alternatives NAMEa / NAMEb form one document
 *   predDir: one JSON per document, named after the document (NAME.json) or a variant (NAMEa.json)
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { groundTruthTables, type GtTable } from "./ground-truth.js";
import { makeNorm, type Norm } from "./normalise.js";
import { parsePrediction, type Prediction } from "./prediction.js";
import { bestVariant, DEFAULT_OPTIONS, prf, scoreDocument, summarise, type DocScore, type IcdarResult, type ScoreOptions } from "./score.js";
import { decodeXml } from "./xml.js";

/** A problem with the folders or a prediction file (the Python tool exits with "error: …"). */
export class IcdarInputError extends Error {
  override name = "IcdarInputError";
}

interface Variant {
  readonly stem: string;
  readonly strPath: string;
}

export function scoreIcdar(gtDir: string, predDir: string, options: Partial<ScoreOptions> = {}): IcdarResult {
  const settings: ScoreOptions = { ...DEFAULT_OPTIONS, ...options };
  const norm = makeNorm(settings.norm);
  const groups = documentGroups(gtDir);
  if (groups.size === 0) throw new IcdarInputError(`no *-str.xml in ${gtDir}`);
  if (!isDirectory(predDir)) throw new IcdarInputError(`no directory ${predDir}`);

  const perDoc: DocScore[] = [];
  let elapsedS = 0;
  for (const [base, variants] of groups) {
    const predPath = [base, ...variants.map((v) => v.stem)].map((name) => path.join(predDir, `${name}.json`)).find((p) => existsSync(p));
    const prediction: Prediction = predPath ? readPrediction(predPath, norm, settings.gap) : { tables: [], elapsedS: 0 };
    elapsedS += prediction.elapsedS;
    const scores = variants.map((variant): DocScore => {
      const counts = scoreDocument(readGroundTruth(variant.strPath, norm, settings.gap), prediction.tables, settings);
      return { ...counts, ...prf(counts.tp, counts.fp, counts.fn), doc: variants[0]!.stem, gtVariant: variant.stem, missingPred: !predPath };
    });
    perDoc.push(bestVariant(scores));
  }
  return summarise(perDoc, settings, elapsedS);
}

/** Document base name → its ground-truth variants, in file-name order (us-011a + us-011b → us-011). */
function documentGroups(gtDir: string): Map<string, Variant[]> {
  const groups = new Map<string, Variant[]>();
  for (const file of listDir(gtDir).filter((f) => f.endsWith("-str.xml") && !f.startsWith(".")).sort()) {
    const stem = file.slice(0, -"-str.xml".length);
    const base = stem.replace(/(?<=\d)[a-z]$/, "");
    groups.set(base, [...(groups.get(base) ?? []), { stem, strPath: path.join(gtDir, file) }]);
  }
  return groups;
}

function readGroundTruth(strPath: string, norm: Norm, gap: boolean): GtTable[] {
  // as Python's str.replace: every occurrence in the path
  const regPath = strPath.replaceAll("-str.xml", "-reg.xml");
  const regXml = existsSync(regPath) ? decodeXml(readFileSync(regPath)) : undefined;
  return groundTruthTables(decodeXml(readFileSync(strPath)), regXml, norm, gap);
}

function readPrediction(predPath: string, norm: Norm, gap: boolean): Prediction {
  try {
    return parsePrediction(new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(readFileSync(predPath)), norm, gap);
  } catch (error) {
    throw new IcdarInputError(`${predPath}: not a valid prediction file (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)})`);
  }
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return []; // as glob: a missing folder has no files
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
