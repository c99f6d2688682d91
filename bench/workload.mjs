// Builds the benchmark workload, shared by the native harness (bench/native_bench.cc) and the
// node harness (bench/node_bench.mjs) so that both time exactly the same posts:
//   - corpus: every post of tests/corpus/*.jsonl, tests/corpus/holdout/*.jsonl and
//     ../shared/corpus/dev.jsonl (when present);
//   - synthetic: posts of exactly 280, 1,000, 3,000 and 10,000 characters (code points), French
//     and English, with and without findings, built from corpus sentences; "without findings"
//     is checked with the engine itself (sentences whose addition makes a finding are skipped),
//     "with findings" interleaves whole flagged corpus posts with benign sentences;
//   - large: one text of about 1 MB (UTF-8 bytes) made of corpus posts, and its first 1 % and 10 %;
//   - typing: two 280-character posts (FR, EN, with findings) typed one character at a time.
// Deterministic (seeded shuffles): the same inputs give the same workload.
//
//   node bench/workload.mjs --out build/bench/workload.json [--quick]
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : join(root, 'build', 'bench', 'workload.json');

const SIZES = [280, 1000, 3000, 10000];
// Variants per (size, lang, findings) cell: more short posts than long ones.
const VARIANTS = quick ? { 280: 1, 1000: 1, 3000: 1, 10000: 1 } : { 280: 10, 1000: 6, 3000: 4, 10000: 3 };
const LARGE_BYTES = quick ? 50_000 : 1_000_000;

// ---- corpus -------------------------------------------------------------------------------
function readJsonl(path) {
  const posts = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let p;
    try { p = JSON.parse(line); } catch (e) { throw new Error(`${path}:${i + 1}: ${e.message}`); }
    if (typeof p.text !== 'string') throw new Error(`${path}:${i + 1}: no "text"`);
    posts.push(p);
  });
  return posts;
}
const corpusFiles = [];
for (const dir of ['tests/corpus', 'tests/corpus/holdout']) {
  for (const f of readdirSync(join(root, dir)).sort()) if (f.endsWith('.jsonl')) corpusFiles.push(join(root, dir, f));
}
const dev = join(root, '..', 'shared', 'corpus', 'dev.jsonl');
if (existsSync(dev)) corpusFiles.push(dev);

const corpus = [];
for (const file of corpusFiles) {
  const set = relative(root, file);
  let posts = readJsonl(file);
  if (quick) posts = posts.slice(0, 8);
  for (const p of posts) {
    corpus.push({ set, id: String(p.id ?? corpus.length), lang: p.lang ?? 'auto', site: p.site ?? 'generic',
                  flagged: Array.isArray(p.categories) && p.categories.length > 0, text: p.text });
  }
}
// The full corpus (not the quick subset) feeds the synthetic posts.
const allPosts = corpusFiles.flatMap((f) => readJsonl(f));

// ---- helpers ------------------------------------------------------------------------------
function mulberry32(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffled(list, seed) {
  const rnd = mulberry32(seed);
  const a = list.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
const cps = (s) => Array.from(s).length;              // length in code points ("characters")
const cutCps = (s, n) => Array.from(s).slice(0, n).join('');
const sentencesOf = (text) => text.split(/(?<=[.!?…])\s+/u).map((s) => s.trim()).filter((s) => cps(s) >= 20);

// ---- the engine, to check "with" / "without findings" ----------------------------------------
const { createAnalyzer } = await import(join(root, 'build', 'wasm', 'secretum.mjs'));
const analyzer = await createAnalyzer({ wasmBinary: readFileSync(join(root, 'build', 'wasm', 'secretum.wasm')) });
const findingsOf = (text) => analyzer.analyze(text, { lang: 'auto', site: 'generic' }).findings.length;

const PROBES = {
  fr: 'Mme Perrault, chambre 14 en cardio, est sortie ce matin. Sa fille nous a laissé son 06 71 23 45 98.',
  en: 'Mrs. Patterson in room 14 went home today. Her daughter left her number, (555) 201-3344.',
};
// Benign sentences per language (from posts labeled with no category), flagged posts per language.
const pools = {};
for (const lang of ['fr', 'en']) {
  // --quick: a quarter of the posts is plenty for one variant per cell, and 4× faster to check.
  const source = quick ? allPosts.filter((p, i) => i % 4 === 0) : allPosts;
  const benign = source.filter((p) => p.lang === lang && !(p.categories && p.categories.length));
  const flagged = source.filter((p) => p.lang === lang && p.categories && p.categories.length && cps(p.text) <= 220);
  // Sentences that mark a post as fiction or teaching material ("Cas clinique (fictif)", "cas
  // composite", "hypothetical case") are left out: the engine then quiets the identifiers of the
  // whole post, which would make a long "with findings" post nearly clean. Found by adding each
  // sentence to a post with identifiers and seeing findings disappear.
  const probe = PROBES[lang];
  const probeFindings = findingsOf(probe);
  if (probeFindings < 2) throw new Error(`probe post (${lang}) has ${probeFindings} findings`);
  const sentences = [...new Set(benign.flatMap((p) => sentencesOf(p.text)))]
    .filter((s) => findingsOf(s) === 0 && findingsOf(`${probe} ${s}`) >= probeFindings);
  pools[lang] = { sentences, flagged: flagged.map((p) => p.text).filter((t) => findingsOf(t) > 0) };
  if (pools[lang].sentences.length < 50 || pools[lang].flagged.length < 20)
    throw new Error(`not enough ${lang} corpus material for synthetic posts`);
}

// Builds a post of exactly `size` code points. Without findings: benign sentences only, each
// kept only if the post still has no finding. With findings: a flagged post every ~700 characters.
function buildPost(lang, size, withFindings, seed) {
  const { sentences, flagged } = pools[lang];
  const sents = shuffled(sentences, seed);
  const flags = shuffled(flagged, seed * 7 + 1);
  let text = '';
  let si = 0;
  let fi = 0;
  let sinceFlag = Infinity;
  let guard = 0;
  while (cps(text) < size) {
    if (++guard > 20000) throw new Error(`cannot build a ${size}-character ${lang} post`);
    const sep = text ? ' ' : '';
    const room = size - cps(text) - cps(sep);
    if (room <= 0) break;
    let piece;
    let isFlag = false;
    if (withFindings && sinceFlag >= 700 && fi < flags.length && cps(flags[fi]) <= room) {
      piece = flags[fi++];
      isFlag = true;
    } else {
      piece = sents[si++ % sents.length];
      if (cps(piece) > room) piece = cutCps(piece, room);   // the last piece fills the post exactly
    }
    const candidate = text + sep + piece;
    if (!withFindings && findingsOf(candidate) > 0) continue;      // skip a sentence that adds a finding
    text = candidate;
    sinceFlag = isFlag ? 0 : sinceFlag + cps(sep + piece);
    if (!withFindings && si > sents.length * 2) throw new Error(`cannot fill a clean ${size}-character ${lang} post`);
  }
  if (cps(text) !== size) throw new Error(`built ${cps(text)} characters instead of ${size}`);
  const n = findingsOf(text);
  if (withFindings ? n === 0 : n !== 0) throw new Error(`${lang} ${size}: expected ${withFindings ? 'findings' : 'none'}, got ${n}`);
  return { text, findings: n };
}

const synthetic = [];
for (const size of SIZES) {
  for (const lang of ['fr', 'en']) {
    for (const withFindings of [true, false]) {
      for (let v = 0; v < VARIANTS[size]; v++) {
        // A flagged post can lose its finding once other sentences surround it (the language or the
        // re-identification signals change): try the next seed then.
        let built = null;
        let lastError = null;
        for (let attempt = 0; attempt < 50 && !built; attempt++) {
          const seed = size * 100000 + (lang === 'fr' ? 0 : 50000) + (withFindings ? 0 : 25000) + v * 100 + attempt;
          try { built = buildPost(lang, size, withFindings, seed); } catch (e) { lastError = e; }
        }
        if (!built) throw lastError;
        const { text, findings } = built;
        synthetic.push({ name: `${size}-${lang}-${withFindings ? 'findings' : 'clean'}-${v}`, size, lang,
                         withFindings, findingsWhenBuilt: findings, site: 'generic', text });
      }
    }
  }
}

// ---- the large text ---------------------------------------------------------------------------
let large = '';
const enc = new TextEncoder();
for (let round = 0; enc.encode(large).length < LARGE_BYTES; round++) {
  const pieces = shuffled(allPosts.map((p) => p.text), 9000 + round);
  large += (large ? '\n\n' : '') + pieces.join('\n\n');
}
// Cut on a code point boundary to at most `n` bytes.
const cutBytes = (s, n) => new TextDecoder().decode(enc.encode(s).subarray(0, n)).replace(/\uFFFD+$/u, '');
large = cutBytes(large, LARGE_BYTES);
// Prefixes of the same text (1 % and 10 %): growth with length on identical content.
const largePrefixes = [LARGE_BYTES / 100, LARGE_BYTES / 10].map((n) => {
  const text = cutBytes(large, n);
  return { bytes: enc.encode(text).length, text };
});

// ---- typing ------------------------------------------------------------------------------------
const typing = ['fr', 'en'].map((lang) => {
  const post = synthetic.find((p) => p.size === 280 && p.lang === lang && p.withFindings);
  return { name: `typing-280-${lang}`, lang, site: 'x', text: post.text, step: quick ? 28 : 1 };
});

analyzer.dispose();
const workload = {
  quick,
  corpusFiles: corpusFiles.map((f) => relative(root, f)),
  corpus,
  synthetic,
  large: { name: quick ? `${LARGE_BYTES / 1000} kB` : '1 MB', bytes: enc.encode(large).length, site: 'generic', text: large,
           prefixes: largePrefixes },
  typing,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(workload));
console.error(`workload: ${corpus.length} corpus posts from ${corpusFiles.length} files, ${synthetic.length} synthetic posts, ` +
              `large text ${workload.large.bytes} bytes, typing ${typing.length} × 280 characters → ${relative(process.cwd(), out)}`);
