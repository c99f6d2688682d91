// What a hostile page can do to Secretum's UI, in Chromium (SECURITY.md, "What a hostile page
// can do"): the page's own scripts (main world, page.evaluate) try to read the card and badge,
// open the card, and press "disable this rule", "fix", "ignore here", the badge and "publish
// anyway" with synthetic events. None of it may work. Events a page could dispatch on a leaked
// reference are simulated from the extension's world (lib/ui.mjs 'syntheticClick': untrusted too).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startChromium, highlights, waitForHighs, model, published, clickHighlight, waitFor, setSettings, ui, contentStats,
  sendFromContentScript, storageFromContentScript, RISKY, RISKY_HIGHS,
} from '../lib/harness.mjs';

let ctx;
let page;
const INLINE = '[data-testid="tweetTextarea_0"]';
const storedRules = async () => (await ctx.sw.evaluate(() => chrome.storage.sync.get('settings'))).settings?.disabledRules ?? [];

/** Viewport centre of the painted range whose text is `text`, read in the page's world. */
const centreOf = (text) => page.evaluate((t) => {
  for (const [, h] of CSS.highlights) {
    for (const r of h) if (r.toString() === t) { const b = r.getClientRects()[0]; return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; }
  }
  return null;
}, text);

before(async () => {
  ctx = await startChromium();
  await setSettings(ctx, { uiLang: 'fr' });
  page = await ctx.context.newPage();
  // A page that patches attachShadow before any extension code runs, to capture every shadow root.
  await page.addInitScript(() => {
    const orig = Element.prototype.attachShadow;
    window.__captured = [];
    Element.prototype.attachShadow = function attachShadow(init) {
      const root = orig.call(this, init);
      window.__captured.push(this.localName);
      return root;
    };
  });
  await page.goto('https://x.com/home');
  await page.click(INLINE);
  await page.keyboard.type(RISKY);
  await waitForHighs(page, RISKY_HIGHS);
  await ui(page, '.badge').waitFor();
});
after(async () => {
  await ctx?.browser.close();
  await ctx?.net.close();
});

test('page_script_cannot_read_the_card_or_the_badge', async () => {
  await clickHighlight(page, 'Mme Perrault'); // a real click: the card opens
  await ui(page, '.card').waitFor();
  assert.equal(await ui(page, '.card h2').textContent(), "Nom d'une patiente");
  const seen = await page.evaluate(() => {
    const host = document.querySelector('secretum-ui');
    return {
      shadowRoot: host.shadowRoot,
      children: host.childNodes.length,
      html: host.innerHTML,
      text: document.documentElement.innerText.includes("Nom d'une patiente"),
      cards: document.querySelectorAll('.card, .badge, .dialog').length,
      captured: window.__captured,
    };
  });
  assert.equal(seen.shadowRoot, null, 'closed shadow root');
  assert.equal(seen.children, 0);
  assert.equal(seen.html, '');
  assert.equal(seen.text, false, "the card's text is not in the page's text");
  assert.equal(seen.cards, 0);
  assert.ok(!seen.captured.includes('secretum-ui'), `a patched attachShadow in the page saw nothing: ${seen.captured}`);
  // A real click on the card: the page's listener sees the event stop at the host.
  await page.evaluate(() => {
    window.__path = null;
    addEventListener('mousedown', (e) => { window.__path = e.composedPath().map((n) => n.localName ?? n.nodeName ?? 'window'); }, { once: true, capture: true });
  });
  const r = await ui(page, '.card h2').rect();
  await page.mouse.move(r.x, r.y);
  await page.mouse.down();
  await page.mouse.up();
  const pathSeen = await page.evaluate(() => window.__path);
  assert.equal(pathSeen[0], 'secretum-ui', `composedPath stops at the host: ${pathSeen}`);
  assert.equal(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y).localName, r), 'secretum-ui');
  await page.keyboard.press('Escape');
  await ui(page, '.card').waitFor({ state: 'detached' });
});

test('page_script_cannot_open_the_card_with_synthetic_mouse_or_keys', async () => {
  const pt = await centreOf('chambre 14');
  const before = await contentStats(page);
  const opened = await page.evaluate(async ({ x, y }) => {
    const target = document.elementFromPoint(x, y);
    for (const t of [window, document, target]) {
      t.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, composed: true }));
    }
    target.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true }));
    // Two frames: any hover handling would have run (and armed its timer) by then.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return document.querySelector('secretum-ui')?.shadowRoot;
  }, pt);
  assert.equal(opened ?? null, null);
  const after = await contentStats(page);
  assert.equal(after.hoverEvents, before.hoverEvents, 'synthetic mousemoves ignored');
  assert.equal(after.keyEvents, before.keyEvents, 'synthetic Alt+Shift+S ignored');
  assert.equal(after.cardsOpened, before.cardsOpened, 'no card opened');
  assert.equal(await ui(page, '.card').count(), 0);
  // Control: the same gesture from the user (trusted) does open the card.
  await page.mouse.move(pt.x, pt.y);
  await ui(page, '.card').waitFor({ timeout: 5000 });
  assert.equal((await contentStats(page)).cardsOpened, before.cardsOpened + 1);
  await page.keyboard.press('Escape');
  await ui(page, '.card').waitFor({ state: 'detached' });
});

// The page shares the CSS.highlights registry: the names it can list say neither "Secretum" nor
// the severity, change with each page load, and their styles are in no stylesheet the page can read.
test('highlight_names_are_random_per_page_and_their_styles_hidden_from_the_page', async () => {
  await waitForHighs(page, RISKY_HIGHS);
  const look = () => page.evaluate((sel) => {
    const names = [...CSS.highlights.keys()];
    const el = document.querySelector(sel);
    const styles = Object.fromEntries(names.map((n) => [n, getComputedStyle(el, `::highlight(${n})`).backgroundColor]));
    const sheets = [...document.styleSheets].map((s) => { try { return [...s.cssRules].map((r) => r.cssText).join('\n'); } catch { return ''; } }).join('\n');
    return { names, styles, sheetsMention: names.some((n) => sheets.includes(n)) || /highlight/.test(sheets) };
  }, INLINE);
  const first = await look();
  assert.ok(first.names.length >= 1);
  for (const n of first.names) {
    assert.match(n, /^[a-z]{12}$/, n);
    assert.ok(!/secretum|^(high|medium|low|active|signal)$/.test(n), n);
  }
  assert.equal(first.sheetsMention, false, 'no page-readable stylesheet names them');
  const highName = (await page.evaluate(() => [...CSS.highlights].find(([, h]) => h.priority === 3)?.[0]));
  assert.equal(first.styles[highName], 'rgba(240, 68, 56, 0.2)', 'the extension stylesheet styles the random name');
  await page.reload();
  await page.click(INLINE);
  await page.keyboard.type(RISKY);
  await waitForHighs(page, RISKY_HIGHS);
  const second = await look();
  assert.equal(second.names.filter((n) => first.names.includes(n)).length, 0, 'new names after a reload');
});

test('synthetic_clicks_cannot_press_disable_fix_ignore_or_the_badge', async () => {
  await clickHighlight(page, 'Mme Perrault'); // its card has all four actions
  const card = ui(page, '.card');
  await card.waitFor();
  // The page's own means: click the host, or at the button's position.
  const btn = await card.locator('button.disable').rect();
  await page.evaluate(({ x, y }) => {
    const host = document.querySelector('secretum-ui');
    host.click();
    document.elementFromPoint(x, y).dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, composed: true }));
  }, btn);
  // A leaked reference: untrusted click(), dispatchEvent and Enter on each action.
  for (const sel of ['button.disable', 'button.fix', 'button.ignore', 'button.close']) {
    assert.equal(await card.locator(sel).syntheticClick(), true, sel);
  }
  assert.equal(await card.count(), 1, 'the card is still open');
  assert.deepEqual(await storedRules(), [], 'no rule disabled');
  assert.equal(await model(page, 'tweetTextarea_0'), RISKY, 'no fix applied');
  assert.deepEqual((await highlights(page)).high, RISKY_HIGHS, 'nothing ignored');
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  await ui(page, '.badge').syntheticClick();
  assert.equal(await ui(page, '.list-card').count(), 0, 'the badge ignores a synthetic click');
  await ui(page, '.badge').click();
  await ui(page, '.list-card').waitFor();
  assert.equal(await ui(page, '.list-card li').count(), 3, 'a real click opens the list');
  await page.keyboard.press('Escape');
  await ui(page, '.list-card').waitFor({ state: 'detached' });
  // Control: a real click on "disable this rule" works.
  await clickHighlight(page, 'chambre 14');
  await card.waitFor();
  await card.locator('button.disable').click();
  await waitFor(async () => (await storedRules()).includes('room-bed'), 3000, 'rule disabled by a real click');
  assert.equal(await ctx.context.serviceWorkers().at(-1).evaluate(() => globalThis.secretumStats.disableRequests), 1, 'one click, one request');
  await setSettings(ctx, { disabledRules: [] });
  await waitFor(async () => (await storedRules()).length === 0, 3000, 'rule enabled again');
  await waitForHighs(page, RISKY_HIGHS);
});

test('reading_the_settings_never_writes_them', async () => {
  // Chromium hands stored objects back with sorted keys; a read that took that for a change wrote
  // the settings back, and a write-back from a stale read once undid a newer write on CI.
  await setSettings(ctx, { disabledRules: [] });
  // Count calls to set(), not change events: Chromium sends no event for an identical value.
  await ctx.sw.evaluate(() => {
    globalThis.syncWrites = 0;
    const area = chrome.storage.sync;
    const set = area.set.bind(area);
    area.set = (...a) => { globalThis.syncWrites++; return set(...a); };
  });
  for (let i = 0; i < 3; i++) await sendFromContentScript(page, { type: 'secretum/state', site: 'x' });
  assert.equal(await ctx.sw.evaluate(() => globalThis.syncWrites), 0, 'three reads, no write');
  await setSettings(ctx, { disabledRules: ['room-bed'] }); // control: a write is counted
  assert.equal(await ctx.sw.evaluate(() => globalThis.syncWrites), 1, 'the counter sees a write');
  await setSettings(ctx, { disabledRules: [] });
  await waitFor(async () => (await storedRules()).length === 0, 3000, 'rule enabled again');
});

test('synthetic_clicks_cannot_confirm_publish_anyway', async () => {
  await page.click('[data-testid="tweetButtonInline"]');
  const dialog = ui(page, '.dialog');
  await dialog.waitFor();
  await dialog.locator('button.confirm').syntheticClick();
  await ui(page, '.backdrop').syntheticClick();
  assert.equal(await dialog.count(), 1, 'still asking');
  assert.deepEqual(await published(page), [], 'nothing published');
  await dialog.locator('button.cancel').click();
  await dialog.waitFor({ state: 'detached' });
  assert.deepEqual(await published(page), []);
});

test('a_content_script_can_neither_read_nor_change_the_settings_only_disable_a_known_rule_and_undo_that', async () => {
  await ctx.sw.evaluate(() => chrome.storage.local.set({ localSettings: { version: 2, watchTerms: ['CHU Nord'] } }));
  const [csLocal, csSync] = await storageFromContentScript(page);
  assert.match(csLocal, /^error: /, `storage.local is closed to content scripts (Chromium): ${csLocal}`);
  assert.match(csSync, /^error: /, `storage.sync too: ${csSync}`);
  const read = await sendFromContentScript(page, { type: 'secretum/get-settings' });
  assert.deepEqual(read, { ok: false, error: 'extension pages only' });
  const write = await sendFromContentScript(page, { type: 'secretum/set-settings', patch: { enabled: false, watchTerms: [] } });
  assert.deepEqual(write, { ok: false, error: 'extension pages only' });
  assert.deepEqual((await sendFromContentScript(page, { type: 'secretum/disable-rule', rule: 'no-such-rule' })).ok, false);
  assert.deepEqual(await storedRules(), []);
  const { local, sync } = await ctx.sw.evaluate(async () => ({ local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null) }));
  assert.deepEqual(local.localSettings.watchTerms, ['CHU Nord'], 'watch terms untouched');
  assert.equal(sync.settings?.enabled ?? true, true, 'still enabled');
  assert.equal((await sendFromContentScript(page, { type: 'secretum/undo-disable', undo: '0'.repeat(32) })).ok, false, 'no token, no undo');
  const disabled = await sendFromContentScript(page, { type: 'secretum/disable-rule', rule: 'room-bed' });
  assert.equal(disabled.ok, true);
  assert.match(disabled.undo, /^[0-9a-f]{32}$/);
  assert.deepEqual(await storedRules(), ['room-bed']);
  // The token undoes that one change, once.
  assert.deepEqual(await sendFromContentScript(page, { type: 'secretum/undo-disable', undo: disabled.undo }), { ok: true });
  assert.deepEqual(await storedRules(), []);
  assert.equal((await sendFromContentScript(page, { type: 'secretum/undo-disable', undo: disabled.undo })).ok, false, 'used up');
  await sendFromContentScript(page, { type: 'secretum/disable-rule', rule: 'room-bed' });
  assert.deepEqual(await storedRules(), ['room-bed']);
  await setSettings(ctx, { disabledRules: [] });
  await ctx.sw.evaluate(() => chrome.storage.local.set({ localSettings: { version: 2, watchTerms: [] } }));
});
