// Robustness of the extension (issue 7), in Chromium: settings found corrupt or in an older
// layout, the background stopped while the user types, a site redesign that hides every
// composer, and the privacy audit (no request, no post text or watch term where it must not be).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startChromium, highlights, waitForHighs, waitFor, model, contentStats, assertNoExtensionNetwork, assertNothingStored,
} from '../lib/harness.mjs';

let ctx;
let page;
const X = '[data-testid="tweetTextarea_0"]';
const areas = () => ctx.sw.evaluate(async () => ({
  sync: await chrome.storage.sync.get(null), local: await chrome.storage.local.get(null) }));

before(async () => {
  ctx = await startChromium();
  page = await ctx.context.newPage();
});
after(async () => {
  await ctx?.browser.close();
  await ctx?.net.close();
});

test('version_1_settings_with_corrupt_fields_migrate_keep_the_rest_and_move_watch_terms_to_local', async () => {
  // As a version 1 build left them, with two fields damaged.
  await ctx.sw.evaluate(() => chrome.storage.sync.set({ settings: {
    version: 1, uiLang: 'fr', jurisdiction: 'qc', minSeverity: 42, disabledRules: 'room-bed', speedBump: false,
    watchTerms: ['CHU Nord', 'Bléville'] } }));
  await waitFor(async () => (await areas()).sync.settings?.version === 2, 5000, 'migrated and written back');
  const { sync, local } = await areas();
  assert.deepEqual(sync.settings, { version: 2, enabled: true, sites: { x: true, facebook: true, linkedin: true }, uiLang: 'fr',
    jurisdiction: 'qc', minSeverity: 'low', disabledRules: [], speedBump: false }, 'valid fields kept, corrupt ones reset, no watch term');
  assert.deepEqual(local.localSettings, { version: 2, watchTerms: ['CHU Nord', 'Bléville'] });
  await page.goto('https://x.com/home');
  await page.click(X);
  await page.keyboard.type('Garde au CHU Nord, Mme Perrault va mieux.');
  await waitFor(async () => JSON.stringify(await highlights(page)) === JSON.stringify({ high: ['Mme Perrault'], medium: ['CHU Nord'], low: [] }),
    10000, 'watch term from storage.local flagged');
  // Garbage in both areas: defaults, and the extension keeps working.
  await ctx.sw.evaluate(() => Promise.all([chrome.storage.sync.set({ settings: 'garbage' }), chrome.storage.local.set({ localSettings: [1, 2] })]));
  await waitFor(async () => JSON.stringify(await highlights(page)) === JSON.stringify({ high: ['Mme Perrault'], medium: [], low: [] }),
    10000, 'defaults after garbage');
  await ctx.sw.evaluate(() => chrome.storage.sync.set({ settings: { version: 2, uiLang: 'fr' } }));
});

test('background_stopped_mid_typing_keeps_the_highlights_and_answers_the_last_keystroke', async () => {
  await page.goto('https://x.com/home');
  await page.click(X);
  await page.keyboard.type('Vu M. Duval, chambre 9. ');
  await waitFor(async () => (await highlights(page)).high.includes('chambre 9'), 10000, 'first highlight');
  const cdp = await ctx.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  // Stop the worker while the user keeps typing: after each keystroke the highlight already there
  // must still be painted on the same words.
  await cdp.send('ServiceWorker.stopAllWorkers');
  const lost = [];
  for (const ch of 'Sa fille : 06 71 23 45 98') {
    await page.keyboard.type(ch);
    const h = (await highlights(page)).high;
    if (!h.includes('chambre 9')) lost.push(JSON.stringify(h));
  }
  assert.deepEqual(lost, [], 'the existing highlight stayed while the background restarted');
  await waitFor(async () => (await highlights(page)).high.includes('06 71 23 45 98'), 15000, 'the new finding once the engine is back');
  // Stopped right after the last keystroke, with no input afterwards: the request that failed is retried.
  await page.keyboard.type(' Box 7');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await waitFor(async () => (await highlights(page)).high.some((t) => /Box 7/i.test(t)), 15000, 'answer for the last keystroke without more input');
  assert.equal(await model(page, 'tweetTextarea_0'), 'Vu M. Duval, chambre 9. Sa fille : 06 71 23 45 98 Box 7');
  await cdp.detach();
});

test('redesigned_site_without_a_reachable_composer_does_nothing_and_throws_nothing', async () => {
  const cdp = await ctx.context.newCDPSession(page);
  const exceptions = [];
  cdp.on('Runtime.exceptionThrown', (e) => exceptions.push(e.exceptionDetails?.exception?.description ?? e.exceptionDetails?.text));
  await cdp.send('Runtime.enable');
  await page.goto('https://x.com/home?layout=redesign');
  await page.click('[data-testid="composerV2"]');
  await page.keyboard.type('Mme Perrault, chambre 14, NIR 2 95 10 99 126 111 93');
  assert.equal(await model(page, 'redesign'), 'Mme Perrault, chambre 14, NIR 2 95 10 99 126 111 93', 'the site still works');
  // 120 frames of a DOM that changes every frame.
  const before = await contentStats(page);
  const frames = await page.evaluate(() => new Promise((resolve) => {
    let n = 0;
    const t0 = performance.now();
    const step = () => (++n < 120 ? requestAnimationFrame(step) : resolve({ n, ms: performance.now() - t0 }));
    requestAnimationFrame(step);
  }));
  const stats = await contentStats(page);
  assert.equal(stats.composers, 0, 'no composer found');
  assert.equal(stats.requests, 0, 'nothing sent to the background');
  assert.equal(stats.scanErrors, 0);
  const scans = stats.scans - before.scans;
  assert.ok(scans <= frames.n + 5, `scans coalesced to at most one per frame (${scans} for ${frames.n} frames)`);
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  assert.equal(await page.evaluate(() => document.querySelector('secretum-ui')), null, 'no UI drawn');
  assert.deepEqual(exceptions, [], 'no exception in any world of the page');
  await cdp.detach();
});

test('privacy_audit_no_request_no_post_text_and_watch_terms_never_in_sync', async () => {
  assertNoExtensionNetwork(ctx);
  await assertNothingStored(ctx, ['Perrault', 'Duval', '06 71 23', '2 95 10 99']);
  const { sync } = await areas();
  assert.ok(!JSON.stringify(sync).includes('CHU Nord'), 'watch terms never left in storage.sync');
});
