// LinkedIn replica (Quill share box, TipTap/ProseMirror comment box) in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startChromium, waitForHighs, model, published, clickHighlight, assertCard, assertComposerUntouched,
  assertNoExtensionNetwork, assertNothingStored, shot, waitFor, setSettings, RISKY, RISKY_HIGHS, FIXED,
  ui, uiFocused, contentStats,
} from '../lib/harness.mjs';

let ctx;
let page;
const QUILL = '#share-dialog .ql-editor[contenteditable="true"]';
const TIPTAP = 'div.tiptap.ProseMirror[contenteditable="true"]';

before(async () => {
  ctx = await startChromium();
  await setSettings(ctx, { uiLang: 'fr' });
  page = await ctx.context.newPage();
});
after(async () => {
  await ctx?.browser.close();
  await ctx?.net.close();
});

test('linkedin_quill_highlights_cover_the_identifiers_typed_over_two_lines', async () => {
  await page.goto('https://www.linkedin.com/feed/');
  await page.click('#start-post');
  await page.waitForSelector(QUILL);
  await page.keyboard.type('Belle garde.');
  await page.keyboard.press('Enter');
  await page.keyboard.type(RISKY);
  await waitForHighs(page, RISKY_HIGHS);
  assert.equal(await model(page, 'share'), `Belle garde.\n${RISKY}`, 'Quill getText() equals what was typed');
  await assertComposerUntouched(page, QUILL);
  await shot(page, 'linkedin-highlights');
});

test('linkedin_card_explains_and_fix_goes_through_quill', async () => {
  await clickHighlight(page, 'Mme Perrault');
  const card = await assertCard(page, { title: "Nom d'une patiente", why: /secret/, source: /R\.4127-4/ });
  await shot(page, 'linkedin-card');
  await card.locator('button.fix').click();
  await waitFor(async () => (await model(page, 'share')) === `Belle garde.\n${FIXED}`, 3000, 'Quill model fixed');
  await waitForHighs(page, ['chambre 14', '2 95 10 99 126 111 93']);
});

test('linkedin_speed_bump_on_publier_then_publish_anyway', async () => {
  await page.click('#share-dialog .share-actions__primary-action');
  const dialog = ui(page, '.dialog');
  await dialog.waitFor();
  assert.deepEqual(await published(page), []);
  await dialog.locator('button.confirm').click();
  await waitFor(async () => (await published(page)).length === 1, 3000, 'published');
  assert.deepEqual(await published(page), [`Belle garde.\n${FIXED}`]);
});

test('linkedin_tiptap_comment_highlights_and_fix_through_prosemirror', async () => {
  await page.click(TIPTAP);
  await page.keyboard.type(RISKY);
  await waitForHighs(page, RISKY_HIGHS);
  assert.equal(await model(page, 'comment'), RISKY, 'TipTap getText() equals what was typed');
  await assertComposerUntouched(page, TIPTAP);
  await shot(page, 'linkedin-tiptap-highlights');
  await clickHighlight(page, 'Mme Perrault');
  await ui(page, '.card button.fix').click();
  await waitFor(async () => (await model(page, 'comment')) === FIXED, 3000, 'ProseMirror doc fixed');
  await page.click('.comments-comment-box__submit-button');
  await ui(page, '.dialog').waitFor();
  await page.keyboard.press('Escape');
  await ui(page, '.dialog').waitFor({ state: 'detached' });
  assert.equal((await published(page)).length, 1, 'Escape cancels');
});

test('linkedin_zero_network_requests_and_no_post_text_stored', async () => {
  assertNoExtensionNetwork(ctx);
  await assertNothingStored(ctx, ['Perrault', '2 95 10 99', 'Belle garde']);
});
