// The engine, owned by the background. Precondition: runs in an extension context whose CSP has
// 'wasm-unsafe-eval' (service worker in Chromium, background page in Firefox).
// Cost: the first call streams secretum.wasm (3.0 MB, packaged file, no network; the package
// zip compresses it) into WebAssembly.compileStreaming, which compiles while the file is read,
// and hands the module to createAnalyzer({ wasmModule }), which instantiates it and builds the
// engine (rules loaded; patterns compiled lazily). Session 14, headless Chromium on a quiet
// machine, engine ready after a cold service-worker start: median 90 ms over 3 runs (89-107)
// against 107 ms over 9 runs (92-130) when secretum.wasm.gz was read and inflated
// (DecompressionStream) first. (Session 9 had chosen the gzipped file on a loaded machine, when
// the raw file was 4.4 MB: 200-450 ms to read it.) A warm analyze() of a 280-character post takes ~1 ms. Chromium
// stops idle service workers: the next message re-runs this, so content scripts warm the
// background when a composer gets focus.
import { createAnalyzer } from '../secretum.mjs';

let analyzerPromise = null;
// Cold start, in ms since this background started (performance.now() of the worker / page):
// moduleAt: this module evaluated (secretum.mjs imported); startedAt: createAnalyzer() called;
// wasmReadAt: secretum.wasm read and compiled; readyAt: analyzer built; readyMs: startedAt ->
// readyAt; createMs: createAnalyzer() alone (instantiate, engine construction); warmMs: the first small analysis
// (ICU/RE2 paths), run after ready so that a waiting request goes first; warmedMs: ready -> every
// pattern compiled; analyzeMs: the last 64 analyze() times.
export const stats = { moduleAt: performance.now(), startedAt: -1, wasmReadAt: -1, createMs: -1, readyMs: -1, readyAt: -1, warmMs: -1, warmedMs: -1, analyses: 0, analyzeMs: [] };

// Patterns compile lazily, the first time a post needs them. Once the engine is ready, compile
// the rest in small slices between messages, so that no later keystroke pays for a compilation
// and no analysis waits behind a long one. Each slice is a task of its own (setTimeout 0): a
// message that arrives meanwhile is handled before the next slice.
function warmUp(analyzer) {
  const t0 = performance.now();
  const step = () => {
    try {
      if (!analyzer.warmup(1)) setTimeout(step, 0);
      else stats.warmedMs = performance.now() - t0;
    } catch {
      // warm-up is an optimisation only
    }
  };
  setTimeout(() => {
    try {
      const t = performance.now();
      if (!stats.analyses) analyzer.analyze('Bonjour', {}); // ICU and RE2 paths, unless a real post went first
      stats.warmMs = performance.now() - t;
    } catch { /* optimisation only */ }
    step();
  }, 0);
}

/**
 * The engine, compiled: secretum.wasm next to secretum.mjs, compiled while it is read. Where
 * compileStreaming is missing or refuses the response (a TypeError: a MIME type other than
 * application/wasm), the bytes are read whole and compiled; a file that does not compile (a
 * CompileError) or cannot be read fails at once, without a second read.
 */
export async function wasmModule(url = new URL('../secretum.wasm', import.meta.url)) {
  let fetchError = null;
  const read = async () => {
    const res = await fetch(url);
    if (!res.ok) throw (fetchError = new Error(`secretum.wasm: ${res.status}`));
    return res;
  };
  if (typeof WebAssembly.compileStreaming === 'function') {
    try {
      return await WebAssembly.compileStreaming(read());
    } catch (e) {
      if (e === fetchError || !(e instanceof TypeError)) throw e;
    }
  }
  return WebAssembly.compile(await (await read()).arrayBuffer());
}

/**
 * The one analyzer of this background instance, shared. main.js calls this at the top level,
 * so building it starts with the background itself (not with the first message); failures are
 * retried on the next call.
 */
export function getAnalyzer() {
  if (!analyzerPromise) {
    stats.startedAt = performance.now();
    analyzerPromise = (async () => {
      const compiled = await wasmModule();
      const t1 = (stats.wasmReadAt = performance.now());
      const analyzer = await createAnalyzer({ wasmModule: compiled });
      const t2 = performance.now();
      stats.createMs = t2 - t1;
      stats.readyMs = t2 - stats.startedAt;
      stats.readyAt = t2;
      warmUp(analyzer);
      return analyzer;
    })();
    analyzerPromise.catch(() => { analyzerPromise = null; }); // retry on the next message
  }
  return analyzerPromise;
}

/** Rule ids known to the engine (for the options page). */
export async function ruleIds() {
  return (await getAnalyzer()).ruleIds();
}

const CATEGORY_ORDER = ['identifier', 'reidentification', 'patient_image', 'derogatory', 'hostile', 'defamation',
  'advertising', 'medical_advice', 'conflict_of_interest', 'health_claim'];
let metaPromise = null;

/** A { fr?, en? } value in `lang`, else in the other language: { ...value, lang } or null. */
function inLang(byLang, lang) {
  const l = byLang?.[lang] ? lang : ['fr', 'en'].find((x) => byLang?.[x]);
  if (!l) return null;
  const v = byLang[l];
  return typeof v === 'string' ? { text: v, lang: l } : { ...v, lang: l };
}

/**
 * The engine's rules for the options page, in `lang`: [{ id, category, severity, signal, title,
 * description, example }], by category (taxonomy order), then title. Titles, descriptions
 * ({ text, lang }, only when written in `lang`: most rule descriptions are in English) and
 * examples ({ before, match, after, lang }: a post the rule flags, in `lang` when the rule has
 * one, else in the other language) come from rules-meta.json (written at build time from the rule
 * files, tools/rule-meta.mjs); a rule missing there shows its id.
 */
export async function ruleInfo(lang) {
  metaPromise ??= fetch(new URL('../rules-meta.json', import.meta.url)).then((r) => r.json()).catch(() => ({}));
  const [ids, meta] = await Promise.all([ruleIds(), metaPromise]);
  const rank = (c) => (CATEGORY_ORDER.indexOf(c) + 1 || 99);
  return ids.map((id) => {
    const m = meta[id];
    return { id, category: m?.category ?? null, severity: m?.severity ?? null, signal: !!m?.signal, title: m?.title?.[lang] ?? id,
      description: m?.description?.[lang] ? { text: m.description[lang], lang } : null, example: inLang(m?.example, lang) };
  }).sort((a, b) => rank(a.category) - rank(b.category) || a.signal - b.signal || a.title.localeCompare(b.title, lang) || a.id.localeCompare(b.id));
}

/**
 * Analyzes one post with the user's settings.
 * @param {string} text the editor's text (UTF-16 offsets in the report refer to it)
 * @param {string} site 'x' | 'facebook' | 'linkedin' | 'generic'
 * @param {object} settings effective settings (see common/settings.js)
 * @param {'fr'|'en'} messageLang language of messages and explanations
 */
export async function analyze(text, site, settings, messageLang) {
  const analyzer = await getAnalyzer();
  stats.analyses++;
  const t0 = performance.now();
  const report = analyzer.analyze(text, {
    lang: 'auto',
    messageLang,
    site,
    jurisdiction: settings.jurisdiction,
    minSeverity: settings.minSeverity,
    disabledRules: settings.disabledRules,
  });
  stats.analyzeMs.push(Math.round((performance.now() - t0) * 100) / 100);
  if (stats.analyzeMs.length > 64) stats.analyzeMs.shift();
  return report;
}
