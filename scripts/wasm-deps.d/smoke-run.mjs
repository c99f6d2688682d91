// Runs an emscripten ES6 module built for ENVIRONMENT=web,worker under node:
//   node smoke-run.mjs module.mjs module.wasm
// The .wasm is read from disk and passed as wasmBinary (node's fetch cannot load file paths).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [js, wasm] = process.argv.slice(2);
const factory = (await import(pathToFileURL(resolve(js)).href)).default;
let exitCode = 0;
await factory({
  wasmBinary: readFileSync(wasm),
  print: (s) => process.stdout.write(s + '\n'),
  printErr: (s) => process.stderr.write(s + '\n'),
  onExit: (code) => { exitCode = code; },
  onAbort: (what) => { process.stderr.write(`abort: ${what}\n`); process.exit(3); },
});
process.exitCode = exitCode;
