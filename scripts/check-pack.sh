#!/usr/bin/env bash
# What a user of the library gets: npm pack (the prepare script builds dist/), the tarball installed into a fresh
# project, a consumer compiled against its types with strict and skipLibCheck false, then run: it converts the
# sample and writes every output file through the library. Nothing is left behind (a temp folder).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$repo"
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
mkdir "$work/consumer"
cp scripts/check-pack/consumer.ts scripts/check-pack/tsconfig.json "$work/consumer/"
cd "$work/consumer"
printf '{ "name": "hyo-consumer", "private": true, "type": "module" }\n' > package.json
# Dependencies come from npm's cache when `npm ci` filled it; @types/node as the project pins it.
node_types="$(node -p "require('$repo/package.json').devDependencies['@types/node']")"
npm install --silent --no-audit --no-fund --prefer-offline "$work/$tarball" "@types/node@$node_types"
# The project's own TypeScript compiles the consumer.
"$repo/node_modules/.bin/tsc" -p tsconfig.json --listFiles > files.txt
# The published types stand alone: none of pdfjs-dist's or @napi-rs/canvas's declarations is pulled in (those
# need lib settings a consumer should not have to pick, e.g. Float16Array, or skipLibCheck).
if leaked="$(grep -E "node_modules/(pdfjs-dist|@napi-rs|tesseract\.js|kuromoji)/" files.txt)"; then
  echo "check-pack: hyo's types pull in dependency declarations:" >&2; echo "$leaked" >&2; exit 1
fi
node dist/consumer.js "$repo/fixtures/pdf/r2-lines.pdf" "$work/out"
echo "check-pack: $tarball installs, compiles strict without skipLibCheck, converts and writes every file"
