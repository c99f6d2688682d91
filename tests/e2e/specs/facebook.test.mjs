// Facebook replica (Lexical: post dialog + comment box, two editors on one page) in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startChromium, highlights, waitForHighs, model, published, clickHighlight, assertCard, assertComposerUntouched,
  assertNoExtensionNetwork, assertNothingStored, shot, waitFor, setSettings, RISKY, RISKY_HIGHS, FIXED,
  ui, uiFocused, contentStats,
} from '../lib/harness.mjs';

let ctx;
let page;
const DIALOG_EDITOR = '#composer-dialog div[role="textbox"][data-lexical-editor="true"]';
const COMMENT_EDITOR = '#comment-box div[role="textbox"][data-lexical-editor="true"]';

/** Focuses the comment box with the caret at the end, and waits until Lexical holds that caret
 * (it learns it from selectionchange, after focus): a key sent earlier meets no selection. */
async function focusCommentEnd() {
  await page.focus(COMMENT_EDITOR);
  await page.keyboard.press('Control+End');
  await waitFor(() => page.evaluate(() => window.__replica.carets.comment()), 3000, 'Lexical caret at the end of the comment');
}

before(async () => {
  ctx = await startChromium();
  await setSettings(ctx, { uiLang: 'fr' });
  page = await ctx.context.newPage();
});
after(async () => {
  await ctx?.browser.close();
  await ctx?.net.close();
});

test('facebook_lexical_dialog_highlights_cover_the_identifiers_typed', async () => {
  await page.goto('https://www.facebook.com/');
  await page.click('#open-composer');
  await page.waitForSelector(DIALOG_EDITOR);
  await page.keyboard.type(RISKY);
  await waitForHighs(page, RISKY_HIGHS);
  assert.equal(await model(page, 'post'), RISKY, 'Lexical EditorState equals what was typed');
  await assertComposerUntouched(page, DIALOG_EDITOR);
  await shot(page, 'facebook-highlights');
});

test('facebook_card_explains_and_fix_goes_through_lexical', async () => {
  await clickHighlight(page, 'Mme Perrault');
  const card = await assertCard(page, { title: "Nom d'une patiente", why: /secret/, source: /R\.4127-4/ });
  await shot(page, 'facebook-card');
  await card.locator('button.fix').click();
  await waitFor(async () => (await model(page, 'post')) === FIXED, 3000, 'Lexical model fixed');
  await waitForHighs(page, ['chambre 14', '2 95 10 99 126 111 93']);
});

test('facebook_ignore_here_hides_the_finding_without_editing', async () => {
  await clickHighlight(page, 'chambre 14');
  await ui(page, '.card button.ignore').click();
  await waitForHighs(page, ['2 95 10 99 126 111 93']);
  assert.equal(await model(page, 'post'), FIXED, 'ignoring does not edit');
});

test('facebook_comment_box_is_watched_alongside_the_dialog', async () => {
  await page.click('#composer-dialog [aria-label="Fermer"]');
  await page.click(COMMENT_EDITOR);
  await page.keyboard.type('Courage à Mme Perrault, chambre 14 !');
  await waitForHighs(page, ['Mme Perrault', 'chambre 14']);
  assert.equal(await model(page, 'comment'), 'Courage à Mme Perrault, chambre 14 !');
});

test('facebook_speed_bump_on_publier', async () => {
  await page.click('#comment-box [aria-label="Publier"]');
  const dialog = ui(page, '.dialog');
  await dialog.waitFor();
  await dialog.locator('button.cancel').click();
  assert.deepEqual(await published(page), []);
  await page.click('#open-composer');
  await page.waitForSelector(DIALOG_EDITOR);
  await page.keyboard.type('Sortie de Mme Perrault ce matin.');
  await waitFor(async () => (await highlights(page)).high.includes('Mme Perrault'), 5000, 'dialog highlight');
  await page.click('#composer-dialog [aria-label="Publier"]');
  await dialog.waitFor();
  await shot(page, 'facebook-speed-bump');
  await dialog.locator('button.confirm').click();
  await waitFor(async () => (await published(page)).length === 1, 3000, 'published');
  assert.deepEqual(await published(page), ['Sortie de Mme Perrault ce matin.']);
});

const disabledRules = async () => (await ctx.sw.evaluate(() => chrome.storage.sync.get('settings'))).settings?.disabledRules ?? [];

test('facebook_disable_rule_from_the_card_applies_everywhere_and_can_be_undone', async () => {
  await clickHighlight(page, 'chambre 14');
  await ui(page, '.card button.disable').click();
  await waitForHighs(page, ['Mme Perrault']);
  assert.deepEqual(await disabledRules(), ['room-bed']);
  // No modal: the card itself says what happened, with an Undo, while the rule is already off.
  const undoCard = ui(page, '.undo-card');
  await undoCard.waitFor();
  assert.equal(await undoCard.locator('.undo-text').textContent(), 'Règle désactivée : Numéro de chambre ou de lit');
  await shot(page, 'facebook-rule-disabled-undo');
  await undoCard.locator('button.undo').click();
  await waitFor(async () => (await disabledRules()).length === 0, 3000, 'rule enabled again by Undo');
  await waitForHighs(page, ['Mme Perrault', 'chambre 14']);
  await undoCard.waitFor({ state: 'detached' });
  // Without Undo the change stays, and the card goes away by itself.
  await clickHighlight(page, 'chambre 14');
  await ui(page, '.card button.disable').click();
  await waitForHighs(page, ['Mme Perrault']);
  await undoCard.waitFor({ state: 'detached', timeout: 12000 });
  assert.deepEqual(await disabledRules(), ['room-bed']);
  await setSettings(ctx, { disabledRules: [] });
  await waitForHighs(page, ['Mme Perrault', 'chambre 14']);
});

// Facebook publishes a comment on plain Enter (Shift+Enter: new line): the speed bump catches
// that Enter when high-severity findings remain, and typing is otherwise untouched.
test('facebook_comment_plain_enter_raises_the_speed_bump_shift_enter_types_a_new_line', async () => {
  const text = 'Courage à Mme Perrault, chambre 14 !';
  assert.equal(await model(page, 'comment'), text);
  await focusCommentEnd();
  await page.keyboard.press('Shift+Enter');
  await waitFor(async () => (await model(page, 'comment')) === `${text}\n`, 3000, 'Shift+Enter is a new line');
  await page.keyboard.press('Backspace');
  await waitFor(async () => (await model(page, 'comment')) === text, 3000, 'new line removed');
  assert.equal(await ui(page, '.dialog').count(), 0, 'no speed bump for Shift+Enter');
  const before = (await published(page)).length;
  await page.keyboard.press('Enter');
  const dialog = ui(page, '.dialog');
  await dialog.waitFor();
  await shot(page, 'facebook-comment-enter-speed-bump');
  assert.equal((await published(page)).length, before, 'not published');
  assert.equal(await model(page, 'comment'), text, 'Enter neither published nor added a line');
  await dialog.locator('button.cancel').click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await model(page, 'comment'), text);
  await focusCommentEnd();
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await dialog.locator('button.confirm').click();
  await waitFor(async () => (await published(page)).length === before + 1, 3000, 'published anyway');
  assert.equal((await published(page)).at(-1), text);
  // Nothing risky left: Enter publishes at once, as without Secretum.
  await focusCommentEnd();
  await page.keyboard.type('Bravo à toute l’équipe');
  await page.keyboard.press('Enter');
  await waitFor(async () => (await published(page)).length === before + 2, 3000, 'published on Enter');
  assert.equal(await ui(page, '.dialog').count(), 0);
});

test('facebook_web_subdomain_is_watched_too', async () => {
  await page.goto('https://web.facebook.com/');
  await page.click(COMMENT_EDITOR);
  await page.keyboard.type(RISKY);
  await waitForHighs(page, RISKY_HIGHS);
  assert.equal(await model(page, 'comment'), RISKY);
});

test('facebook_zero_network_requests_and_no_post_text_stored', async () => {
  assertNoExtensionNetwork(ctx);
  await assertNothingStored(ctx, ['Perrault', '2 95 10 99', 'chambre 14']);
});
