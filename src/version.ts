/** hyo's version, written into corrections.json and shown by `hyo --version` (test/version.test.ts keeps it equal to package.json's). */
export const HYO_VERSION = "0.1.0";
