// The WebAssembly engine under node: API behaviour, UTF-16 offsets, and the same findings
// as the native CLI on every test corpus (node --test tests/wasm/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const wasmDir = join(root, 'build', 'wasm');
const { createAnalyzer } = await import(join(wasmDir, 'secretum.mjs'));
const wasmBinary = readFileSync(join(wasmDir, 'secretum.wasm'));
const analyzer = await createAnalyzer({ wasmBinary });

test('finds identifiers and slices by UTF-16 offsets', () => {
  const text = '🙏🏽 Mme Lemaire, chambre 212 — NIR 2 95 10 99 126 111 93 😊';
  const report = analyzer.analyze(text);
  assert.equal(report.lang, 'fr');
  assert.ok(report.findings.length >= 3);
  for (const f of report.findings) assert.equal(text.slice(f.start, f.end), f.text);
  assert.deepEqual(report.findings.map((f) => f.rule), ['title-name-fr-f', 'room-bed', 'fr-nir']);
  assert.equal(report.findings[0].replacement, 'une patiente');
});

test('options: jurisdiction, message language, minimum severity, disabled rules', () => {
  const qc = analyzer.analyze('RAMQ LAVM 5203 1587', { jurisdiction: 'qc', messageLang: 'en' });
  assert.equal(qc.jurisdiction, 'qc');
  assert.equal(qc.findings[0].message, 'Québec health-insurance number (RAMQ)');
  const off = analyzer.analyze('RAMQ LAVM 5203 1587', { disabledRules: ['qc-ramq'] });
  assert.equal(off.findings.length, 0);
  const medium = 'Notre patiente de 102 ans, hospitalisée depuis dimanche au CHU de Brest';
  assert.ok(analyzer.analyze(medium).findings.some((f) => f.severity === 'medium'));
  const high = analyzer.analyze(medium, { minSeverity: 'high' });
  assert.equal(high.findings.length, 0);
});

test('options kept from the previous call are replaced when they change (binding cache)', () => {
  // The binding parses the options JSON only when it differs from the last call's: switching
  // back and forth, and a bad call in between, must each give the fresh options' report.
  const text = 'RAMQ LAVM 5203 1587, Mme Lemaire chambre 212';
  const fresh = (o) => JSON.stringify(analyzer.analyze(text, o));
  const qc = fresh({ jurisdiction: 'qc', messageLang: 'en' });
  const plain = fresh({});
  assert.notEqual(qc, plain);
  assert.throws(() => analyzer.analyze(text, { minSeverity: 'huge' }), /minSeverity/);
  assert.equal(fresh({ jurisdiction: 'qc', messageLang: 'en' }), qc);
  assert.equal(fresh({}), plain);
  const off = analyzer.analyze(text, { disabledRules: ['qc-ramq'] });
  assert.ok(!off.findings.some((f) => f.rule === 'qc-ramq'));
  assert.ok(analyzer.analyze(text).findings.some((f) => f.rule === 'qc-ramq'));
});

test('bad options and bad input give clear errors, never a crash', () => {
  assert.throws(() => analyzer.analyze('x', { jurisdiction: 'be' }), /jurisdiction/);
  assert.throws(() => analyzer.analyze(42), /expects a string/);
  const lone = analyzer.analyze('Mme Lemaire \uD800 chambre 12');  // lone surrogate
  assert.ok(lone.findings.some((f) => f.rule === 'title-name-fr-f'));
  assert.equal(analyzer.analyze('').findings.length, 0);
});

test('warmup compiles the lazily compiled patterns in slices and changes no finding', async () => {
  const fresh = await createAnalyzer({ wasmBinary });
  const text = 'Mme Lemaire, chambre 212, ce matin au CHU de Brest 🙏';
  const before = fresh.analyze(text);
  let slices = 0;
  while (!fresh.warmup(50)) slices++;
  assert.ok(slices > 1, `warmed up in ${slices} slices`);
  assert.equal(fresh.warmup(50), true);
  assert.deepEqual(fresh.analyze(text), before);
  fresh.dispose();
});

test('rule ids are exposed', () => {
  assert.ok(analyzer.ruleIds().includes('fr-nir'));
});

test('wasm and native give identical findings on every corpus', () => {
  const cli = join(root, 'build', 'bin', 'secretum');
  const files = [
    ...readdirSync(join(root, 'tests', 'corpus')).filter((f) => f.endsWith('.jsonl')).map((f) => join(root, 'tests', 'corpus', f)),
    ...readdirSync(join(root, 'tests', 'corpus', 'holdout')).map((f) => join(root, 'tests', 'corpus', 'holdout', f)),
    join(root, 'examples', 'posts.jsonl'),
  ];
  const dev = join(root, '..', 'shared', 'corpus', 'dev.jsonl');
  if (existsSync(dev)) files.push(dev);
  let compared = 0;
  for (const file of files) {
    let out;
    try {
      out = execFileSync(cli, ['check', '--format', 'jsonl', file], { encoding: 'utf8' });
    } catch (e) {
      assert.equal(e.status, 1, e.stderr);  // 1: something was flagged
      out = e.stdout;
    }
    const native = new Map(out.trim().split('\n').map((l) => JSON.parse(l)).map((r) => [JSON.stringify(r.id), r]));
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const post = JSON.parse(line);
      const opts = {};
      if (post.lang) opts.lang = post.lang;
      if (post.jurisdiction) opts.jurisdiction = post.jurisdiction;
      const wasm = analyzer.analyze(post.text, opts);
      const nat = native.get(JSON.stringify(post.id));
      assert.deepEqual(wasm.findings, nat.findings, `${file} ${post.id}`);
      compared++;
    }
  }
  assert.ok(compared > 500, `compared ${compared} posts`);
});

test('a precompiled module, or bytes that are not WebAssembly, are handled at creation', async () => {
  const module = await WebAssembly.compile(wasmBinary);
  const fromModule = await createAnalyzer({ wasmModule: module });
  const text = 'Mme Lemaire, chambre 212, NIR 2 95 10 99 126 111 93';
  assert.deepEqual(fromModule.analyze(text), analyzer.analyze(text));
  fromModule.dispose();
  await assert.rejects(createAnalyzer({ wasmBinary: new Uint8Array([0, 1, 2, 3]) }));
});
