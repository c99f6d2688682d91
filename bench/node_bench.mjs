// Node benchmark harness: Secretum's WebAssembly engine (build/wasm/secretum.mjs) and the two
// JavaScript PII libraries a user would otherwise reach for (redact-pii, @openredaction/openredaction,
// pinned in bench/package.json), on the workload of bench/workload.mjs, in the same process.
// Writes raw per-call samples (microseconds) as JSON; bench/report.mjs summarizes them.
//
//   node bench/node_bench.mjs --create-only
//       one line of JSON, for a fresh process: import of secretum.mjs, createAnalyzer(), the first
//       analyze() of a short post (what the extension does before it reports "ready"), then
//       warmup(8) until it returns true; the WebAssembly memory size at each step.
//   node bench/node_bench.mjs --workload build/bench/workload.json --runs 5 --out build/bench/wasm-raw.json [--quick]
//
// What one timed Secretum call is: analyzer.analyze(text, { lang: 'auto', site }) from the public
// JavaScript API, i.e. embind string transfer + Analyze() + ReportToJson() + JSON.parse, what the
// extension's background pays per keystroke. Engines are timed one after the other on each group
// of posts, inside each run, so that the machine's load affects them alike.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const wasmDir = join(root, 'build', 'wasm');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const quick = args.includes('--quick');
const nowUs = () => Number(process.hrtime.bigint()) / 1000;

// The WebAssembly memory of the engine's instance: the glue calls WebAssembly.instantiate(bytes,
// imports) when given wasmBinary; keep the instance's exported memory to read its size (the heap
// only grows, so its size is the peak so far).
const memories = [];
const realInstantiate = WebAssembly.instantiate;
WebAssembly.instantiate = async function (...a) {
  const result = await realInstantiate.apply(this, a);
  const instance = result instanceof WebAssembly.Instance ? result : result.instance;
  if (instance && instance.exports.memory instanceof WebAssembly.Memory) memories.push(instance.exports.memory);
  return result;
};
const heapBytes = () => (memories.length ? memories[memories.length - 1].buffer.byteLength : null);

async function createSecretum() {
  const t0 = nowUs();
  const { createAnalyzer } = await import(join(wasmDir, 'secretum.mjs'));
  const t1 = nowUs();
  const wasmBinary = readFileSync(join(wasmDir, 'secretum.wasm'));
  const t2 = nowUs();
  const analyzer = await createAnalyzer({ wasmBinary });
  const t3 = nowUs();
  return { analyzer, importMs: (t1 - t0) / 1000, readMs: (t2 - t1) / 1000, createMs: (t3 - t2) / 1000 };
}

// ---- --create-only: one fresh process per measurement ----------------------------------------
if (args.includes('--create-only')) {
  const rss0 = process.memoryUsage().rss;
  const { analyzer, importMs, readMs, createMs } = await createSecretum();
  const heapAfterCreate = heapBytes();
  let t = nowUs();
  analyzer.analyze('Bonjour', {});
  const firstAnalyzeMs = (nowUs() - t) / 1000;
  const heapAfterFirst = heapBytes();
  let slices = 0;
  let maxSliceMs = 0;
  t = nowUs();
  for (;;) {
    const s = nowUs();
    const done = analyzer.warmup(8);
    maxSliceMs = Math.max(maxSliceMs, (nowUs() - s) / 1000);
    slices++;
    if (done) break;
    if (slices > 100000) throw new Error('warmup() never returned true');
  }
  const warmupMs = (nowUs() - t) / 1000;
  const out = {
    importMs, readMs, createMs, readyMs: importMs + readMs + createMs, firstAnalyzeMs,
    readyWithFirstAnalyzeMs: importMs + readMs + createMs + firstAnalyzeMs,
    warmupMs, warmupSlices: slices, warmupMaxSliceMs: maxSliceMs,
    fullyWarmMs: importMs + readMs + createMs + firstAnalyzeMs + warmupMs,
    heapAfterCreate, heapAfterFirst, heapAfterWarmup: heapBytes(),
    rssDeltaBytes: process.memoryUsage().rss - rss0,
  };
  if (heapAfterCreate == null) throw new Error('could not reach the WebAssembly memory');
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(0);
}

// ---- the full harness -----------------------------------------------------------------------
const workloadPath = opt('--workload', join(root, 'build', 'bench', 'workload.json'));
const outPath = opt('--out', null);
const runs = Math.max(1, Number(opt('--runs', quick ? 1 : 5)));
const largeTimeoutMs = Number(opt('--large-timeout-ms', 60000));
const w = JSON.parse(readFileSync(workloadPath, 'utf8'));

const rssStart = process.memoryUsage().rss;
const sec = await createSecretum();
const secretum = sec.analyzer;
while (!secretum.warmup(64));   // fully compiled, as the extension is after its idle warm-up
const heapAfterWarmup = heapBytes();
if (heapAfterWarmup == null) throw new Error('could not reach the WebAssembly memory');

const requireBench = createRequire(join(here, 'package.json'));
let t = nowUs();
const { SyncRedactor } = requireBench('redact-pii');
const redactor = new SyncRedactor();
const redactCreateMs = (nowUs() - t) / 1000;
t = nowUs();
const { OpenRedaction } = await import(requireBench.resolve('@openredaction/openredaction').replace(/index\.js$/, 'index.mjs'));
// enableLearning: false only keeps it from reading .openredaction/learnings.json in the working
// directory (an empty learned whitelist either way); every other option is the default.
const openredaction = new OpenRedaction({ enableLearning: false });
const openCreateMs = (nowUs() - t) / 1000;

let sink = 0;
const engines = {
  secretum: (text, site) => { sink += secretum.analyze(text, { lang: 'auto', site }).findings.length; },
  'redact-pii': (text) => { sink += redactor.redact(text).length; },
  openredaction: (text) => { sink += openredaction.detect(text).detections.length; },
};

const synthGroup = (p) => `synthetic-${p.size}-${p.lang}-${p.withFindings ? 'findings' : 'clean'}`;
const itersFor = (p) => (quick ? 1 : p.size <= 280 ? 10 : p.size <= 1000 ? 5 : p.size <= 3000 ? 3 : 2);
const bytesOf = (s) => Buffer.byteLength(s, 'utf8');
const corpus = w.corpus.map((p) => ({ ...p, bytes: bytesOf(p.text) }));
const synthetic = w.synthetic.map((p) => ({ ...p, group: synthGroup(p), bytes: bytesOf(p.text) }));

// Warm-up pass (discarded) of every engine over every post: JIT tiers, regex caches. Secretum's
// first: the WebAssembly heap is read after the corpus and after each synthetic size (it grows
// on the first long posts and never shrinks).
const heapSteps = [{ after: 'warmup() until true', bytes: heapAfterWarmup }];
for (const [name, run] of Object.entries(engines)) {
  for (const p of corpus) run(p.text, p.site);
  if (name === 'secretum') heapSteps.push({ after: `the ${corpus.length} corpus posts`, bytes: heapBytes() });
  for (const size of [...new Set(synthetic.map((p) => p.size))].sort((a, b) => a - b)) {
    for (const p of synthetic) if (p.size === size) run(p.text, p.site);
    if (name === 'secretum') heapSteps.push({ after: `the ${size}-character posts`, bytes: heapBytes() });
  }
}

// Findings per synthetic post and per corpus post (Secretum), recorded once.
const findings = {
  synthetic: Object.fromEntries(synthetic.map((p) => [p.name, secretum.analyze(p.text, { lang: 'auto', site: p.site }).findings.length])),
  corpusFlaggedPosts: corpus.filter((p) => secretum.analyze(p.text, { lang: 'auto', site: p.site }).findings.length > 0).length,
};

const outRuns = [];
for (let run = 0; run < runs; run++) {
  const groups = {};   // groups[engine][group] = { us: [], bytes: [] }
  const record = (engine, group, bytes, us) => {
    const g = ((groups[engine] ??= {})[group] ??= { us: [], bytes: [] });
    g.us.push(us);
    g.bytes.push(bytes);
  };
  for (const [name, analyze] of Object.entries(engines)) {
    for (const p of corpus) {
      const s = nowUs();
      analyze(p.text, p.site);
      record(name, 'corpus', p.bytes, nowUs() - s);
    }
  }
  for (const [name, analyze] of Object.entries(engines)) {
    for (const p of synthetic) {
      for (let i = itersFor(p); i > 0; i--) {
        const s = nowUs();
        analyze(p.text, p.site);
        record(name, p.group, p.bytes, nowUs() - s);
      }
    }
  }
  // Incremental typing (Secretum only): the post re-analyzed after each keystroke.
  for (const tp of w.typing) {
    const chars = Array.from(tp.text);
    const step = Math.max(1, tp.step || 1);
    let prefix = '';
    for (let k = 0; k < chars.length; k++) {
      prefix += chars[k];
      if ((k + 1) % step !== 0 && k + 1 !== chars.length) continue;
      const s = nowUs();
      engines.secretum(prefix, tp.site);
      record('secretum', 'typing', bytesOf(prefix), nowUs() - s);
    }
  }
  outRuns.push(groups);
  process.stderr.write(`node_bench: run ${run + 1}/${runs} done\n`);
}
const heapAfterPosts = heapBytes();
const rssAfterPosts = process.memoryUsage().rss;

// ---- the large text and its prefixes (1 %, 10 %) -------------------------------------------------
// Prefixes: every engine, once per run. The whole text: Secretum and redact-pii once per run, in
// this process; openredaction grows faster than linearly (minutes for 1 MB): it runs once in a
// worker thread that is stopped after --large-timeout-ms, and the result says so.
const large = w.large.text;
const largeBytes = bytesOf(large);
const largeRuns = { secretum: [], 'redact-pii': [] };
const prefixRuns = w.large.prefixes.map(() => ({ secretum: [], 'redact-pii': [], openredaction: [] }));
for (let run = 0; run < runs; run++) {
  w.large.prefixes.forEach((p, i) => {
    for (const name of Object.keys(engines)) {
      const s = nowUs();
      engines[name](p.text, w.large.site);
      prefixRuns[i][name].push(nowUs() - s);
    }
  });
  for (const name of Object.keys(largeRuns)) {
    const s = nowUs();
    engines[name](large, w.large.site);
    largeRuns[name].push(nowUs() - s);
  }
}
const heapAfterLarge = heapBytes();

function openredactionLarge() {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      const { OpenRedaction } = await import(workerData.module);
      const o = new OpenRedaction({ enableLearning: false });
      for (const t of workerData.warm) o.detect(t);
      const s = process.hrtime.bigint();
      const n = o.detect(workerData.text).detections.length;
      parentPort.postMessage({ us: Number(process.hrtime.bigint() - s) / 1000, detections: n });
    })().catch((e) => parentPort.postMessage({ error: String(e && e.stack || e) }));`;
  return new Promise((resolve) => {
    const worker = new Worker(code, {
      eval: true,
      workerData: {
        module: requireBench.resolve('@openredaction/openredaction').replace(/index\.js$/, 'index.mjs'),
        warm: corpus.slice(0, 200).map((p) => p.text),
        text: large,
      },
    });
    const timer = setTimeout(() => {
      worker.terminate();
      resolve({ timedOut: true, timeoutMs: largeTimeoutMs });
    }, largeTimeoutMs);
    worker.on('message', (m) => {
      clearTimeout(timer);
      worker.terminate();
      if (m.error) resolve({ error: m.error });
      else resolve({ us: [m.us], detections: m.detections });
    });
    worker.on('error', (e) => {
      clearTimeout(timer);
      resolve({ error: String(e && e.stack || e) });
    });
  });
}
const openLarge = await openredactionLarge();
if (openLarge.error) throw new Error(`openredaction on the large text: ${openLarge.error}`);

const result = {
  engine: 'wasm',
  node: process.version,
  runs,
  creation: {
    secretum: { importMs: sec.importMs, readMs: sec.readMs, createMs: sec.createMs },
    'redact-pii': { createMs: redactCreateMs },
    openredaction: { createMs: openCreateMs },
  },
  memory: {
    heapAfterWarmup, heapAfterPosts, heapAfterLarge, heapSteps,
    rssStart, rssAfterPosts, rssEnd: process.memoryUsage().rss,
    note: 'heap* = byteLength of the WebAssembly.Memory of the engine instance (grows only: the peak so far); rss* = the node process (includes the two JavaScript libraries)',
  },
  findings,
  runsData: outRuns,
  large: {
    name: w.large.name, bytes: largeBytes,
    secretum: { us: largeRuns.secretum },
    'redact-pii': { us: largeRuns['redact-pii'] },
    openredaction: openLarge,
    prefixes: w.large.prefixes.map((p, i) => ({ bytes: p.bytes, ...prefixRuns[i] })),
  },
  sink,
};
const json = JSON.stringify(result);
if (outPath) writeFileSync(outPath, json + '\n');
else process.stdout.write(json + '\n');
