// Appended to the Emscripten ES module (--extern-post-js): the JavaScript API of Secretum.
//
//   import { createAnalyzer } from './secretum.mjs';
//   const analyzer = await createAnalyzer();              // browser / extension: fetches secretum.wasm
//   const analyzer = await createAnalyzer({ wasmBinary }); // node: pass the bytes of secretum.wasm
//   const report = analyzer.analyze(text, { lang: 'auto', site: 'x', jurisdiction: 'qc' });
//   // report.findings[i].start / .end are UTF-16 code units: text.slice(start, end) is the match.
//
// No eval, no network beyond loading secretum.wasm next to this file, rules built in.

/**
 * @param {{wasmBinary?: ArrayBuffer|Uint8Array, wasmModule?: WebAssembly.Module,
 *          locateFile?: (name: string) => string, defaults?: object}} [options]
 *   wasmModule: secretum.wasm already compiled (WebAssembly.compile), e.g. while the host did
 *   other work; wasmBinary: its bytes, instantiated as they are (the glue would copy them first).
 */
export async function createAnalyzer(options = {}) {
  const moduleArgs = {};
  const source = options.wasmModule || options.wasmBinary;
  let failed = null;
  if (source) {
    failed = new Promise((resolve, reject) => {
      moduleArgs.instantiateWasm = (imports, receiveInstance) => {
        WebAssembly.instantiate(source, imports).then(
          (result) => (result instanceof WebAssembly.Instance
            ? receiveInstance(result, source)
            : receiveInstance(result.instance, result.module)),
          reject);
        return {};  // the exports arrive through receiveInstance
      };
    });
  }
  if (options.locateFile) moduleArgs.locateFile = options.locateFile;
  const ready = createSecretumModule(moduleArgs);
  const module = await (failed ? Promise.race([ready, failed]) : ready);
  const engine = new module.Engine();
  if (!engine.ok()) {
    const message = engine.error();
    engine.delete();
    throw new Error(`secretum: rules failed to load: ${message}`);
  }
  const defaults = { ...(options.defaults || {}) };
  let disposed = false;
  return {
    /** Analyzes one post; returns the same report as `secretum check --format json`. */
    analyze(text, analyzeOptions = {}) {
      if (disposed) throw new Error('secretum: analyzer was disposed');
      if (typeof text !== 'string') throw new TypeError('secretum: analyze(text) expects a string');
      // Lone surrogates become U+FFFD (same length, so offsets are unchanged): the JS -> UTF-8
      // conversion of the binding would otherwise pair one with the next character.
      const json = engine.analyze(text.toWellFormed(), JSON.stringify({ ...defaults, ...analyzeOptions }));
      const report = JSON.parse(json);
      if (report.error) throw new Error(`secretum: ${report.error}`);
      return report;
    },
    /**
     * Compiles up to `patterns` more of the rules' patterns (they are otherwise compiled the first
     * time a post needs them); returns true once everything is compiled. Call it in small slices
     * when idle: `while (!analyzer.warmup(8)) await new Promise((r) => setTimeout(r, 0));`
     */
    warmup(patterns = 8) {
      if (disposed) return true;
      return engine.compileSome(patterns | 0);
    },
    /** The ids of the built-in rules. */
    ruleIds() {
      return JSON.parse(engine.ruleIds());
    },
    /** Frees the engine's memory. */
    dispose() {
      if (!disposed) engine.delete();
      disposed = true;
    },
  };
}
