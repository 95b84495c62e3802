import { substringEditDistance } from "../text/edit-distance.js";

/**
 * Whether an OCR'd header label holds `word` with at most one misread character per three (際成度 for 達成度,
 * 取組伏況 for 取組状況): header text is short and set in a few fixed words, so this rarely meets another label.
 */
export const labelHolds = (label: string, word: string): boolean => substringEditDistance(word, label) <= Math.floor([...word].length / 3);
