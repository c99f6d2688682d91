// How the background reads the engine (extension/src/background/engine.js wasmModule): streamed
// into compileStreaming; read whole when the response's MIME type is refused; a corrupt or
// missing file fails at once, read once. Runs the built extension's module (scripts/build).
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const BUILD = path.resolve(import.meta.dirname, '../../../build/extension/chrome');
const { wasmModule } = await import(pathToFileURL(path.join(BUILD, 'background/engine.js')));
const WASM = fs.readFileSync(path.join(BUILD, 'secretum.wasm'));
const URL_ = 'chrome-extension://test/secretum.wasm';
const realFetch = globalThis.fetch;
afterEach(() => { globalThis.fetch = realFetch; });

/** A fetch that serves `body` with `type` (and `status`), counting its calls. */
function serve(body, type, status = 200) {
  const calls = [];
  globalThis.fetch = async (url) => {
    calls.push(String(url));
    return new Response(body, { status, headers: { 'content-type': type } });
  };
  return calls;
}

test('the engine is streamed into compileStreaming: one read', async () => {
  const calls = serve(WASM, 'application/wasm');
  const mod = await wasmModule(URL_);
  assert.ok(mod instanceof WebAssembly.Module);
  assert.ok(WebAssembly.Module.exports(mod).length > 0);
  assert.deepEqual(calls, [URL_]);
});

test('a response compileStreaming refuses (wrong MIME type) is read whole and compiled', async () => {
  const calls = serve(WASM, 'application/octet-stream');
  const mod = await wasmModule(URL_);
  assert.ok(mod instanceof WebAssembly.Module);
  assert.equal(calls.length, 2);
});

test('a corrupt engine file fails at once with the compile error, read once', async () => {
  const calls = serve(WASM.subarray(0, 1000), 'application/wasm');
  await assert.rejects(wasmModule(URL_), WebAssembly.CompileError);
  assert.equal(calls.length, 1);
});

test('a missing engine file fails at once with its status, read once', async () => {
  const calls = serve('not found', 'text/plain', 404);
  await assert.rejects(wasmModule(URL_), /secretum\.wasm: 404/);
  assert.equal(calls.length, 1);
});
