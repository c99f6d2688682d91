// Options page, service-worker restarts and the speed benchmark, in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startChromium, highlights, waitForHighs, waitFor, shot, RISKY, RISKY_HIGHS, ui, uiFocused, contentStats,
} from '../lib/harness.mjs';
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

test('options_watch_terms_are_flagged_and_min_severity_filters', async () => {
  await options.fill('textarea[name=watchTerms]', 'CHU Nord\nBléville');
  await options.locator('textarea[name=watchTerms]').blur();
  await waitFor(async () => (await stored())?.watchTerms?.length === 2, 3000, 'terms saved');
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

test('options_rule_toggle_disables_a_rule', async () => {
  const box = options.locator('input[name="rule-room-bed"]');
  assert.ok(await box.isChecked());
  await box.uncheck();
  await waitFor(async () => (await stored())?.disabledRules?.includes('room-bed'), 3000, 'rule disabled');
  await page.goto('https://x.com/home');
  await page.click(X);
  await page.keyboard.type(RISKY);
  await waitForHighs(page, ['Mme Perrault', '2 95 10 99 126 111 93']);
  await box.check();
  await waitForHighs(page, RISKY_HIGHS);
});

test('background_restart_reinstantiates_the_engine_and_answers', async () => {
  const cdp = await ctx.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.bringToFront();
  await page.keyboard.type(' Vu ce matin M. Duval, chambre 9.');
  const t0 = Date.now();
  await waitFor(async () => (await highlights(page)).high.includes('chambre 9'), 10000, 'answer after restart');
  const coldMs = Date.now() - t0;
  const sw = ctx.context.serviceWorkers().at(-1);
  const readyMs = await sw.evaluate(() => globalThis.secretumStats?.readyMs).catch(() => null);
  record({ coldRestartToHighlightMs: coldMs, engineReadyAfterColdStartMs: readyMs });
});

test('benchmark_keystroke_to_highlight_for_a_280_character_post', async () => {
  await page.bringToFront(); // hidden tabs get no animation frames
  await page.goto('https://x.com/home');
  await page.click(X);
  const post = 'Petit miracle ce matin : Mme Perrault, chambre 14 en cardio, est enfin sortie après 3 semaines. '
    + 'Sa fille nous a laissé son 06 71 23 45 98 pour les nouvelles. Merci à toute l\'équipe de nuit, '
    + 'et au service de réanimation pour leur travail remarquable';
  await page.keyboard.insertText(post);
  await waitFor(async () => (await highlights(page)).high.length >= 3, 5000, 'initial highlights');
  const samples = [];
  for (let i = 0; i < 25; i++) {
    await page.evaluate(() => {
      window.__t0 = performance.now();
      window.__before = CSS.highlights.get('secretum-high');
      window.__lat = new Promise((resolve) => {
        const tick = () => (CSS.highlights.get('secretum-high') !== window.__before ? resolve(performance.now() - window.__t0) : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      });
    });
    await page.keyboard.type('.');
    samples.push(await page.evaluate(() => window.__lat));
  }
  samples.sort((a, b) => a - b);
  const p50 = samples[Math.floor(samples.length * 0.5)];
  const p95 = samples[Math.floor(samples.length * 0.95)];
  record({ keystrokeToHighlightP50Ms: +p50.toFixed(1), keystrokeToHighlightP95Ms: +p95.toFixed(1), postLength: post.length + 25 });
  assert.ok(p95 < 250, `p95 ${p95} ms`); // sanity bound only: the 16 ms target is reported, not enforced
});

function record(obj) {
  const file = path.join(ROOT, 'build/e2e/benchmark.json');
  const prev = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...prev, ...obj, chromiumExtensionReadyMs: Math.round(ctx.readyMs) }, null, 2));
  console.log('benchmark', JSON.stringify(obj));
}
