// Summarizes the raw samples of the two harnesses into build/bench/results.json and
// build/bench/results.md, and prints the Markdown. Every figure is the median over the runs of
// that figure computed within each run ("median of N runs"); within a run, percentiles are
// nearest-rank over every timed call. Budgets (issue 6) are shown next to each figure with ✓/✗;
// a missed budget never fails. Exits non-zero only if a measurement is missing or not a number
// (so that `scripts/bench --quick` proves every path ran).
//
//   node bench/report.mjs --dir build/bench --workload build/bench/workload.json
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = opt('--dir', 'build/bench');
const workload = JSON.parse(readFileSync(opt('--workload', join(dir, 'workload.json')), 'utf8'));
const native = JSON.parse(readFileSync(join(dir, 'native-raw.json'), 'utf8'));
const wasm = JSON.parse(readFileSync(join(dir, 'wasm-raw.json'), 'utf8'));
const readJsonl = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const nativeCreation = readJsonl(join(dir, 'native-creation.jsonl'));
const wasmCreation = readJsonl(join(dir, 'wasm-creation.jsonl'));
const env = JSON.parse(readFileSync(join(dir, 'env.json'), 'utf8'));
const auditRuns = existsSync(join(dir, 'audit.jsonl')) ? readJsonl(join(dir, 'audit.jsonl')) : [];

// ---- statistics -----------------------------------------------------------------------------
const median = (xs) => {
  const a = xs.filter((x) => Number.isFinite(x)).sort((p, q) => p - q);
  if (!a.length) return NaN;
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
};
const rank = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
function summarize(us, bytes) {
  const s = us.slice().sort((a, b) => a - b);
  const total = us.reduce((a, b) => a + b, 0);
  const totalBytes = bytes.reduce((a, b) => a + b, 0);
  return { n: us.length, p50: rank(s, 0.5), p95: rank(s, 0.95), p99: rank(s, 0.99), max: s[s.length - 1],
           mean: total / us.length, totalUs: total, mbps: totalBytes / total /* bytes per µs = MB/s */ };
}
// Median over runs of each field of the per-run summaries.
function medianOfRuns(perRun) {
  const out = { runs: perRun.length };
  for (const k of Object.keys(perRun[0] || {})) out[k] = median(perRun.map((r) => r[k]));
  out.p50Spread = [Math.min(...perRun.map((r) => r.p50)), Math.max(...perRun.map((r) => r.p50))];
  return out;
}

// Raw samples → { engine: { group: { us: [runs][], bytes: [runs][] } } }, with derived groups.
const cps = (s) => Array.from(s).length;
const shortIdx = workload.corpus.map((p, i) => (cps(p.text) <= 280 ? i : -1)).filter((i) => i >= 0);
const synthSizes = [...new Set(workload.synthetic.map((p) => p.size))].sort((a, b) => a - b);

function groupsOf(runs) {   // runs: [{ group: { us, bytes } }]
  const names = Object.keys(runs[0]);
  const out = {};
  const per = (fn) => runs.map(fn);
  for (const g of names) out[g] = per((r) => ({ us: r[g].us, bytes: r[g].bytes }));
  if (out.corpus) {
    out['corpus-280'] = per((r) => ({ us: shortIdx.map((i) => r.corpus.us[i]), bytes: shortIdx.map((i) => r.corpus.bytes[i]) }));
  }
  for (const size of synthSizes) {
    const parts = names.filter((g) => g.startsWith(`synthetic-${size}-`));
    if (!parts.length) continue;
    out[`synthetic-${size}`] = per((r) => ({ us: parts.flatMap((g) => r[g].us), bytes: parts.flatMap((g) => r[g].bytes) }));
  }
  return out;
}
const stat = (runsOfGroup) => (runsOfGroup ? medianOfRuns(runsOfGroup.map((r) => summarize(r.us, r.bytes))) : null);

const raw = {
  native: groupsOf(native.runs.map((r) => Object.fromEntries(Object.entries(r).map(([g, v]) => [g, { us: v.us, bytes: v.bytes }])))),
  nativeAnalyzeOnly: groupsOf(native.runs.map((r) => Object.fromEntries(Object.entries(r).map(([g, v]) => [g, { us: v.analyze_us, bytes: v.bytes }])))),
};
for (const engine of ['secretum', 'redact-pii', 'openredaction']) raw[engine] = groupsOf(wasm.runsData.map((r) => r[engine]));

const engineNames = { native: 'native', nativeAnalyzeOnly: 'native (Analyze only)', secretum: 'wasm', 'redact-pii': 'redact-pii', openredaction: 'openredaction' };
const groupNames = ['corpus', 'corpus-280', ...synthSizes.map((s) => `synthetic-${s}`),
  ...Object.keys(raw.native).filter((g) => /^synthetic-\d+-/.test(g)), 'typing'];
const stats = {};
for (const e of Object.keys(raw)) {
  stats[e] = {};
  for (const g of groupNames) if (raw[e][g]) stats[e][g] = stat(raw[e][g]);
}
// The large text: one call per run (openredaction: once, or timed out).
const largeBytes = wasm.large.bytes;
const largeStat = (usList) => (usList && usList.length ? { runs: usList.length, us: median(usList), mbps: largeBytes / median(usList) } : null);
const large = {
  name: wasm.large.name, bytes: largeBytes,
  native: largeStat(native.runs.map((r) => r.large.us[0])),
  secretum: largeStat(wasm.large.secretum.us),
  'redact-pii': largeStat(wasm.large['redact-pii'].us),
  openredaction: wasm.large.openredaction.timedOut
    ? { timedOut: true, timeoutMs: wasm.large.openredaction.timeoutMs }
    : largeStat(wasm.large.openredaction.us),
};

// ---- growth with length -----------------------------------------------------------------------
function growth(engine) {
  const pts = synthSizes.map((size) => {
    const s = stats[engine][`synthetic-${size}`];
    const r = raw[engine][`synthetic-${size}`];
    return s && r ? { chars: size, bytes: r[0].bytes.reduce((a, b) => a + b, 0) / r[0].bytes.length, us: s.p50 } : null;
  }).filter(Boolean);
  if (pts.length < 2) return null;
  const n = pts.length;
  const mx = pts.reduce((a, p) => a + p.bytes, 0) / n;
  const my = pts.reduce((a, p) => a + p.us, 0) / n;
  const sxy = pts.reduce((a, p) => a + (p.bytes - mx) * (p.us - my), 0);
  const sxx = pts.reduce((a, p) => a + (p.bytes - mx) ** 2, 0);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const ssTot = pts.reduce((a, p) => a + (p.us - my) ** 2, 0);
  const ssRes = pts.reduce((a, p) => a + (p.us - (intercept + slope * p.bytes)) ** 2, 0);
  const lx = pts.map((p) => Math.log(p.bytes));
  const ly = pts.map((p) => Math.log(p.us));
  const mlx = lx.reduce((a, b) => a + b, 0) / n;
  const mly = ly.reduce((a, b) => a + b, 0) / n;
  const k = lx.reduce((a, x, i) => a + (x - mlx) * (ly[i] - mly), 0) / lx.reduce((a, x) => a + (x - mlx) ** 2, 0);
  const big = large[engine === 'secretum' ? 'secretum' : engine];
  const predictedLargeUs = intercept + slope * largeBytes;
  return {
    points: pts.map((p) => ({ ...p, usPerKB: (p.us / p.bytes) * 1000 })),
    fit: { usPerKB: slope * 1000, interceptUs: intercept, r2: 1 - ssRes / ssTot },
    exponent: k, ratioPerDoubling: 2 ** k,
    large: big && big.us ? { measuredUs: big.us, predictedUs: predictedLargeUs, measuredOverPredicted: big.us / predictedLargeUs } : null,
  };
}
// The same text at 1 %, 10 % and 100 % of its length: growth on identical content.
function prefixSeries(engine) {
  const pts = [];
  const nativeLike = engine === 'native';
  (wasm.large.prefixes || []).forEach((p, i) => {
    const us = nativeLike ? median(native.runs.map((r) => r[`large-prefix-${i}`]?.us[0])) : median(p[engine] || []);
    pts.push({ bytes: nativeLike ? native.runs[0][`large-prefix-${i}`]?.bytes[0] : p.bytes, us });
  });
  const full = large[engine];
  if (full && Number.isFinite(full.us)) pts.push({ bytes: largeBytes, us: full.us });
  if (pts.length < 2) return null;
  const a = pts[0];
  const b = pts[pts.length - 1];
  const k = Math.log(b.us / a.us) / Math.log(b.bytes / a.bytes);
  return { points: pts.map((p) => ({ ...p, usPerKB: (p.us / p.bytes) * 1000 })), exponent: k, ratioPerDoubling: 2 ** k,
           timedOutAtFullLength: !!(full && full.timedOut) };
}
const growthOf = Object.fromEntries(['native', 'secretum', 'redact-pii', 'openredaction'].map((e) => [e, growth(e)]));
const prefixGrowthOf = Object.fromEntries(['native', 'secretum', 'redact-pii', 'openredaction'].map((e) => [e, prefixSeries(e)]));

// ---- creation, memory, sizes --------------------------------------------------------------------
const med = (list, k) => median(list.map((x) => x[k]));
const creation = {
  native: { processes: nativeCreation.length, builtinMs: med(nativeCreation, 'builtin_ms'), analyzerMs: med(nativeCreation, 'analyzer_ms'),
            createMs: med(nativeCreation, 'create_ms'), firstAnalyzeMs: med(nativeCreation, 'first_analyze_ms'),
            rssAfterCreateKB: med(nativeCreation, 'rss_after_create_kb') },
  wasm: { processes: wasmCreation.length, importMs: med(wasmCreation, 'importMs'), readMs: med(wasmCreation, 'readMs'),
          createMs: med(wasmCreation, 'createMs'), readyMs: med(wasmCreation, 'readyMs'), firstAnalyzeMs: med(wasmCreation, 'firstAnalyzeMs'),
          readyWithFirstAnalyzeMs: med(wasmCreation, 'readyWithFirstAnalyzeMs'), warmupMs: med(wasmCreation, 'warmupMs'),
          warmupSlices: med(wasmCreation, 'warmupSlices'), warmupMaxSliceMs: med(wasmCreation, 'warmupMaxSliceMs'),
          fullyWarmMs: med(wasmCreation, 'fullyWarmMs'), heapAfterCreate: med(wasmCreation, 'heapAfterCreate'),
          heapAfterWarmup: med(wasmCreation, 'heapAfterWarmup'), rssDeltaBytes: med(wasmCreation, 'rssDeltaBytes') },
  'redact-pii': { createMs: wasm.creation['redact-pii'].createMs, note: 'require + new SyncRedactor(), in the benchmark process' },
  openredaction: { createMs: wasm.creation.openredaction.createMs, note: 'import + new OpenRedaction(), in the benchmark process' },
};
const memory = {
  native: { maxRssKB: native.max_rss_kb, rssAfterCreateKB: creation.native.rssAfterCreateKB,
            note: 'getrusage(RUSAGE_SELF).ru_maxrss of the harness process, after every post and the large text' },
  wasm: { heapAfterCreate: creation.wasm.heapAfterCreate, heapAfterWarmup: wasm.memory.heapAfterWarmup,
          heapAfterPosts: wasm.memory.heapAfterPosts, heapAfterLarge: wasm.memory.heapAfterLarge, heapSteps: wasm.memory.heapSteps,
          processRssDeltaBytes: wasm.memory.rssEnd - wasm.memory.rssStart,
          note: 'WebAssembly.Memory byteLength of the engine instance (reached by wrapping WebAssembly.instantiate); it only grows, so each figure is the peak so far' },
};
const sizes = JSON.parse(readFileSync(join(dir, 'sizes.json'), 'utf8'));
// `secretum audit` of a generated X archive (tests/audit/exports.py big_x_files): median of the runs.
const audit = auditRuns.length ? {
  runs: auditRuns.length, records: auditRuns[0].records, zipBytes: auditRuns[0].zipBytes, posts: auditRuns[0].posts,
  flagged: auditRuns[0].flagged, threads: auditRuns[0].threads,
  wallMs: median(auditRuns.map((r) => r.wallMs)), totalS: median(auditRuns.map((r) => r.totalS)),
  readS: median(auditRuns.map((r) => r.readS)), analysisS: median(auditRuns.map((r) => r.analysisS)),
  reportsS: median(auditRuns.map((r) => r.reportsS)),
  note: 'build/bin/secretum audit ZIP --out DIR, one process per run; wallMs: the whole process; the phases come from its "audited in" line',
} : null;
if (audit) audit.postsPerSecond = audit.posts / audit.analysisS;

// ---- budget (issue 6) ---------------------------------------------------------------------------
const ratio = (a, b) => a / b;
const baselineRatios = {};
for (const lib of ['redact-pii', 'openredaction']) {
  baselineRatios[lib] = {};
  for (const g of ['corpus', 'corpus-280', ...synthSizes.map((s) => `synthetic-${s}`)]) {
    const s = stats.secretum[g];
    const b = stats[lib][g];
    if (s && b) baselineRatios[lib][g] = { p50: ratio(b.p50, s.p50), total: ratio(b.totalUs, s.totalUs) };
  }
  const l = large[lib];
  if (l && l.us) baselineRatios[lib].large = { total: l.us / large.secretum.us };
}
const MiB = 1024 * 1024;
const fmtUs = (us) => (!Number.isFinite(us) ? 'n/a' : us >= 10000 ? `${(us / 1000).toFixed(0)} ms` : us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(us < 10 ? 1 : 0)} µs`);
const fmtMs = (ms) => (!Number.isFinite(ms) ? 'n/a' : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
const fmtX = (x) => (!Number.isFinite(x) ? 'n/a' : x >= 10 ? `${x.toFixed(0)}×` : `${x.toFixed(2)}×`);
const fmtB = (b) => (!Number.isFinite(b) ? 'n/a' : b >= MiB ? `${(b / MiB).toFixed(2)} MiB` : `${(b / 1024).toFixed(0)} KiB`);
const fmtMB = (b) => (!Number.isFinite(b) ? 'n/a' : `${(b / 1e6).toFixed(2)} MB`);
const gap = (value, target, higherIsBetter) => {
  if (!Number.isFinite(value)) return 'n/a';
  const ok = higherIsBetter ? value >= target : value <= target;
  if (ok) return '';
  return higherIsBetter ? `${fmtX(target / value)} short` : `${fmtX(value / target)} over`;
};
const budget = [];
const check = (what, value, shown, target, targetShown, higherIsBetter = false, note = '') => {
  const ok = Number.isFinite(value) && (higherIsBetter ? value >= target : value <= target);
  budget.push({ what, value, shown, target, targetShown, ok, miss: ok ? '' : gap(value, target, higherIsBetter), note });
};
const sw = stats.secretum;
check('wasm p50, corpus posts ≤ 280 chars', sw['corpus-280']?.p50, fmtUs(sw['corpus-280']?.p50), 30, '≤ 30 µs');
check('wasm p99, corpus posts ≤ 280 chars', sw['corpus-280']?.p99, fmtUs(sw['corpus-280']?.p99), 300, '≤ 300 µs');
check('wasm p50, synthetic 280-char posts', sw['synthetic-280']?.p50, fmtUs(sw['synthetic-280']?.p50), 30, '≤ 30 µs');
check('wasm p99, synthetic 280-char posts', sw['synthetic-280']?.p99, fmtUs(sw['synthetic-280']?.p99), 300, '≤ 300 µs');
check('wasm p50, 10,000-char post', sw['synthetic-10000']?.p50, fmtUs(sw['synthetic-10000']?.p50), 2000, '≤ 2 ms');
check('wasm max, 10,000-char post', sw['synthetic-10000']?.max, fmtUs(sw['synthetic-10000']?.max), 2000, '≤ 2 ms');
check('speed vs redact-pii (its time ÷ wasm time, corpus total)', baselineRatios['redact-pii'].corpus?.total,
      fmtX(baselineRatios['redact-pii'].corpus?.total), 2, '≥ 2×', true);
check('speed vs openredaction (its time ÷ wasm time, corpus total)', baselineRatios.openredaction.corpus?.total,
      fmtX(baselineRatios.openredaction.corpus?.total), 20, '≥ 20×', true);
const wasmOverNative = ratio(sw.corpus?.p50, stats.native.corpus?.p50);
check('wasm ÷ native, corpus p50', wasmOverNative, fmtX(wasmOverNative), 2, '≤ 2×');
check('wasm engine ready (import + createAnalyzer)', creation.wasm.readyMs, fmtMs(creation.wasm.readyMs), 50, '≤ 50 ms');
check('native engine ready (RuleSet::Builtin + Analyzer)', creation.native.createMs, fmtMs(creation.native.createMs), 50, '≤ 50 ms');
check('.wasm gzip -9', sizes.wasmGzip, fmtMB(sizes.wasmGzip), 1.2e6, '≤ 1.2 MB');
check('wasm heap after warm-up and every post ≤ 10,000 chars', memory.wasm.heapAfterPosts, fmtB(memory.wasm.heapAfterPosts), 32 * MiB, '≤ 32 MiB');
check(`wasm heap after the ${large.name} text too`, memory.wasm.heapAfterLarge, fmtB(memory.wasm.heapAfterLarge), 32 * MiB, '≤ 32 MiB');

// ---- missing measurements → failure ----------------------------------------------------------------
const missing = [];
const need = (label, v) => { if (!Number.isFinite(v)) missing.push(label); };
for (const e of ['native', 'secretum', 'redact-pii', 'openredaction']) {
  for (const g of ['corpus', 'corpus-280', ...synthSizes.map((s) => `synthetic-${s}`)]) {
    for (const k of ['p50', 'p95', 'p99', 'max', 'mbps']) need(`${e} ${g} ${k}`, stats[e][g]?.[k]);
  }
}
for (const e of ['native', 'secretum']) for (const k of ['p50', 'p95', 'p99', 'max']) need(`${e} typing ${k}`, stats[e].typing?.[k]);
for (const e of ['native', 'secretum', 'redact-pii']) need(`${e} large`, large[e]?.us);
if (!large.openredaction.timedOut) need('openredaction large', large.openredaction?.us);
for (const [k, v] of Object.entries(creation.native)) if (typeof v === 'number') need(`native creation ${k}`, v);
for (const [k, v] of Object.entries(creation.wasm)) if (typeof v === 'number') need(`wasm creation ${k}`, v);
need('native max RSS', memory.native.maxRssKB);
for (const k of ['heapAfterCreate', 'heapAfterWarmup', 'heapAfterPosts', 'heapAfterLarge']) need(`wasm ${k}`, memory.wasm[k]);
for (const h of memory.wasm.heapSteps || []) need(`wasm heap after ${h.after}`, h.bytes);
need('.wasm raw', sizes.wasmRaw);
for (const k of ['wallMs', 'totalS', 'readS', 'analysisS', 'reportsS']) need(`audit ${k}`, audit?.[k]);
need('.wasm gzip', sizes.wasmGzip);
for (const e of ['native', 'secretum', 'redact-pii', 'openredaction']) {
  need(`${e} growth`, growthOf[e]?.exponent);
  need(`${e} growth on prefixes of the large text`, prefixGrowthOf[e]?.exponent);
}

// ---- Markdown ------------------------------------------------------------------------------------
const L = [];
const row = (...cells) => L.push(`| ${cells.join(' | ')} |`);
const mark = (ok) => (ok ? '✓' : '✗');
const runsNote = `median of ${native.runs.length} runs (native) / ${wasm.runs} runs (wasm)`;
L.push(`# Secretum benchmark${workload.quick ? ' (--quick smoke run: tiny iteration counts, figures are not meaningful)' : ''}`);
L.push('');
L.push(`${env.date} · commit ${env.commit}${env.dirty ? ' (+ uncommitted changes)' : ''} · ${env.cpu}, ${env.cores} cores · ` +
       `load average ${env.loadStart} → ${env.loadEnd} · node ${wasm.node} · ${env.gxx}. Reproduce: \`scripts/bench\` ` +
       `(writes build/bench/results.{md,json}); \`scripts/bench --quick\` is the smoke run.`);
L.push('');
L.push(`Every figure is the ${runsNote}; within a run, percentiles are nearest-rank over every timed call. ` +
       `One call = \`Analyze()\` + \`ReportToJson()\` natively, \`analyzer.analyze(text, {lang: 'auto', site})\` in node ` +
       `(embind + engine + JSON + \`JSON.parse\`), with every lazily compiled pattern compiled first (\`warmup()\` until true). ` +
       `Other sessions share this 2-core machine: expect noise in the tails.`);
L.push('');
L.push('## Budget (issue 6)');
L.push('');
row('what', 'measured', 'target', '', 'miss');
row('---', '---:', '---:', ':-:', '---:');
for (const b of budget) row(b.what, b.shown, b.targetShown, mark(b.ok), b.miss);
L.push('');
L.push('## Per-post analysis time');
L.push('');
const corpusN = workload.corpus.length;
const label = (g) => ({
  corpus: `corpus, all ${corpusN} posts (${workload.corpusFiles.length} files)`,
  'corpus-280': `corpus posts ≤ 280 chars (${shortIdx.length})`,
  typing: 'typing: one keystroke (280-char posts, FR + EN)',
}[g] || g.replace(/^synthetic-(\d+)$/, (m, n) => `synthetic ${Number(n).toLocaleString('en')} chars (FR+EN, ±findings)`)
        .replace(/^synthetic-(\d+)-(fr|en)-(findings|clean)$/, (m, n, l, f) => `  ${Number(n).toLocaleString('en')} ${l.toUpperCase()} ${f === 'findings' ? 'with findings' : 'no findings'}`));
row('posts', 'native p50', 'p95', 'p99', 'max', 'MB/s', 'wasm p50', 'p95', 'p99', 'max', 'MB/s', 'wasm ÷ native (p50)');
row('---', ...Array(11).fill('---:'));
const mainGroups = ['corpus', 'corpus-280', ...synthSizes.map((s) => `synthetic-${s}`), 'typing'];
for (const g of mainGroups) {
  const n = stats.native[g];
  const s = stats.secretum[g];
  if (!n || !s) continue;
  row(label(g), fmtUs(n.p50), fmtUs(n.p95), fmtUs(n.p99), fmtUs(n.max), n.mbps.toFixed(2),
      fmtUs(s.p50), fmtUs(s.p95), fmtUs(s.p99), fmtUs(s.max), s.mbps.toFixed(2), fmtX(s.p50 / n.p50));
}
if (large.native && large.secretum) {
  row(`${large.name} text (${large.bytes.toLocaleString('en')} bytes), one call`, fmtUs(large.native.us), '', '', '', large.native.mbps.toFixed(2),
      fmtUs(large.secretum.us), '', '', '', large.secretum.mbps.toFixed(2), fmtX(large.secretum.us / large.native.us));
}
L.push('');
L.push(`Native \`Analyze()\` alone (without \`ReportToJson\`), p50: corpus ${fmtUs(stats.nativeAnalyzeOnly.corpus?.p50)}, ` +
       `≤ 280 chars ${fmtUs(stats.nativeAnalyzeOnly['corpus-280']?.p50)}, 10,000 chars ${fmtUs(stats.nativeAnalyzeOnly['synthetic-10000']?.p50)}. ` +
       `Typing: ${workload.typing.length} posts × ${cps(workload.typing[0].text)} keystrokes` +
       `${workload.typing[0].step > 1 ? ` (every ${workload.typing[0].step}th prefix)` : ''}, the whole prefix re-analyzed at each, as the extension does.`);
L.push('');
L.push('### By language and findings (p50)');
L.push('');
row('synthetic posts', 'findings (min–max)', 'native', 'wasm', 'redact-pii', 'openredaction');
row('---', '---:', '---:', '---:', '---:', '---:');
for (const g of synthSizes.flatMap((n) => ['fr', 'en'].flatMap((l) => [`synthetic-${n}-${l}-findings`, `synthetic-${n}-${l}-clean`]))) {
  if (!stats.native[g]) continue;
  const posts = workload.synthetic.filter((p) => synthGroupName(p) === g);
  const f = posts.map((p) => wasm.findings.synthetic[p.name]);
  row(label(g).trim(), `${Math.min(...f)}–${Math.max(...f)}`, fmtUs(stats.native[g]?.p50), fmtUs(stats.secretum[g]?.p50),
      fmtUs(stats['redact-pii'][g]?.p50), fmtUs(stats.openredaction[g]?.p50));
}
function synthGroupName(p) { return `synthetic-${p.size}-${p.lang}-${p.withFindings ? 'findings' : 'clean'}`; }
L.push('');
L.push('## Against the JavaScript PII libraries (same node process, same posts, each warmed up)');
L.push('');
L.push('Ratio = the library\'s time ÷ Secretum wasm\'s time (> 1: Secretum is faster). redact-pii 3.4.0 `SyncRedactor.redact()`; ' +
       '@openredaction/openredaction 1.0.4 `detect()` (defaults, `enableLearning: false`). Neither knows French identifiers, re-identification or ethics rules.');
L.push('');
row('posts', 'wasm p50', 'redact-pii p50', 'ratio p50', 'ratio total', 'openredaction p50', 'ratio p50', 'ratio total');
row('---', ...Array(7).fill('---:'));
for (const g of ['corpus', 'corpus-280', ...synthSizes.map((s) => `synthetic-${s}`)]) {
  const r = baselineRatios['redact-pii'][g];
  const o = baselineRatios.openredaction[g];
  if (!r || !o) continue;
  row(label(g), fmtUs(stats.secretum[g].p50), fmtUs(stats['redact-pii'][g].p50), fmtX(r.p50), fmtX(r.total),
      fmtUs(stats.openredaction[g].p50), fmtX(o.p50), fmtX(o.total));
}
{
  const o = large.openredaction;
  row(`${large.name} text, one call`, fmtUs(large.secretum?.us), fmtUs(large['redact-pii']?.us), '', fmtX(baselineRatios['redact-pii'].large?.total),
      o.timedOut ? `> ${(o.timeoutMs / 1000).toFixed(0)} s (stopped)` : fmtUs(o.us), '',
      o.timedOut ? `> ${fmtX(o.timeoutMs * 1000 / large.secretum.us)}` : fmtX(baselineRatios.openredaction.large?.total));
}
L.push('');
L.push('## Growth with length (p50 of the synthetic posts)');
L.push('');
row('engine', ...synthSizes.map((s) => `${s.toLocaleString('en')} chars`), 'µs/KB at 280 → 10,000', 'linear fit (R²)', 'time ×2^k per doubling (k)');
row('---', ...Array(synthSizes.length + 3).fill('---:'));
for (const e of ['native', 'secretum', 'redact-pii', 'openredaction']) {
  const gr = growthOf[e];
  if (!gr) continue;
  row(engineNames[e], ...gr.points.map((p) => fmtUs(p.us)),
      `${gr.points[0].usPerKB.toFixed(0)} → ${gr.points[gr.points.length - 1].usPerKB.toFixed(0)}`,
      `${gr.fit.interceptUs.toFixed(0)} µs + ${gr.fit.usPerKB.toFixed(0)} µs/KB (${gr.fit.r2.toFixed(3)})`,
      `×${gr.ratioPerDoubling.toFixed(2)} (k = ${gr.exponent.toFixed(2)})`);
}
L.push('');
L.push('Linear growth is ×2 per doubling (k = 1); the fit is over the synthetic sizes (UTF-8 bytes), whose content differs from size to size ' +
       '(a fixed cost per post makes k < 1 for short posts). The same text cut at 1 %, 10 % and 100 % of its length:');
L.push('');
{
  const ref = prefixGrowthOf.native || prefixGrowthOf.secretum;
  const heads = ref.points.map((p) => `${(p.bytes / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} kB`);
  if (large.openredaction.timedOut && heads.length === (prefixGrowthOf.openredaction?.points.length || 0)) heads.push('');
  row('engine', ...heads, 'µs/KB, first → last', 'time ×2^k per doubling (k)');
  row('---', ...Array(heads.length + 2).fill('---:'));
  for (const e of ['native', 'secretum', 'redact-pii', 'openredaction']) {
    const gr = prefixGrowthOf[e];
    if (!gr) continue;
    const cells = gr.points.map((p) => fmtUs(p.us));
    while (cells.length < heads.length) cells.push(gr.timedOutAtFullLength ? `> ${(large.openredaction.timeoutMs / 1000).toFixed(0)} s (stopped)` : 'n/a');
    row(engineNames[e], ...cells, `${gr.points[0].usPerKB.toFixed(0)} → ${gr.points[gr.points.length - 1].usPerKB.toFixed(0)}`,
        `×${gr.ratioPerDoubling.toFixed(2)} (k = ${gr.exponent.toFixed(2)})${gr.timedOutAtFullLength ? ', up to 10 %' : ''}`);
  }
}
L.push('');
L.push('## Start-up, memory, size');
L.push('');
row('what', 'native', 'wasm (node)');
row('---', '---:', '---:');
row(`engine creation (median of ${creation.native.processes} / ${creation.wasm.processes} fresh processes)`,
    `${fmtMs(creation.native.createMs)} (Builtin ${fmtMs(creation.native.builtinMs)} + Analyzer ${fmtMs(creation.native.analyzerMs)})`,
    `${fmtMs(creation.wasm.readyMs)} (import ${fmtMs(creation.wasm.importMs)} + read .wasm ${fmtMs(creation.wasm.readMs)} + createAnalyzer ${fmtMs(creation.wasm.createMs)})`);
row('first analyze() of a short post', fmtMs(creation.native.firstAnalyzeMs), fmtMs(creation.wasm.firstAnalyzeMs));
row('warm-up until warmup() returns true', 'none (compiled up front)',
    `${fmtMs(creation.wasm.warmupMs)} in ${creation.wasm.warmupSlices} slices of warmup(8), longest ${fmtMs(creation.wasm.warmupMaxSliceMs)}; fully warm ${fmtMs(creation.wasm.fullyWarmMs)} after import`);
row('peak memory', `max RSS ${fmtB(memory.native.maxRssKB * 1024)} (after creation ${fmtB(memory.native.rssAfterCreateKB * 1024)})`,
    `wasm heap ${fmtB(memory.wasm.heapAfterCreate)} created → ${fmtB(memory.wasm.heapAfterWarmup)} warm → ${fmtB(memory.wasm.heapAfterPosts)} after the posts → ${fmtB(memory.wasm.heapAfterLarge)} after ${large.name}`);
row('wasm heap, step by step (first pass)', '', memory.wasm.heapSteps.map((h) => `${fmtB(h.bytes)} after ${h.after}`).join(' → '));
row('size', '', `.wasm ${fmtMB(sizes.wasmRaw)} raw, ${fmtMB(sizes.wasmGzip)} gzip -9; secretum.mjs ${fmtB(sizes.mjsRaw)}`);
for (const z of sizes.extensions) row(`extension package ${z.name}`, '', fmtMB(z.bytes));
if (!sizes.extensions.length) row('extension package', '', 'build/extension/*.zip not present');
row('JavaScript libraries: construction', '', `redact-pii ${fmtMs(creation['redact-pii'].createMs)}, openredaction ${fmtMs(creation.openredaction.createMs)}`);
L.push('');
L.push('Native peak memory: `getrusage` max RSS of the harness process (after the large text). Wasm: the byte length of the engine instance\'s ' +
       '`WebAssembly.Memory` (reached by wrapping `WebAssembly.instantiate`; it never shrinks, so each figure is the peak so far), not the process RSS ' +
       `(node process RSS grew by ${fmtB(memory.wasm.processRssDeltaBytes)} over the run, including both JavaScript libraries).`);
L.push('');
L.push('## Audit of a past-posts archive (`secretum audit`, native CLI)');
L.push('');
if (audit) {
  row('archive', 'posts audited', 'whole process', 'reading', 'analysis', 'reports', 'posts/s (analysis)', 'flagged');
  row('---', ...Array(7).fill('---:'));
  row(`X archive of ${audit.records.toLocaleString('en')} records (${fmtMB(audit.zipBytes)} zip)`, audit.posts.toLocaleString('en'),
      `${(audit.wallMs / 1000).toFixed(1)} s`, `${audit.readS.toFixed(1)} s`, `${audit.analysisS.toFixed(1)} s on ${audit.threads} thread${audit.threads === 1 ? '' : 's'}`,
      `${audit.reportsS.toFixed(1)} s`, Math.round(audit.postsPerSecond).toLocaleString('en'), audit.flagged.toLocaleString('en'));
  L.push('');
  L.push(`Median of ${audit.runs} run(s), one \`build/bin/secretum audit ZIP --out DIR\` process each; the archive is \`tests/audit/exports.py big ${audit.records}\` ` +
         '(posts of the labeled corpus mixed with everyday posts; retweets are skipped); the phases are those the CLI prints ("audited in ...").');
} else {
  L.push('Not measured (build/bench/audit.jsonl missing).');
}
const md = L.join('\n') + '\n';

const results = {
  generated: env.date, quick: workload.quick, env, runs: { native: native.runs.length, wasm: wasm.runs },
  units: { time: 'µs unless the key ends in Ms', throughput: 'MB/s, MB = 10^6 bytes of UTF-8', memory: 'bytes unless the key ends in KB' },
  workload: { corpusFiles: workload.corpusFiles, corpusPosts: corpusN, corpusPostsUpTo280: shortIdx.length,
              synthetic: workload.synthetic.map((p) => ({ name: p.name, size: p.size, lang: p.lang, withFindings: p.withFindings, findings: wasm.findings.synthetic[p.name] })),
              large: { name: large.name, bytes: large.bytes }, typing: workload.typing.map((t) => ({ name: t.name, chars: cps(t.text), step: t.step })) },
  perPost: stats, large, growth: growthOf, growthSameText: prefixGrowthOf, baselines: baselineRatios, wasmOverNativeP50: wasmOverNative,
  creation, memory, sizes, audit, budget, missing,
};
writeFileSync(join(dir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(dir, 'results.md'), md);
process.stdout.write(md);
if (missing.length) {
  process.stderr.write(`report: ${missing.length} measurement(s) missing or not a number:\n  ${missing.join('\n  ')}\n`);
  process.exit(1);
}
