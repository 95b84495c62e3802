#!/usr/bin/env node
// The published bin: hyo is TypeScript compiled into dist/. In a clone that was not built (dist/ missing), say so
// in one line instead of a module-not-found trace; `npm install` / `npm ci` build it (the prepare script).
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write("hyo: not built yet: run npm run build (npm install and npm ci build it too)\n");
  process.exit(2);
}
await import(cli.href);
