export { parseQuantities } from "./parse-quantities.js";
export { evaluate, normalizeLabel, type Evaluation } from "./evaluate.js";
export {
  findEraDates,
  parseEraDate,
  parseEraYear,
  ERA_FIRST_YEARS,
  type EraDate,
  type EraName,
  type EraPoint,
  type EraYear,
} from "./era.js";
export { parseKanjiNumeral } from "./kanji-numerals.js";
export { UNITS, type UnitDef } from "./units.js";
export { toHalfWidth } from "./width.js";
