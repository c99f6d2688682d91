// Secretum's UI (card, badge, speed bump, fallback boxes) lives in a CLOSED shadow root: page
// scripts cannot reach it, and neither can Playwright locators or Puppeteer's ">>>" selectors.
// Tests read it from the extension's own isolated world, through scripting.executeScript, where
// chrome.dom.openOrClosedShadowRoot (Chromium) / element.openOrClosedShadowRoot (Firefox) open
// it, and press its buttons with real, trusted mouse input at the coordinates it reports: what a
// user does. The evaluated source is a string (devtools evaluation is not subject to the
// extension pages' CSP, which forbids eval).
import { waitFor } from './chromium.mjs';

/** Runs in the content script's world of the tab. Self-contained: serialized by executeScript. */
export function PROBE(op, sel, arg) {
  if (op === 'stats') return globalThis.__secretumStats ?? null;
  if (op === 'readStorage') { // what a compromised content script could read
    const areas = (globalThis.browser ?? globalThis.chrome).storage;
    const read = (a) => Promise.resolve().then(() => areas[a].get(null)).then((v) => JSON.stringify(v), (e) => `error: ${e.message}`);
    return Promise.all([read('local'), read('sync')]);
  }
  if (op === 'send') return (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(arg); // as a content script
  if (op === 'hideHighlightApi') { // this world only, as in a browser without the API
    Object.defineProperty(CSS, 'highlights', { value: undefined, configurable: true });
    return CSS.highlights === undefined;
  }
  const host = document.querySelector('secretum-ui');
  const open = globalThis.chrome?.dom?.openOrClosedShadowRoot;
  const root = host ? (open ? open(host) : host.openOrClosedShadowRoot) : null;
  if (op === 'hasRoot') return !!root;
  if (op === 'active') return root?.activeElement?.className ?? null;
  const all = root ? [...root.querySelectorAll(sel)] : [];
  const el = all[0];
  const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).display !== 'none';
  switch (op) {
    case 'count': return all.length;
    case 'visibleCount': return all.filter(shown).length;
    case 'text': return el ? el.textContent : null;
    case 'texts': return all.map((e) => e.textContent);
    case 'attr': return el ? el.getAttribute(arg) : null;
    case 'rect': {
      if (!el || !shown(el)) return null;
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' }); // inside the card's own scroll area
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left, top: r.top, width: r.width, height: r.height };
    }
    case 'syntheticClick': // what a page holding a reference could do: untrusted events only
      if (!el) return false;
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      el.click();
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      return true;
    default: throw new Error(`unknown probe ${op}`);
  }
}

/** Source of an expression that runs PROBE in the tab whose URL matches `pattern`. */
export function probeSource(pattern, op, sel, arg) {
  return `(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const [tab] = await api.tabs.query({ url: ${JSON.stringify(pattern)} });
    if (!tab) throw new Error('no tab for ' + ${JSON.stringify(pattern)});
    const [r] = await api.scripting.executeScript({ target: { tabId: tab.id }, args: ${JSON.stringify([op, sel ?? null, arg ?? null])},
      func: ${PROBE.toString()} });
    return r?.result ?? null;
  })()`;
}

/**
 * A small locator over the closed UI of `page`. `evaluate(source)` runs a source string in an
 * extension context (Chromium: the service worker; Firefox: an extension page).
 */
export function uiLocator(evaluate, page, sel) {
  const run = (op, arg) => evaluate(probeSource(`${new URL(page.url()).origin}/*`, op, sel, arg));
  return {
    selector: sel,
    locator: (sub) => uiLocator(evaluate, page, `${sel} ${sub}`),
    first() { return this; },
    count: () => run('count'),
    textContent: () => run('text'),
    allTextContents: () => run('texts'),
    getAttribute: (a) => run('attr', a),
    rect: () => run('rect'),
    syntheticClick: () => run('syntheticClick'),
    async waitFor({ state = 'visible', timeout = 5000 } = {}) {
      if (state === 'detached' || state === 'hidden') {
        await waitFor(async () => (await run('visibleCount')) === 0, timeout, `${sel} gone`);
      } else {
        await waitFor(async () => (await run('visibleCount')) > 0, timeout, `${sel} shown`);
      }
    },
    /** A real (trusted) click at the element's centre, once it is shown and stays in place. */
    async click({ timeout = 5000 } = {}) {
      let last = null;
      const r = await waitFor(async () => {
        const now = await run('rect');
        const stable = now && last && now.x === last.x && now.y === last.y;
        last = now;
        return stable ? now : null;
      }, timeout, `${sel} clickable`);
      await page.mouse.click(r.x, r.y);
    },
  };
}

export const hideHighlightApi = (evaluate, page) => evaluate(probeSource(`${new URL(page.url()).origin}/*`, 'hideHighlightApi'));
export const readStorageAsContentScript = (evaluate, page) => evaluate(probeSource(`${new URL(page.url()).origin}/*`, 'readStorage'));
export const sendAsContentScript = (evaluate, page, msg) => evaluate(probeSource(`${new URL(page.url()).origin}/*`, 'send', null, msg));
export const uiStats = (evaluate, page) => evaluate(probeSource(`${new URL(page.url()).origin}/*`, 'stats'));
export const uiActive = (evaluate, page) => evaluate(probeSource(`${new URL(page.url()).origin}/*`, 'active'));
