// Builds the unpacked extensions build/extension/{chrome,firefox} and their zips from one
// source: extension/src (ES modules, copied as is for the background and pages; the content
// script bundled to one classic script by esbuild), manifest.json + platform/<browser>/manifest.json
// (per-browser differences only), the engine from build/wasm, rules-meta.json from rules/ (rule
// titles for the options page). Usage: node tools/build.mjs ROOT
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { allMatches } from '../src/common/sites.js';
import { iconPng } from './icons.mjs';
import { ruleMeta } from './rule-meta.mjs';

const ROOT = path.resolve(process.argv[2] || path.join(import.meta.dirname, '../..'));
const EXT = path.join(ROOT, 'extension');
const OUT = path.join(ROOT, 'build/extension');
const WASM = path.join(ROOT, 'build/wasm');
const MAX_ZIP = 2 * 1024 * 1024;

for (const f of ['secretum.mjs', 'secretum.wasm']) {
  if (!fs.existsSync(path.join(WASM, f))) throw new Error(`missing build/wasm/${f}: run scripts/build first`);
}

const readJson = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));
const copyDir = (from, to) => fs.cpSync(from, to, { recursive: true });

fs.mkdirSync(OUT, { recursive: true });
const ruleMetaJson = JSON.stringify(ruleMeta(path.join(ROOT, 'rules')));
// The engine ships as it is (the package zip compresses it): background/engine.js streams it into
// WebAssembly.compileStreaming, which compiles while it reads (session 14: engine ready after a
// cold start 90 ms median, against 107 ms reading and inflating a gzipped copy first).
const bundle = await esbuild.build({
  entryPoints: [path.join(EXT, 'src/content/main.js')],
  bundle: true, format: 'iife', target: ['chrome120', 'firefox128'], write: false, legalComments: 'none',
  banner: { js: '// Secretum content script (bundled from extension/src/content by tools/build.mjs).' },
});

for (const browser of ['chrome', 'firefox']) {
  const dir = path.join(OUT, browser);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'content'), { recursive: true });
  for (const sub of ['common', 'background', 'popup', 'options']) copyDir(path.join(EXT, 'src', sub), path.join(dir, sub));
  copyDir(path.join(EXT, '_locales'), path.join(dir, '_locales'));
  fs.writeFileSync(path.join(dir, 'content/content.js'), bundle.outputFiles[0].text);
  fs.copyFileSync(path.join(WASM, 'secretum.mjs'), path.join(dir, 'secretum.mjs'));
  fs.copyFileSync(path.join(WASM, 'secretum.wasm'), path.join(dir, 'secretum.wasm'));
  fs.writeFileSync(path.join(dir, 'rules-meta.json'), ruleMetaJson); // titles for the options page (tools/rule-meta.mjs)
  fs.mkdirSync(path.join(dir, 'icons'));
  for (const size of [16, 32, 48, 128]) fs.writeFileSync(path.join(dir, `icons/icon-${size}.png`), iconPng(size));
  const manifest = { ...readJson(path.join(EXT, 'manifest.json')), ...readJson(path.join(EXT, 'platform', browser, 'manifest.json')) };
  manifest.host_permissions = allMatches();
  if (manifest.storage?.managed_schema) fs.copyFileSync(path.join(EXT, 'managed_schema.json'), path.join(dir, 'managed_schema.json'));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  const zip = path.join(OUT, `secretum-${browser}-${manifest.version}.zip`);
  fs.rmSync(zip, { force: true });
  execFileSync('zip', ['-q', '-r', '-X', zip, '.'], { cwd: dir });
  const size = fs.statSync(zip).size;
  console.log(`${path.relative(ROOT, zip)}: ${(size / 1024).toFixed(0)} KiB`);
  if (size > MAX_ZIP) throw new Error(`${zip} is over 2 MB`);
}
