// Shared steps and checks of the Chromium specs. Every check reads the page's own state (the
// editors' models, CSS.highlights, the shadow-root UI), never the extension's internals.
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { startNetwork } from './server.mjs';
import { launchChromium, waitFor } from './chromium.mjs';
import { HOSTS, ROOT } from './replicas.mjs';
import { uiLocator, uiStats, uiActive, hideHighlightApi, sendAsContentScript, readStorageAsContentScript } from './ui.mjs';

export { waitFor };
export const SHOTS = path.join(ROOT, 'build/e2e/screenshots');
export const RISKY = 'Mme Perrault, chambre 14, NIR 2 95 10 99 126 111 93';
export const RISKY_HIGHS = ['Mme Perrault', 'chambre 14', '2 95 10 99 126 111 93'];
export const FIXED = 'une patiente, chambre 14, NIR 2 95 10 99 126 111 93';

// Hosts Chromium itself contacts with no extension loaded (checked: a run without the extension
// hits the same ones). The trap must see nothing else.
export const BROWSER_OWN_HOSTS = new Set(['update.googleapis.com', 'accounts.google.com', 'clients2.google.com', 'redirector.gvt1.com', 'edgedl.me.gvt1.com', 'dl.google.com',
  'clientservices.googleapis.com', 'safebrowsingohttpgateway.googleapis.com', 'content-autofill.googleapis.com']);

let current = null; // one browser per spec file

export async function startChromium(opts) {
  const net = await startNetwork();
  const browser = await launchChromium(net, opts);
  current = { net, browser, ...browser };
  return current;
}

/** Runs a source string in the extension's service worker (see lib/ui.mjs). */
const swEvaluate = (src) => current.sw.evaluate(src);

/** Secretum's closed-shadow-root UI on `page`: ui(page, '.card button.fix').click(). */
export const ui = (page, sel) => uiLocator(swEvaluate, page, sel);
/** The content script's counters (lib/ui.mjs PROBE 'stats'). */
export const contentStats = (page) => uiStats(swEvaluate, page);
/** Makes the content script of `page` see no CSS Custom Highlight API (its world only). */
export const withoutHighlightApi = (page) => hideHighlightApi(swEvaluate, page);
/** Sends a runtime message from the content script's world of `page` (what a compromised content script could send). */
export const sendFromContentScript = (page, msg) => sendAsContentScript(swEvaluate, page, msg);
/** [local, sync] as the content script's world of `page` reads them (JSON or "error: ..."). */
export const storageFromContentScript = (page) => readStorageAsContentScript(swEvaluate, page);
/** className of the focused element inside the UI. */
export const uiFocused = (page) => uiActive(swEvaluate, page);

// Which highlight is which, read as a page could: the names in the registry say nothing (random
// per page), the priority orders them (content/highlighter.js PRIORITY).
const BY_PRIORITY = { 0: 'signal', 1: 'low', 2: 'medium', 3: 'high', 4: 'active' };

/** { high: name, medium: name, ... } of the highlights currently in the page's registry. */
export function highlightNames(page) {
  return page.evaluate((by) => Object.fromEntries([...CSS.highlights].map(([name, h]) => [by[h.priority], name])), BY_PRIORITY);
}

/** { high: [texts], medium: [...], low: [...] } painted by the CSS Custom Highlight API. */
export function highlights(page) {
  return page.evaluate((by) => {
    const out = { high: [], medium: [], low: [] };
    for (const [, h] of CSS.highlights) {
      const sev = by[h.priority];
      if (out[sev]) for (const r of h) out[sev].push(r.toString());
    }
    return out;
  }, BY_PRIORITY);
}

export async function waitForHighs(page, expected, timeout = 10000) {
  let last;
  await waitFor(async () => {
    last = (await highlights(page)).high;
    return JSON.stringify(last) === JSON.stringify(expected);
  }, timeout, `high highlights ${JSON.stringify(expected)}`).catch((e) => {
    throw new Error(`${e.message}; got ${JSON.stringify(last)}`);
  });
}

/** The editor's own model text (see each replica's window.__replica.models). */
export const model = (page, name) => page.evaluate((n) => window.__replica.models[n](), name);
export const published = (page) => page.evaluate(() => window.__replica.published);

/** Clicks the middle of the painted range whose text is `text` (the first one). */
export async function clickHighlight(page, text) {
  const box = await page.evaluate((t) => {
    for (const [, h] of CSS.highlights) {
      for (const r of h) {
        if (r.toString() === t) { const b = r.getClientRects()[0]; return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; }
      }
    }
    return null;
  }, text);
  assert.ok(box, `no highlight for ${text}`);
  await page.mouse.click(box.x, box.y);
}

/** Asserts the card shows a finding's explanation and its citation. */
export async function assertCard(page, { title, why, source }) {
  const card = ui(page, '.card');
  await card.waitFor({ state: 'visible', timeout: 3000 });
  assert.equal(await card.locator('h2').textContent(), title);
  assert.match(await card.locator('.why').textContent(), why);
  const links = card.locator('.sources a');
  assert.ok((await links.count()) > 0, 'the card cites at least one rule');
  const first = { text: await links.textContent(), href: await links.getAttribute('href') };
  assert.match(first.text, source);
  assert.match(first.href, /^https:\/\//);
  return card;
}

/** Nothing of Secretum inside the editor's DOM: the UI lives in <secretum-ui> under <html>. */
export async function assertComposerUntouched(page, selector) {
  const r = await page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const host = document.querySelector('secretum-ui');
    return { inside: root.querySelectorAll('secretum-ui, [class*="secretum"], [data-secretum]').length,
      hostParent: host ? host.parentNode.nodeName : null };
  }, selector);
  assert.equal(r.inside, 0);
  if (r.hostParent) assert.equal(r.hostParent, 'HTML');
}

/** Every request seen was to a replica host or the extension itself; the trap saw only the browser's own. */
export function assertNoExtensionNetwork(ctx) {
  const bad = ctx.requests.filter((r) => {
    const u = new URL(r.url);
    if (u.protocol === 'chrome-extension:') return u.host !== ctx.extensionId;
    if (u.protocol === 'data:' || u.protocol === 'blob:') return false;
    return !(u.protocol === 'https:' && HOSTS[u.hostname]);
  });
  assert.deepEqual(bad, [], 'requests outside the replica hosts and the extension');
  const trapped = ctx.net.log.filter((l) => l.via === 'trap' && !BROWSER_OWN_HOSTS.has(l.host));
  assert.deepEqual(trapped, [], 'connections to other hosts');
  const odd = ctx.net.log.filter((l) => l.via === 'replica' && !/^\/(assets\/[a-z]+\.(js|css)|favicon\.ico|home|compose\/post|feed\/|)(\?.*)?$/.test(l.url));
  assert.deepEqual(odd, [], 'unexpected paths on the replica server');
}

/** No post text in any extension storage area, nor in the profile's extension storage files. */
export async function assertNothingStored(ctx, needles) {
  const dump = await ctx.sw.evaluate(async () => JSON.stringify({
    sync: await chrome.storage.sync.get(null), local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null) }));
  for (const n of needles) assert.ok(!dump.includes(n), `"${n}" found in extension storage: ${dump}`);
  const dirs = ['Local Extension Settings', 'Sync Extension Settings', 'IndexedDB', 'Service Worker']
    .map((d) => path.join(ctx.profile, 'Default', d)).filter((d) => fs.existsSync(d));
  for (const d of dirs) {
    for (const f of fs.readdirSync(d, { recursive: true })) {
      const p = path.join(d, f);
      if (!fs.statSync(p).isFile()) continue;
      const bytes = fs.readFileSync(p);
      for (const n of needles) assert.ok(!bytes.includes(Buffer.from(n)), `"${n}" found in ${p}`);
    }
  }
}

export async function setSettings(ctx, patch) {
  await ctx.sw.evaluate(async (p) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings || { version: 1 }), ...p } });
  }, patch);
}

export async function tabId(ctx, urlPattern) {
  return ctx.sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, urlPattern);
}

export async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
