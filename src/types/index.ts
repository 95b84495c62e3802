export * from "./geometry.js";
export * from "./page.js";
export * from "./review.js";
export * from "./quantity.js";
