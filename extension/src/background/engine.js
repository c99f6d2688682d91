// The engine, owned by the background. Precondition: runs in an extension context whose CSP has
// 'wasm-unsafe-eval' (service worker in Chromium, background page in Firefox).
// Cost: the first call streams secretum.wasm (~1.4 MB, packaged file, no network) into
// WebAssembly.instantiateStreaming and builds the engine (all rules compiled): ~0.6 s in an
// extension page but 1.5-3.5 s in Chromium's service worker on a 2-core machine (tier-up
// compilation competes with it; ~0.8 s with V8's --liftoff-only). A warm analyze() of a
// 280-character post takes ~0.4 ms (p95 ~25 ms). Chromium stops idle service workers: the next
// message re-runs this, so content scripts warm the background when a composer gets focus.
import { createAnalyzer } from '../secretum.mjs';

let analyzerPromise = null;
// analyzeMs: the last 64 analyze() times; warmedMs: ready -> every pattern compiled.
export const stats = { startedAt: 0, createMs: -1, warmMs: -1, readyMs: -1, warmedMs: -1, analyses: 0, analyzeMs: [] };

// Patterns compile lazily, the first time a post needs them. Once the engine is ready, compile
// the rest in small slices between messages, so that no later keystroke pays for a compilation
// and no analysis waits behind a long one.
// One pattern per slice: a message arriving meanwhile waits for one compilation at most.
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
  setTimeout(step, 0);
}

/** The one analyzer of this background instance (created on first use, then shared). */
export function getAnalyzer() {
  if (!analyzerPromise) {
    stats.startedAt = performance.now();
    analyzerPromise = (async () => {
      const t1 = performance.now();
      const analyzer = await createAnalyzer(); // fetches secretum.wasm next to secretum.mjs
      const t2 = performance.now();
      stats.createMs = t2 - t1;
      analyzer.analyze('Bonjour', {}); // warm the ICU/RE2 paths once, off the typing path
      stats.warmMs = performance.now() - t2;
      stats.readyMs = performance.now() - stats.startedAt;
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

/**
 * The engine's rules for the options page, in `lang`: [{ id, category, severity, signal, title }],
 * by category (taxonomy order), then title. Titles come from rules-meta.json (written at build
 * time from the rule files, tools/rule-meta.mjs); a rule missing there shows its id.
 */
export async function ruleInfo(lang) {
  metaPromise ??= fetch(new URL('../rules-meta.json', import.meta.url)).then((r) => r.json()).catch(() => ({}));
  const [ids, meta] = await Promise.all([ruleIds(), metaPromise]);
  const rank = (c) => (CATEGORY_ORDER.indexOf(c) + 1 || 99);
  return ids.map((id) => {
    const m = meta[id];
    return { id, category: m?.category ?? null, severity: m?.severity ?? null, signal: !!m?.signal, title: m?.title?.[lang] ?? id };
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
