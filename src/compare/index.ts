export { compare, isNewlyMissed, type Edition } from "./compare.js";
export { pairRecords, type Pairing } from "./pair-records.js";
export { bigramDice, similarity } from "./similarity.js";
