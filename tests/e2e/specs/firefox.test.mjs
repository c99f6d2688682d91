// Firefox ESR run (puppeteer-core over WebDriver BiDi) with the built Firefox extension: the same
// behaviour as in Chromium on the three replicas, the per-site switch, and the network/storage audit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startNetwork } from '../lib/server.mjs';
import { launchFirefox } from '../lib/firefox.mjs';
import { HOSTS } from '../lib/replicas.mjs';
import { RISKY, RISKY_HIGHS, FIXED, SHOTS } from '../lib/harness.mjs';
import { waitFor } from '../lib/chromium.mjs';
import { uiLocator, uiStats } from '../lib/ui.mjs';
import fs from 'node:fs';
import path from 'node:path';

// Firefox's remote-settings service, contacted by Firefox itself: a run with the same prefs and
// no extension makes the same connections. Any request by the extension would have to go to a
// replica host (its only host permissions) and would show as an unexpected path below.
const FIREFOX_OWN_HOSTS = new Set(['firefox.settings.services.mozilla.com']);

let net;
let ff;
let ext; // an extension page, to reach browser.* APIs
let page;

// The high-severity highlight, found as a page could (random names; priority 3: content/highlighter.js).
const highs = (p) => p.evaluate(() => [...CSS.highlights.values()].filter((h) => h.priority === 3).flatMap((h) => [...h]).map((r) => r.toString()));
const model = (p, name) => p.evaluate((n) => window.__replica.models[n](), name);
const waitHighs = (p, want) => waitFor(async () => JSON.stringify(await highs(p)) === JSON.stringify(want), 15000, `highs ${want}`);
// The closed UI, read from the content script's world through the options page (lib/ui.mjs).
const ui = (p, sel) => uiLocator((src) => ext.evaluate(src), p, sel);
const shot = (p, name) => { fs.mkdirSync(SHOTS, { recursive: true }); return p.screenshot({ path: path.join(SHOTS, `${name}.png`) }); };

// moz-extension navigations may report a detached frame, and the wait on the page's content
// then fails at once: try again with a fresh page (at most three times).
async function openExtensionPage(file) {
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const p = await ff.browser.newPage();
    p.goto(`${ff.base}/${file}`).catch(() => {});
    try {
      await p.waitForSelector('body[data-loaded="1"]', { timeout: 30000 });
      return p;
    } catch (e) {
      lastError = e;
      await p.close().catch(() => {});
    }
  }
  throw lastError;
}

before(async () => {
  net = await startNetwork();
  ff = await launchFirefox(net);
  ext = await openExtensionPage('options/options.html');
  await waitFor(() => ext.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).length === 3), 10000, 'registration');
  await ext.evaluate(() => browser.storage.sync.set({ settings: { version: 1, uiLang: 'fr' } }));
  page = await ff.browser.newPage();
});
after(async () => {
  await ff?.close();
  await net?.close();
});

test('firefox_highlights_on_draft_lexical_quill_and_editor_models_intact', async () => {
  await page.goto('https://x.com/home');
  await page.click('[data-testid="tweetTextarea_0"]');
  await page.keyboard.type(RISKY);
  await waitHighs(page, RISKY_HIGHS);
  assert.equal(await model(page, 'tweetTextarea_0'), RISKY);
  await shot(page, 'firefox-x-highlights');

  await page.goto('https://www.facebook.com/');
  await page.click('#open-composer');
  await page.waitForSelector('#composer-dialog [data-lexical-editor="true"]');
  await page.keyboard.type(RISKY);
  await waitHighs(page, RISKY_HIGHS);
  assert.equal(await model(page, 'post'), RISKY);

  await page.goto('https://www.linkedin.com/feed/');
  await page.click('#start-post');
  await page.waitForSelector('#share-dialog .ql-editor');
  await page.keyboard.type(RISKY);
  await waitHighs(page, RISKY_HIGHS);
  assert.equal(await model(page, 'share'), RISKY);
});

test('firefox_card_opens_on_click_and_fix_goes_through_quill', async () => {
  const pt = await page.evaluate(() => {
    const r = [...CSS.highlights.values()].filter((h) => h.priority === 3).flatMap((h) => [...h]).find((x) => x.toString() === 'Mme Perrault').getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(pt.x, pt.y);
  const c = ui(page, '.card');
  await c.waitFor({ timeout: 10000 });
  const card = { title: await c.locator('h2').textContent(), why: await c.locator('.why').textContent(),
    src: await c.locator('.sources a').textContent() };
  assert.equal(card.title, "Nom d'une patiente");
  assert.match(card.why, /secret/);
  assert.match(card.src, /R\.4127-4/);
  await shot(page, 'firefox-linkedin-card');
  await c.locator('button.fix').click();
  await waitFor(async () => (await model(page, 'share')) === FIXED, 5000, 'Quill model fixed in Firefox');
  await waitHighs(page, ['chambre 14', '2 95 10 99 126 111 93']);
});

test('firefox_page_cannot_read_the_card_nor_press_its_buttons', async () => {
  const pt = await page.evaluate(() => {
    const r = [...CSS.highlights.values()].filter((h) => h.priority === 3).flatMap((h) => [...h]).find((x) => x.toString() === 'chambre 14').getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(pt.x, pt.y);
  const card = ui(page, '.card');
  await card.waitFor({ timeout: 10000 });
  const seen = await page.evaluate(() => {
    const host = document.querySelector('secretum-ui');
    return { root: host.shadowRoot, html: host.innerHTML, found: document.querySelectorAll('.card').length };
  });
  assert.deepEqual(seen, { root: null, html: '', found: 0 }, 'closed shadow root');
  await page.evaluate(() => document.querySelector('secretum-ui').click());
  assert.equal(await card.locator('button.disable').syntheticClick(), true);
  assert.equal(await card.count(), 1, 'the card ignores synthetic clicks');
  const stored = await ext.evaluate(async () => (await browser.storage.sync.get('settings')).settings?.disabledRules ?? []);
  assert.deepEqual(stored, [], 'no rule disabled');
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
});

test('firefox_speed_bump_on_publish', async () => {
  await page.click('#share-dialog .share-actions__primary-action');
  await ui(page, '.dialog').waitFor({ timeout: 10000 });
  assert.deepEqual(await page.evaluate(() => window.__replica.published), []);
  await ui(page, '.dialog button.confirm').click();
  await waitFor(async () => (await page.evaluate(() => window.__replica.published.length)) === 1, 3000, 'published');
});

test('firefox_site_switch_off_removes_highlights_at_once', async () => {
  await page.click('div.tiptap.ProseMirror');
  await page.keyboard.type(RISKY);
  await waitHighs(page, RISKY_HIGHS);
  const tab = await ext.evaluate(async () => (await browser.tabs.query({ url: 'https://www.linkedin.com/*' }))[0].id);
  const popup = await openExtensionPage(`popup/popup.html?tab=${tab}`);
  await popup.waitForSelector('body[data-ready="1"]');
  assert.equal(await popup.$eval('#n-high', (e) => e.textContent), '3');
  await popup.click('#site');
  await page.bringToFront();
  await waitFor(async () => (await page.evaluate(() => CSS.highlights.size)) === 0, 3000, 'highlights removed');
  const ids = await ext.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id));
  assert.ok(!ids.includes('secretum-site-linkedin'));
  assert.equal(await model(page, 'comment'), RISKY);
});

test('firefox_zero_network_requests_and_no_post_text_stored', async () => {
  const outside = net.log.filter((l) => l.via !== 'replica' && !(l.via === 'proxy-connect' && (HOSTS[l.host] || FIREFOX_OWN_HOSTS.has(l.host))));
  assert.deepEqual(outside, [], 'every connection went to a replica host (or is Firefox\'s own)');
  const odd = net.log.filter((l) => l.via === 'replica' && !/^\/(assets\/[a-z]+\.(js|css)|favicon\.ico|home|feed\/|)$/.test(l.url));
  assert.deepEqual(odd, []);
  const dump = await ext.evaluate(async () => JSON.stringify({ sync: await browser.storage.sync.get(null),
    local: await browser.storage.local.get(null), session: await browser.storage.session.get(null) }));
  for (const n of ['Perrault', '2 95 10 99']) assert.ok(!dump.includes(n), dump);
});
