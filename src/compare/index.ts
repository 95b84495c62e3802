export { compare, isNewlyMissed, type Edition } from "./compare.js";
export { compareTables, rowSimilarity } from "./compare-tables.js";
export { pairRecords, type Pairing } from "./pair-records.js";
export { assign, AMBIGUITY_MARGIN } from "./assign.js";
export { bigramDice, similarity } from "./similarity.js";
