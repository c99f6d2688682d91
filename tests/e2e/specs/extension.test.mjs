// Options page, service-worker restarts and the speed benchmark, in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startChromium, highlights, highlightNames, waitForHighs, waitFor, shot, clickHighlight, RISKY, RISKY_HIGHS, ui, contentStats, setSettings, SHOTS } from '../lib/harness.mjs';
import { ROOT } from '../lib/replicas.mjs';

let ctx;
let page;
let options;
const X = '[data-testid="tweetTextarea_0"]';

before(async () => {
  ctx = await startChromium();
  page = await ctx.context.newPage();
  options = await ctx.context.newPage();
  await options.goto(`chrome-extension://${ctx.extensionId}/options/options.html`);
  await options.waitForSelector('body[data-loaded="1"]');
});
after(async () => {
  await ctx?.browser.close();
  await ctx?.net.close();
});

const stored = () => ctx.sw.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
const storedLocal = () => ctx.sw.evaluate(async () => (await chrome.storage.local.get('localSettings')).localSettings);

test('options_language_switches_the_card_and_the_engine_messages', async () => {
  await options.selectOption('select[name=uiLang]', 'en');
  await options.waitForSelector('body[data-loaded="1"]');
  await waitFor(async () => (await stored())?.uiLang === 'en', 3000, 'uiLang saved');
  await page.goto('https://x.com/home');
  await page.click(X);
  await page.keyboard.type(RISKY);
  await waitForHighs(page, RISKY_HIGHS);
  await page.keyboard.press('Alt+Shift+S');
  const card = ui(page, '.card');
  await card.waitFor();
  assert.equal(await card.locator('.pill').textContent(), 'High');
  assert.match(await card.locator('.why').textContent(), /^[A-Z][a-z]+ .*(patient|care|confiden)/i);
  await options.waitForSelector('h1');
  assert.equal(await options.textContent('h1'), 'Secretum settings');
  await options.selectOption('select[name=uiLang]', 'fr');
  await waitFor(async () => (await stored())?.uiLang === 'fr', 3000, 'back to French');
  await options.waitForSelector('body[data-loaded="1"]');
  await options.setViewportSize({ width: 900, height: 1100 });
  await shot(options, 'options');
});

test('options_jurisdiction_chooses_the_cited_rules_and_speed_bump_toggles', async () => {
  await options.selectOption('select[name=jurisdiction]', 'qc');
  await waitFor(async () => (await stored())?.jurisdiction === 'qc', 3000, 'jurisdiction saved');
  await page.goto('https://x.com/home');
  await page.click(X);
  await page.keyboard.type(RISKY);
  await waitForHighs(page, RISKY_HIGHS);
  await clickHighlight(page, 'Mme Perrault');
  const card = ui(page, '.card');
  await card.waitFor();
  assert.match(await card.locator('.sources a').textContent(), /RLRQ/, 'Québec code cited');
  await page.keyboard.press('Escape');
  await options.selectOption('select[name=jurisdiction]', 'auto');
  await waitFor(async () => (await stored())?.jurisdiction === 'auto', 3000, 'back to auto');
  await options.uncheck('input[name=speedBump]');
  await waitFor(async () => (await stored())?.speedBump === false, 3000, 'speed bump off');
  await options.check('input[name=speedBump]');
  await waitFor(async () => (await stored())?.speedBump === true, 3000, 'speed bump on');
});

test('options_watch_terms_are_flagged_and_min_severity_filters', async () => {
  await options.fill('textarea[name=watchTerms]', 'CHU Nord\nBléville');
  await options.locator('textarea[name=watchTerms]').blur();
  await waitFor(async () => (await storedLocal())?.watchTerms?.length === 2, 3000, 'terms saved in storage.local');
  assert.ok(!JSON.stringify(await stored()).includes('CHU Nord'), 'watch terms are not synchronized');
  await page.goto('https://x.com/home');
  await page.click(X);
  await page.keyboard.type('Garde au CHU Nord cette nuit, Mme Perrault va mieux.');
  await waitFor(async () => JSON.stringify(await highlights(page)) === JSON.stringify({ high: ['Mme Perrault'], medium: ['CHU Nord'], low: [] }),
    5000, 'watch term as medium');
  await options.selectOption('select[name=minSeverity]', 'high');
  await waitFor(async () => JSON.stringify(await highlights(page)) === JSON.stringify({ high: ['Mme Perrault'], medium: [], low: [] }),
    5000, 'medium hidden at min severity high');
  await options.selectOption('select[name=minSeverity]', 'low');
});

// The rule list (issue 5): ten categories in the taxonomy's order, each with a one-line
// explanation, a count and one switch; its rules behind a disclosure, each told apart from rules
// with the same title by an example post or its description, with its id in small type.
const CATEGORIES = ['identifier', 'reidentification', 'patient_image', 'derogatory', 'hostile', 'defamation',
  'advertising', 'medical_advice', 'conflict_of_interest', 'health_claim'];
const catBox = (cat) => options.locator(`input[name="category-${cat}"]`);
const catSection = (cat) => options.locator(`section.cat[data-category="${cat}"]`);
const categoryIds = (cat) => options.locator(`section.cat[data-category="${cat}"] li.rule input`)
  .evaluateAll((els) => els.map((e) => e.name.replace(/^rule-/, '')));
const visibleRules = () => options.locator('li.rule').evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.dataset.rule));

test('options_rules_grouped_by_category_with_what_tells_them_apart', async () => {
  assert.deepEqual(await options.locator('section.cat').evaluateAll((els) => els.map((e) => e.dataset.category)), CATEGORIES);
  const id = catSection('identifier');
  assert.equal(await id.locator('.cat-name').textContent(), 'Identifiant direct');
  assert.match(await id.locator('.cat-desc').textContent(), /désignent un patient/);
  const total = (await categoryIds('identifier')).length;
  assert.ok(total >= 20, `${total} identifier rules`);
  assert.equal(await id.locator('.cat-count').textContent(), `${total} règles, toutes actives`);
  for (const c of CATEGORIES) assert.ok((await catSection(c).locator('.cat-desc').textContent()).length > 20, `${c} explained`);
  // Collapsed at first; the disclosure is a real button with aria-expanded, usable with the keyboard.
  const disclosure = id.locator('button.disclosure');
  assert.equal(await disclosure.getAttribute('aria-expanded'), 'false');
  assert.equal(await disclosure.textContent(), `Afficher les ${total} règles`);
  const box = options.locator('input[name="rule-room-bed"]');
  assert.ok(!(await box.isVisible()), 'rules hidden until the category is opened');
  await disclosure.focus();
  await options.keyboard.press('Enter');
  assert.equal(await disclosure.getAttribute('aria-expanded'), 'true');
  assert.ok(await box.isVisible());
  // The rule: its title as the checkbox's label, an example post with what it matches, its id.
  const row = options.locator('li.rule[data-rule="room-bed"]');
  assert.equal(await row.locator('.title').textContent(), 'Numéro de chambre ou de lit');
  assert.equal(await row.locator('.id').textContent(), 'room-bed');
  assert.equal(await options.evaluate(() => document.querySelector('input[name="rule-room-bed"]').labels[0].textContent), 'Numéro de chambre ou de lit');
  assert.ok(await row.locator('.example mark').textContent(), 'what the rule matched is marked');
  // Every rule has a title other than its id, and the ~20 "Nom d'un patient" rules show different details.
  const rows = await options.locator('li.rule').evaluateAll((els) => els.map((e) => ({
    id: e.dataset.rule, title: e.querySelector('.title').textContent, detail: e.querySelector('.rule-detail')?.textContent ?? '',
    describedBy: e.querySelector('input').getAttribute('aria-describedby'),
  })));
  assert.equal(rows.filter((r) => r.title === r.id).length, 0, 'every engine rule has a title');
  const names = rows.filter((r) => r.title === "Nom d'un patient");
  assert.ok(names.length >= 10, `${names.length} rules titled "Nom d'un patient"`);
  assert.equal(new Set(names.map((r) => r.detail)).size, names.length, 'each shows its own example and description');
  assert.ok(rows.every((r) => r.describedBy), 'details are the checkbox\'s description for screen readers');
  await row.scrollIntoViewIfNeeded();
  await shot(options, 'options-rules');
  // One rule off: saved, counted, the category switch shows "mixed", the engine stops flagging it.
  await box.uncheck();
  await waitFor(async () => (await stored())?.disabledRules?.includes('room-bed'), 3000, 'rule disabled');
  // The page updates its counts once the background has answered (the storage write comes first).
  await waitFor(async () => (await id.locator('.cat-count').textContent()) === `1 règle désactivée sur ${total}`, 3000, 'count');
  assert.ok(await catBox('identifier').evaluate((e) => e.indeterminate && !e.checked));
  await page.goto('https://x.com/home');
  await page.click(X);
  await page.keyboard.type(RISKY);
  await waitForHighs(page, ['Mme Perrault', '2 95 10 99 126 111 93']);
  await box.check();
  await waitForHighs(page, RISKY_HIGHS);
  assert.deepEqual((await stored()).disabledRules, []);
  await waitFor(() => catBox('identifier').evaluate((e) => !e.indeterminate && e.checked), 3000, 'category on again');
  await disclosure.click();
  assert.equal(await disclosure.getAttribute('aria-expanded'), 'false');
});

test('options_category_switch_disables_all_its_rules_and_a_reload_shows_it', async () => {
  const ids = await categoryIds('identifier');
  await options.evaluate(() => { document.body.dataset.sinceLoad = '1'; });
  // Keyboard only: Space on the category's checkbox.
  await catBox('identifier').focus();
  await options.keyboard.press('Space');
  await waitFor(async () => JSON.stringify([...((await stored())?.disabledRules ?? [])].sort()) === JSON.stringify([...ids].sort()),
    3000, 'every identifier rule in the disabled list, nothing else');
  // The engine honours it: the post whose three high findings are identifiers no longer highlights them.
  await page.goto('https://x.com/home');
  await page.click(X);
  await page.keyboard.type(RISKY);
  await waitFor(async () => (await highlights(page)).high.length === 0, 5000, 'no identifier highlighted');
  const left = await highlights(page);
  for (const s of RISKY_HIGHS) assert.ok(![...left.medium, ...left.low].includes(s), `${s} not highlighted at all`);
  // A reload shows the category off and each of its rules off.
  await options.reload();
  await options.waitForSelector('body[data-loaded="1"]');
  assert.equal(await options.evaluate(() => document.body.dataset.sinceLoad), undefined, 'the page was reloaded');
  assert.ok(await catBox('identifier').evaluate((e) => !e.checked && !e.indeterminate));
  assert.equal(await catSection('identifier').locator('.cat-count').textContent(), `Les ${ids.length} règles sont désactivées`);
  assert.deepEqual(await catSection('identifier').locator('li.rule input').evaluateAll((els) => els.filter((e) => e.checked).length), 0);
  assert.ok(await catBox('reidentification').isChecked(), 'other categories untouched');
  await catSection('identifier').locator('button.disclosure').click();
  await options.setViewportSize({ width: 900, height: 1100 });
  await options.evaluate(() => window.scrollTo(0, document.querySelector('.rules-box').offsetTop - 10));
  await shot(options, 'options-category-off');
  // Back on with a click: the list is empty again and the highlights come back.
  await catBox('identifier').check();
  await waitFor(async () => (await stored())?.disabledRules?.length === 0, 3000, 'category back on');
  await waitForHighs(page, RISKY_HIGHS);
  await catSection('identifier').locator('button.disclosure').click();
});

test('options_filter_narrows_the_rule_list', async () => {
  const filter = options.locator('#rule-filter');
  assert.equal(await options.evaluate(() => document.getElementById('rule-filter').labels[0].textContent), 'Rechercher une règle');
  assert.deepEqual(await visibleRules(), [], 'all collapsed');
  await filter.fill('chambre');
  const hits = await visibleRules();
  assert.ok(hits.includes('room-bed') && hits.length < 30, `${hits.length} rules for "chambre"`);
  const texts = await options.locator('li.rule').evaluateAll((els) => els.filter((e) => e.checkVisibility())
    .map((e) => e.textContent.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()));
  assert.ok(texts.every((x) => x.includes('chambre')), 'every rule shown mentions it');
  assert.equal(await options.textContent('#rule-filter-count'), `${hits.length} règles correspondent`);
  assert.equal(await catSection('identifier').locator('button.disclosure').getAttribute('aria-expanded'), 'true', 'opened where it matches');
  const shownCats = await options.locator('section.cat').evaluateAll((els) => els.filter((e) => !e.hidden).map((e) => e.dataset.category));
  assert.ok(shownCats.length < CATEGORIES.length, 'categories without a match are hidden');
  await options.evaluate(() => window.scrollTo(0, document.querySelector('.rules-box').offsetTop - 10));
  await shot(options, 'options-filter');
  await filter.fill('room-bed');
  assert.deepEqual(await visibleRules(), ['room-bed']);
  assert.equal(await options.textContent('#rule-filter-count'), '1 règle correspond');
  await filter.press('Enter'); // must not submit the form (a reload)
  assert.deepEqual(await visibleRules(), ['room-bed']);
  // A rule found by the filter still toggles.
  await options.locator('input[name="rule-room-bed"]').uncheck();
  await waitFor(async () => (await stored())?.disabledRules?.includes('room-bed'), 3000, 'disabled from the filtered list');
  await options.locator('input[name="rule-room-bed"]').check();
  await waitFor(async () => (await stored())?.disabledRules?.length === 0, 3000, 'enabled again');
  await filter.fill('zzzz introuvable');
  assert.deepEqual(await visibleRules(), []);
  assert.equal(await options.textContent('#rule-filter-count'), 'Aucune règle ne correspond à « zzzz introuvable ».');
  await filter.press('Escape');
  assert.equal(await filter.inputValue(), '');
  assert.deepEqual(await visibleRules(), [], 'cleared: back to what was open before');
  assert.equal(await options.locator('section.cat:not([hidden])').count(), CATEGORIES.length);
});

test('options_rules_screenshots_in_french_and_english', async () => {
  await options.setViewportSize({ width: 900, height: 1400 });
  // Three rules of one category off (another page's change: the counts follow without a reload).
  await setSettings(ctx, { disabledRules: ['insult-fr', 'insult-en', 'shut-up'] });
  await waitFor(async () => (await catSection('hostile').locator('.cat-count').textContent()).startsWith('3 règles désactivées sur'), 3000, 'count updated');
  assert.ok(await catBox('hostile').evaluate((e) => e.indeterminate));
  for (const lang of ['fr', 'en']) {
    if (lang === 'en') {
      await options.selectOption('select[name=uiLang]', 'en');
      await waitFor(async () => (await stored())?.uiLang === 'en', 3000, 'uiLang en');
      await options.waitForSelector('html[lang=en] body[data-loaded="1"]');
      assert.equal(await catSection('identifier').locator('.cat-name').textContent(), 'Direct identifier');
      assert.match(await catSection('identifier').locator('.cat-count').textContent(), /^\d+ rules, all on$/);
    }
    if (lang === 'en') assert.match(await catSection('hostile').locator('.cat-count').textContent(), /^3 of \d+ rules off$/);
    await options.screenshot({ path: path.join(SHOTS, `options-categories-${lang}.png`), fullPage: true });
    await catSection('identifier').locator('button.disclosure').click();
    await options.evaluate(() => window.scrollTo(0, document.querySelector('.rules-box').offsetTop - 10));
    await shot(options, `options-rules-${lang}`);
    if (lang === 'fr') {
      await options.emulateMedia({ colorScheme: 'dark' });
      await shot(options, 'options-rules-fr-dark');
      await options.emulateMedia({ colorScheme: 'light' });
    }
    await catSection('identifier').locator('button.disclosure').click();
  }
  await options.selectOption('select[name=uiLang]', 'fr');
  await waitFor(async () => (await stored())?.uiLang === 'fr', 3000, 'back to French');
  await options.waitForSelector('html[lang=fr] body[data-loaded="1"]');
  await setSettings(ctx, { disabledRules: [] });
});

// Cold starts: the first restart must answer with the highlight; then more restarts, each woken
// by one typed space, to report the engine-ready time as a median over several cold starts (one
// start varies by tens of ms with whatever else the machine does). Reported, not enforced.
const COLD_STARTS = 9;
test('background_restart_reinstantiates_the_engine_and_answers', async () => {
  const cdp = await ctx.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await page.bringToFront();
  const r = (x) => Math.round(x);
  const runs = [];
  let coldMs = -1;
  for (let i = 0; i < COLD_STARTS; i++) {
    const old = ctx.context.serviceWorkers().at(-1);
    await old?.evaluate(() => { globalThis.secretumSeen = true; }).catch(() => {});
    await cdp.send('ServiceWorker.stopAllWorkers');
    const t0 = Date.now();
    if (i === 0) {
      await page.keyboard.type(' Vu ce matin M. Duval, chambre 9.');
      await waitFor(async () => (await highlights(page)).high.includes('chambre 9'), 10000, 'answer after restart');
      coldMs = Date.now() - t0;
    } else {
      await page.keyboard.type(' ');
    }
    // ms since the worker started: its modules evaluated, the engine's build started, the wasm
    // file read, the engine ready; then the build itself and the first small analysis.
    const st = await waitFor(async () => {
      const sw = ctx.context.serviceWorkers().at(-1);
      return sw?.evaluate(() => (!globalThis.secretumSeen && globalThis.secretumStats?.warmMs >= 0 ? globalThis.secretumStats : null));
    }, 10000, `cold-start stats of restart ${i + 1}`);
    runs.push(st);
  }
  assert.equal(runs.length, COLD_STARTS);
  const byReady = [...runs].sort((a, b) => a.readyMs - b.readyMs);
  const median = byReady[Math.floor(byReady.length / 2)];
  record({
    coldRestartToHighlightMs: coldMs,
    engineReadyAfterColdStartMs: r(median.readyMs),
    engineReadyAfterColdStartRangeMs: [r(byReady[0].readyMs), r(byReady.at(-1).readyMs)],
    coldStarts: runs.length,
    coldStartBreakdownMs: { modulesEvaluated: r(median.moduleAt), engineStarted: r(median.startedAt), wasmReadAndCompiled: r(median.wasmReadAt),
      engineReady: r(median.readyAt), createAnalyzer: r(median.createMs), firstSmallAnalysis: r(median.warmMs) },
  });
});

// Keystroke to updated highlight, 280-character post. Each sample types the digit that makes
// "chambre 9" an identifier: only the engine's answer can paint it (the content script's own
// carry-over of findings cannot), so the figure covers the whole path: the editor's handling of
// the key, reading the text, the message to the background, the analysis, the answer, painting.
// t0 is the keydown's own timestamp in the page. Two end points per sample:
//   registry: when the content script has set the new highlight (its own timestamp, same clock);
//   frame:    the first animation frame that starts with it (what the user sees, vsync-bound);
// and, for comparison, the first frame whose editor text shows the typed digit itself (the site's
// own echo of the key, which no extension can beat): a highlight in the same frame as its
// character adds no visible delay.
// Nothing polls between the two: a polling loop in the page would slow down what it measures.
// Then Backspace removes it (not measured). Figures are reported, not enforced (sanity bound only).
test('benchmark_keystroke_to_highlight_for_a_280_character_post', async () => {
  await page.bringToFront(); // hidden tabs get no animation frames
  await page.goto('https://x.com/home');
  await page.click(X);
  const post = 'Petit miracle ce matin : Mme Perrault, chambre 14 en cardio, est sortie après 3 semaines. '
    + 'Sa fille nous a laissé son 06 71 23 45 98 pour les nouvelles. Merci à toute l\'équipe de nuit, '
    + 'et au service de réanimation pour leur travail remarquable. Son voisin est toujours en chambre ';
  assert.equal(post.length + 1, 280);
  await page.keyboard.insertText(post);
  await waitFor(async () => (await highlights(page)).high.length >= 3, 5000, 'initial highlights');
  // Steady state: the background has compiled every pattern (lazy compilation after a cold start
  // is part of the cold-start figure above, not of typing).
  const warmedMs = await waitFor(() => ctx.context.serviceWorkers().at(-1).evaluate(() => (globalThis.secretumStats.warmedMs >= 0 ? globalThis.secretumStats.warmedMs : null)),
    60000, 'warm-up done');
  const target = 'chambre 9';
  // Stages (ms, this page's clock; the background's absolute clock converted):
  //   toKeydown: the keydown's timestamp -> its dispatch in the page (browser input routing: not ours)
  //   toChange: dispatch -> the content script sees the change (the editor's own handling of the key)
  //   toSend: change seen -> request posted;  toBackground / inBackground / fromBackground: the
  //   port hop, the background's handling (analysis included), the hop back;  toPaint: answer ->
  //   highlight set;  toFrame: highlight set -> the first frame that shows it (vsync wait).
  const stages = { toKeydown: [], toChange: [], toSend: [], toBackground: [], inBackground: [], fromBackground: [], toPaint: [], toFrame: [] };
  const registry = [];
  const frame = [];
  const charFrame = []; // keydown -> the first frame showing the typed character itself
  const names = await highlightNames(page);
  for (let i = 0; i < 40; i++) {
    await page.evaluate(({ want, name }) => {
      const has = () => [...(CSS.highlights.get(name) ?? [])].some((r) => r.toString() === want);
      window.__lat = new Promise((resolve) => {
        let t0 = null;
        let d0 = null;
        addEventListener('keydown', (e) => { t0 = e.timeStamp; d0 = performance.now(); }, { once: true, capture: true });
        let charAt = null; // the first frame whose editor text has the typed digit (the site's own echo)
        const typed = () => (document.activeElement?.textContent ?? '').includes(want);
        const onFrame = () => {
          const now = performance.now();
          if (t0 !== null && charAt === null && typed()) charAt = now;
          if (t0 !== null && has()) resolve({ t0, d0, frame: now - t0, frameAt: now, charFrame: (charAt ?? now) - t0 });
          else requestAnimationFrame(onFrame);
        };
        requestAnimationFrame(onFrame);
      });
    }, { want: target, name: names.high });
    await page.keyboard.type('9');
    const r = await page.evaluate(() => window.__lat);
    frame.push(r.frame);
    charFrame.push(r.charFrame);
    const tm = (await contentStats(page)).timing; // same clock as the page's keydown timestamp
    registry.push(tm.paintedAt - r.t0);
    stages.toKeydown.push(r.d0 - r.t0);
    stages.toChange.push(tm.changedAt - r.d0);
    stages.toSend.push(tm.sentAt - tm.changedAt);
    stages.toBackground.push(tm.bgReceivedAt - tm.sentAt);
    stages.inBackground.push(tm.bgAnsweredAt - tm.bgReceivedAt);
    stages.fromBackground.push(tm.answeredAt - tm.bgAnsweredAt);
    stages.toPaint.push(tm.paintedAt - tm.answeredAt);
    stages.toFrame.push(r.frameAt - tm.paintedAt);
    await page.keyboard.press('Backspace');
    await waitFor(async () => !(await highlights(page)).high.includes(target), 5000, 'removed');
  }
  const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
  const sw = await ctx.context.serviceWorkers().at(-1).evaluate(() => globalThis.secretumStats?.analyzeMs ?? []);
  const p50s = Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, +pct(v, 0.5).toFixed(1)]));
  const p95s = Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, +pct(v, 0.95).toFixed(1)]));
  record({
    stagesP50Ms: p50s,
    stagesP95Ms: p95s,
    warmUpMs: Math.round(warmedMs),
    postLength: post.length + 1,
    keystrokeToHighlightP50Ms: +pct(frame, 0.5).toFixed(1),
    keystrokeToHighlightP95Ms: +pct(frame, 0.95).toFixed(1),
    keystrokeToCharacterP50Ms: +pct(charFrame, 0.5).toFixed(1),
    keystrokeToCharacterP95Ms: +pct(charFrame, 0.95).toFixed(1),
    // Frames the highlight arrives after the character it belongs to (0: the same frame).
    highlightFramesAfterCharacter: Object.fromEntries([...frame.keys()].reduce((m, i) => {
      const k = Math.max(0, Math.round((frame[i] - charFrame[i]) / (1000 / 60)));
      return m.set(k, (m.get(k) ?? 0) + 1);
    }, new Map())),
    keystrokeToRegistryP50Ms: +pct(registry, 0.5).toFixed(1),
    keystrokeToRegistryP95Ms: +pct(registry, 0.95).toFixed(1),
    engineAnalyzeP50Ms: pct(sw, 0.5),
    engineAnalyzeP95Ms: pct(sw, 0.95),
    loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
  });
  assert.ok(pct(frame, 0.95) < 250, `p95 ${pct(frame, 0.95)} ms`);
});

function record(obj) {
  const file = path.join(ROOT, 'build/e2e/benchmark.json');
  const prev = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...prev, ...obj, chromiumExtensionReadyMs: Math.round(ctx.readyMs) }, null, 2));
  console.log('benchmark', JSON.stringify(obj));
}
