// X / Twitter replica (Draft.js, the mobile <textarea>) in Chromium with the built extension.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startChromium, highlights, waitForHighs, model, published, clickHighlight, assertCard, assertComposerUntouched,
  assertNoExtensionNetwork, assertNothingStored, shot, waitFor, tabId, setSettings, RISKY, RISKY_HIGHS, FIXED,
  ui, uiFocused, contentStats, withoutHighlightApi,
} from '../lib/harness.mjs';

let ctx;
let page;
const INLINE = '[data-testid="tweetTextarea_0"]';

before(async () => {
  ctx = await startChromium();
  await setSettings(ctx, { uiLang: 'fr' }); // headless Chromium reports an English UI whatever --lang says
  page = await ctx.context.newPage();
});
after(async () => {
  await ctx?.browser.close();
  await ctx?.net.close();
});

test('x_draft_highlights_cover_the_identifiers_typed', async () => {
  await page.goto('https://x.com/home');
  await page.click(INLINE);
  await page.keyboard.type(RISKY);
  await waitForHighs(page, RISKY_HIGHS);
  assert.equal(await ui(page, '.layer.dark').count(), 0, 'light site, light UI');
  assert.equal(await model(page, 'tweetTextarea_0'), RISKY, 'Draft.js ContentState equals what was typed');
  assert.equal(await page.textContent('[data-testid="counter"]'), String(280 - RISKY.length), "the site's counter is unchanged");
  await assertComposerUntouched(page, INLINE);
  const badge = ui(page, '.badge');
  await badge.waitFor();
  assert.match(await badge.getAttribute('aria-label'), /3 haute/);
  await shot(page, 'x-highlights');
});

test('x_card_explains_and_cites_then_fix_goes_through_draft', async () => {
  await clickHighlight(page, 'Mme Perrault');
  const card = await assertCard(page, { title: "Nom d'une patiente", why: /secret/, source: /R\.4127-4/ });
  await shot(page, 'x-card');
  await card.locator('button.fix').click();
  await waitFor(async () => (await model(page, 'tweetTextarea_0')) === FIXED, 3000, 'Draft.js model fixed');
  await waitForHighs(page, ['chambre 14', '2 95 10 99 126 111 93']);
  assert.equal(await page.textContent('[data-testid="counter"]'), String(280 - FIXED.length));
  // The fix is one edit in the editor's own history: undo brings the name back.
  await page.keyboard.press('Control+z');
  await waitFor(async () => (await model(page, 'tweetTextarea_0')) === RISKY, 3000, 'undo restores the text');
  await waitForHighs(page, RISKY_HIGHS);
});

test('x_keyboard_shortcut_opens_a_focused_card_escape_closes_it', async () => {
  await page.click(INLINE);
  await page.keyboard.press('End');
  await page.keyboard.press('Alt+Shift+S');
  const card = ui(page, '.card');
  await card.waitFor();
  assert.equal(await uiFocused(page), 'card');
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  assert.equal(await model(page, 'tweetTextarea_0'), RISKY, 'the shortcut typed nothing');
});

test('x_speed_bump_on_publish_click_and_ctrl_enter', async () => {
  await page.click('[data-testid="tweetButtonInline"]');
  const dialog = ui(page, '.dialog');
  await dialog.waitFor();
  assert.equal(await dialog.locator('h2').textContent(), 'Publier quand même ?');
  await shot(page, 'x-speed-bump');
  await dialog.locator('button.cancel').click();
  await dialog.waitFor({ state: 'detached' });
  assert.deepEqual(await published(page), [], 'cancel does not publish');
  await page.click(INLINE);
  await page.keyboard.press('Control+Enter');
  await dialog.waitFor();
  assert.deepEqual(await published(page), [], 'Ctrl+Enter waits for the answer');
  await dialog.locator('button.confirm').click();
  await waitFor(async () => (await published(page)).length === 1, 3000, 'published after confirming');
  assert.deepEqual(await published(page), [RISKY]);
});

test('x_modal_composer_after_spa_navigation_and_two_composers_at_once', async () => {
  await page.click('[data-testid="SideNav_NewTweet_Button"]');
  const modal = '[data-testid="tweetTextarea_1"]';
  await page.waitForSelector(modal);
  await page.click(modal);
  await page.keyboard.type('Vu ce matin M. Duval, chambre 12 en cardio.');
  await waitFor(async () => (await highlights(page)).high.includes('chambre 12'), 5000, 'modal highlights');
  await page.click('[data-testid="app-bar-close"]');
  await waitFor(async () => !(await highlights(page)).high.includes('chambre 12'), 3000, 'closed composer forgotten');
});

test('x_reply_composer_in_a_dialog_is_watched_with_its_own_speed_bump', async () => {
  await page.goto('https://x.com/home');
  await page.click('[data-testid="reply"]');
  const reply = '[role="dialog"] [data-testid="tweetTextarea_0"]';
  await page.waitForSelector(reply);
  await page.click(reply);
  await page.keyboard.type('Courage à Mme Perrault, chambre 14 !');
  await waitForHighs(page, ['Mme Perrault', 'chambre 14']);
  assert.equal(await model(page, 'reply'), 'Courage à Mme Perrault, chambre 14 !');
  await page.click('[role="dialog"] [data-testid="tweetButton"]');
  const dialog = ui(page, '.dialog');
  await dialog.waitFor();
  await dialog.locator('button.cancel').click();
  await dialog.waitFor({ state: 'detached' });
  await page.click('[data-testid="reply-close"]');
  await waitFor(async () => (await highlights(page)).high.length === 0, 3000, 'closed reply forgotten');
});

test('x_editor_dom_rerendered_by_react_keeps_its_highlights', async () => {
  await page.goto('https://x.com/home');
  await page.click(INLINE);
  await page.keyboard.type(RISKY);
  await waitForHighs(page, RISKY_HIGHS);
  const before = await page.$(INLINE);
  await page.evaluate(() => window.__replica.remount.tweetTextarea_0());
  await waitFor(async () => !(await before.evaluate((el) => el.isConnected)), 3000, 'editor DOM replaced');
  await waitForHighs(page, RISKY_HIGHS);
  assert.equal(await model(page, 'tweetTextarea_0'), RISKY);
  await waitFor(async () => (await contentStats(page)).composers === 2, 3000, 'the old root dropped, the new one watched (and the DM box)');
  await page.click(INLINE);
  await page.keyboard.press('End');
  await page.keyboard.type(', Mme Lemaire');
  await waitForHighs(page, [...RISKY_HIGHS, 'Mme Lemaire']);
});

test('x_mobile_textarea_uses_the_overlay_and_fixes_through_the_textarea', async () => {
  await page.goto('https://x.com/home?layout=mobile');
  await page.click('textarea');
  await page.keyboard.type(RISKY);
  const boxes = ui(page, '.box.high');
  await waitFor(async () => (await boxes.count()) >= 3, 5000, 'overlay boxes');
  assert.equal(await model(page, 'mobile'), RISKY);
  await shot(page, 'x-mobile-textarea');
  await page.click('textarea', { position: { x: 30, y: 15 } });
  const card = ui(page, '.card');
  await card.waitFor();
  await card.locator('button.fix').click();
  await waitFor(async () => (await model(page, 'mobile')) === FIXED, 3000, 'React state of the textarea fixed');
  assert.equal(await page.textContent('[data-testid="counter"]'), String(280 - FIXED.length));
});

test('x_dark_theme_screenshot_with_card', async () => {
  await page.goto('https://x.com/home?theme=dark');
  await page.click(INLINE);
  await page.keyboard.type('Petit miracle ce matin 🙏 Mme Perrault, chambre 14, est sortie. Sa fille : 06 71 23 45 98.');
  await waitFor(async () => (await highlights(page)).high.length >= 3, 5000, 'highlights');
  assert.equal(await model(page, 'tweetTextarea_0'), 'Petit miracle ce matin 🙏 Mme Perrault, chambre 14, est sortie. Sa fille : 06 71 23 45 98.');
  await clickHighlight(page, '06 71 23 45 98');
  await ui(page, '.card').waitFor();
  assert.equal(await ui(page, '.layer.dark').count(), 1, "the card follows the site's dark theme");
  await shot(page, 'x-dark-card');
});

test('x_reidentification_card_lists_the_combined_details_and_paints_them', async () => {
  await page.goto('https://x.com/home');
  await page.click(INLINE);
  const text = "Ce matin aux urgences de Bléville, une institutrice de 34 ans atteinte de la maladie de Fabry, après l'accident sur l'A7.";
  await page.keyboard.type(text);
  let target;
  await waitFor(async () => {
    const all = await highlights(page);
    target = [...all.high, ...all.medium].find((t) => /Fabry/.test(t));
    return target;
  }, 10000, 're-identification finding');
  await clickHighlight(page, target);
  const card = ui(page, '.card');
  await card.waitFor();
  assert.equal(await card.locator('.cat').textContent(), 'Risque de réidentification');
  assert.ok((await card.locator('.signals li').count()) >= 3, 'the combined details are listed');
  const painted = await page.evaluate(() => [...CSS.highlights.values()].filter((h) => h.priority === 0) // signals (random names)
    .flatMap((h) => [...h]).map((r) => r.toString()));
  assert.ok(painted.includes('34 ans') || painted.includes('institutrice'), `signals painted: ${painted}`);
  await shot(page, 'x-reidentification-card');
  await page.keyboard.press('Escape');
});

test('x_works_on_twitter_com_too', async () => {
  await page.goto('https://twitter.com/home');
  await page.click(INLINE);
  await page.keyboard.type(RISKY);
  await waitForHighs(page, RISKY_HIGHS);
  assert.equal(await model(page, 'tweetTextarea_0'), RISKY);
});

test('x_generic_fallback_watches_a_box_no_site_selector_knows', async () => {
  await page.goto('https://x.com/home');
  await page.click('.dm-input');
  await page.keyboard.type(RISKY);
  await waitFor(async () => (await ui(page, '.box.high').count()) >= 3, 5000, 'overlay boxes on the direct-message textarea');
  assert.equal(await page.inputValue('.dm-input'), RISKY);
  assert.equal((await contentStats(page)).composers, 2, 'the site composer and the generic one');
});

test('x_ime_composition_is_analyzed_once_committed', async () => {
  await page.goto('https://x.com/home');
  await page.click('.dm-input');
  await page.keyboard.type('Vu ');
  await waitFor(async () => (await contentStats(page))?.requests >= 1, 5000, 'first analysis');
  const before = (await contentStats(page)).requests;
  const cdp = await ctx.context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'Mme Perraul', selectionStart: 11, selectionEnd: 11 });
  await cdp.send('Input.imeSetComposition', { text: 'Mme Perrault', selectionStart: 12, selectionEnd: 12 });
  assert.equal(await page.inputValue('.dm-input'), 'Vu Mme Perrault', 'text being composed');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal((await contentStats(page)).requests, before, 'nothing analyzed mid-composition');
  await cdp.send('Input.insertText', { text: 'Mme Perrault' }); // commits
  await waitFor(async () => (await ui(page, '.box.high').count()) >= 1, 5000, 'highlight once committed');
  assert.equal(await page.inputValue('.dm-input'), 'Vu Mme Perrault');
  await cdp.detach();
});

test('x_overlay_fallback_where_the_highlight_api_is_missing', async () => {
  await page.goto('https://x.com/home');
  await waitFor(() => contentStats(page), 5000, 'content script loaded');
  assert.equal(await withoutHighlightApi(page), true);
  await page.click(INLINE);
  await page.keyboard.type(RISKY);
  await waitFor(async () => (await ui(page, '.box.high').count()) >= 3, 5000, 'boxes drawn in the shadow root');
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0, 'nothing painted through the API');
  assert.equal(await model(page, 'tweetTextarea_0'), RISKY);
  await shot(page, 'x-overlay-fallback');
  const box = await ui(page, '.box.high').rect();
  await page.mouse.click(box.x, box.y);
  await ui(page, '.card').waitFor();
  assert.equal(await ui(page, '.card h2').textContent(), "Nom d'une patiente");
  await page.keyboard.press('Escape');
});

test('x_speed_bump_can_be_switched_off', async () => {
  await setSettings(ctx, { speedBump: false });
  await page.goto('https://x.com/home');
  await page.click(INLINE);
  await page.keyboard.type(RISKY);
  await waitForHighs(page, RISKY_HIGHS);
  const n = (await published(page)).length;
  await page.click('[data-testid="tweetButtonInline"]');
  await waitFor(async () => (await published(page)).length === n + 1, 3000, 'published without asking');
  assert.equal(await ui(page, '.dialog').count(), 0);
  await setSettings(ctx, { speedBump: true });
});

test('x_site_switch_in_the_popup_removes_highlights_at_once_and_stops_injection', async () => {
  await page.goto('https://x.com/home');
  await page.click(INLINE);
  await page.keyboard.type(RISKY);
  await waitForHighs(page, RISKY_HIGHS);
  const id = await tabId(ctx, 'https://x.com/*');
  const popup = await ctx.context.newPage();
  await popup.goto(`chrome-extension://${ctx.extensionId}/popup/popup.html?tab=${id}`);
  await popup.waitForSelector('body[data-ready="1"]');
  assert.equal(await popup.textContent('#n-high'), '3', 'popup counts the page warnings');
  await popup.setViewportSize({ width: 332, height: 300 });
  await shot(popup, 'popup');
  await popup.click('#site');
  await waitFor(async () => (await page.evaluate(() => CSS.highlights.size)) === 0, 3000, 'highlights removed');
  assert.equal(await page.evaluate(() => !!document.querySelector('secretum-ui')), false, 'UI removed');
  const registered = await ctx.sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
  assert.ok(!registered.includes('secretum-site-x'), 'no content script registered for x');
  await page.goto('https://x.com/home');
  await page.click(INLINE);
  await page.keyboard.type(RISKY);
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  assert.equal(await model(page, 'tweetTextarea_0'), RISKY);
  await popup.reload();
  await popup.waitForSelector('body[data-loaded="1"]');
  await popup.click('#site');
  await waitFor(async () => (await ctx.sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)) === 3, 3000, 're-registered');
  await popup.close();
});

test('x_global_switch_in_the_popup_turns_everything_off_and_on', async () => {
  await page.goto('https://x.com/home');
  await page.click(INLINE);
  await page.keyboard.type(RISKY);
  await waitForHighs(page, RISKY_HIGHS);
  const registered = () => ctx.sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length);
  const id = await tabId(ctx, 'https://x.com/*');
  const popup = await ctx.context.newPage();
  await popup.goto(`chrome-extension://${ctx.extensionId}/popup/popup.html?tab=${id}`);
  await popup.waitForSelector('body[data-ready="1"]');
  assert.equal(await popup.isChecked('#global'), true);
  await popup.click('#global');
  await waitFor(async () => (await page.evaluate(() => CSS.highlights.size)) === 0, 3000, 'highlights removed');
  await waitFor(async () => (await registered()) === 0, 3000, 'no content script registered anywhere');
  await popup.click('#global');
  await waitFor(async () => (await registered()) === 3, 3000, 're-registered');
  await popup.close();
});

test('x_zero_network_requests_and_no_post_text_stored', async () => {
  assertNoExtensionNetwork(ctx);
  await assertNothingStored(ctx, ['Perrault', '2 95 10 99', 'Duval', '06 71 23']);
});
