// The extension must not change how the editors behave: the same keystrokes (typing, emoji,
// Backspace, Enter, undo, redo, paste-like insertText) give the same editor model and the same
// editor DOM with Secretum active as with it switched off. One Chromium, four editors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startChromium, setSettings, highlights, waitFor } from '../lib/harness.mjs';

let ctx;
let page;

const EDITORS = [
  { name: 'draft', url: 'https://x.com/home', sel: '[data-testid="tweetTextarea_0"]', model: 'tweetTextarea_0', extra: '[data-testid="counter"]' },
  { name: 'lexical', url: 'https://www.facebook.com/', open: '#open-composer', sel: '#composer-dialog [data-lexical-editor="true"]', model: 'post' },
  // The comment box publishes on Enter (as on facebook.com): its new line is Shift+Enter.
  { name: 'lexical_comment', url: 'https://www.facebook.com/', sel: '#comment-box [data-lexical-editor="true"]', model: 'comment', newLine: 'Shift+Enter' },
  { name: 'quill', url: 'https://www.linkedin.com/feed/', open: '#start-post', sel: '#share-dialog .ql-editor', model: 'share' },
  { name: 'tiptap', url: 'https://www.linkedin.com/feed/', sel: 'div.tiptap.ProseMirror', model: 'comment' },
];

async function run(ed, { expectHighlights }) {
  await page.goto(ed.url);
  if (ed.open) await page.click(ed.open);
  await page.click(ed.sel);
  const kb = page.keyboard;
  await kb.type('Mme Perrault 🙂 chambre 14');
  await kb.press('Backspace');
  await kb.press('Backspace');
  await kb.type('12');
  await kb.press(ed.newLine ?? 'Enter');
  await kb.type('NIR 2 95 10 99 126 111 93');
  if (expectHighlights) await waitFor(async () => (await highlights(page)).high.length >= 2, 5000, 'extension active');
  await page.waitForTimeout(1100); // past every editor's history-merge window
  await kb.type(' fin');
  await page.waitForTimeout(1100);
  await kb.press('Control+z');
  await kb.press('Control+Shift+z');
  await kb.press('Control+z');
  await kb.insertText(' (collé)');
  await page.waitForTimeout(300);
  return page.evaluate(({ sel, model, extra }) => ({
    model: window.__replica.models[model](),
    // Draft.js draws random keys per editor instance: compare the structure, not the keys.
    html: document.querySelector(sel).innerHTML.replace(/data-(editor|offset-key)="[^"]*"/g, 'data-$1=""'),
    extra: extra ? document.querySelector(extra).textContent : null,
  }), ed);
}

before(async () => {
  ctx = await startChromium();
  page = await ctx.context.newPage();
});
after(async () => {
  await ctx?.browser.close();
  await ctx?.net.close();
});

for (const ed of EDITORS) {
  test(`${ed.name}_behaves_the_same_with_and_without_the_extension`, async () => {
    await setSettings(ctx, { enabled: true });
    const withExt = await run(ed, { expectHighlights: true });
    await setSettings(ctx, { enabled: false });
    await waitFor(async () => (await ctx.sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)) === 0, 3000, 'unregistered');
    const without = await run(ed, { expectHighlights: false });
    assert.equal(await page.evaluate(() => CSS.highlights.size), 0, 'really without the extension');
    assert.equal(withExt.model, without.model, 'same editor model');
    assert.equal(withExt.html, without.html, 'same editor DOM');
    assert.equal(withExt.extra, without.extra, "same site counter");
  });
}
