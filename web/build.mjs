// Writes the dashboard's served folder: the app's own files from src/ and the
// few files it needs from the pinned npm packages (node_modules/, `npm ci`).
// Nothing here is fetched at run time; the page loads only these files.
//
//   node web/build.mjs OUT_DIR        (CMake runs it for ${CMAKE_BINARY_DIR}/web)
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, '..', 'build', 'web'));
const modules = join(here, 'node_modules');

// [package file, where it goes in the served folder]
const VENDOR = [
  ['d3/dist/d3.min.js', 'vendor/d3.min.js'],
  ['d3/LICENSE', 'vendor/LICENSE.d3.txt'],
  ['topojson-client/dist/topojson-client.min.js', 'vendor/topojson-client.min.js'],
  ['topojson-client/LICENSE', 'vendor/LICENSE.topojson-client.txt'],
  ['world-atlas/countries-110m.json', 'data/countries-110m.json'],
  ['world-atlas/LICENSE', 'data/LICENSE.world-atlas.txt'],
];

const missing = VENDOR.map(([from]) => join(modules, from)).filter((p) => !existsSync(p));
if (missing.length) {
  console.error(`web/build.mjs: missing ${missing.join(', ')}; run npm ci --ignore-scripts in web/`);
  process.exit(1);
}

// Start clean so that a file removed from src/ disappears from the output,
// but only remove a folder this script wrote before (it has index.html).
if (existsSync(out) && readdirSync(out).length && !existsSync(join(out, 'index.html'))) {
  console.error(`web/build.mjs: ${out} is not empty and not a dashboard build; not touching it`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(here, 'src'), out, { recursive: true });
for (const [from, to] of VENDOR) {
  mkdirSync(dirname(join(out, to)), { recursive: true });
  cpSync(join(modules, from), join(out, to));
}

const count = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(join(dir, e.name)) : 1), 0);
console.log(`web/build.mjs: wrote ${count(out)} files to ${out}`);
