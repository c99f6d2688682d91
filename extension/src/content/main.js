// Content script entry (bundled to content/content.js, classic script). Thin: finds composers
// and draws; the engine runs in the background and is reached by typed messages. Registered only
// on enabled sites (background/registration.js); it still re-checks the state, and follows
// settings changes live: switching the site off removes everything at once.
import { api } from '../common/api.js';
import { MSG, PORT_NAME, portClient } from '../common/messages.js';
import { siteForHost } from '../common/sites.js';
import { LOCAL_KEY } from '../common/settings.js';
import { SITE_MODULES, GENERIC } from '../sites/index.js';
import { Controller, stats } from './controller.js';
import { HIGHLIGHT_NAMES } from './highlighter.js';

const siteId = siteForHost(location.hostname);
const site = SITE_MODULES[siteId];

let state = { active: false, speedBump: true, strings: {}, lang: 'en' };
let controller = null;
let alive = true;

async function send(msg) {
  const res = await api.runtime.sendMessage(msg);
  if (!res?.ok) throw new Error(res?.error || 'no answer');
  return res;
}

const request = portClient(() => api.runtime.connect({ name: PORT_NAME }));

function shutdown() { // extension reloaded/removed: this script is orphaned
  alive = false;
  controller?.deactivate();
  controller = null;
}

/** -> { report, at } (at: [received, answered] by the background, absolute ms), or null when inactive. */
async function analyze(text, composerSite) {
  stats.requests++;
  try {
    const res = await request({ type: MSG.ANALYZE, text, site: composerSite });
    if (!res?.ok) throw new Error(res?.error || 'no answer');
    if (res.inactive) { syncState(); return null; }
    return { report: res.report, at: res.at };
  } catch (err) {
    if (!api.runtime?.id) shutdown();
    throw err;
  }
}

function warm() {
  send({ type: MSG.WARM }).catch(() => {});
}

/** -> the token that undoes it (MSG.UNDO_DISABLE). */
async function disableRule(rule) {
  return (await send({ type: MSG.DISABLE_RULE, rule })).undo;
}

async function undoDisable(undo) {
  await send({ type: MSG.UNDO_DISABLE, undo });
}

// Highlight styles under this page's random names: inserted once, before the first paint.
let styled = false;
async function ensureStyles() {
  if (styled) return;
  await send({ type: MSG.STYLE, names: HIGHLIGHT_NAMES });
  styled = true;
}

let syncing = null;
let again = false;
/** Follows the settings: (de)activates, refreshes. Calls during a sync run once more after it. */
async function syncState() {
  if (!alive) return;
  if (syncing) { again = true; return syncing; }
  syncing = (async () => {
    try {
      const prevLang = state.lang;
      state = await send({ type: MSG.STATE, site: siteId });
      if (state.active && !controller) {
        await ensureStyles().catch(() => {}); // unstyled highlights rather than none; retried on the next sync
        controller = new Controller({ site, generic: GENERIC, analyze, warm, state: () => state, disableRule, undoDisable });
        controller.activate();
      } else if (!state.active && controller) {
        controller.deactivate();
        controller = null;
      } else if (controller) {
        controller.refresh();
        if (prevLang !== state.lang) controller.render();
      }
    } catch {
      if (!api.runtime?.id) shutdown();
    } finally {
      syncing = null;
    }
    if (again) { again = false; await syncState(); }
  })();
  return syncing;
}

if (site && !globalThis.__secretumLoaded) {
  globalThis.__secretumLoaded = true; // one instance per page, even if injected twice
  // Settings changes: the background says so (MSG.SETTINGS_CHANGED); where the browser still
  // lets content scripts see storage events (Firefox), they are followed too.
  try {
    api.storage.onChanged.addListener((changes, area) => {
      if (area === 'sync' || area === 'managed' || (area === 'local' && LOCAL_KEY in changes)) syncState();
    });
  } catch { /* storage restricted to trusted contexts */ }
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender?.id !== api.runtime.id) return false;
    if (msg?.type === MSG.SETTINGS_CHANGED) { syncState(); return false; }
    if (msg?.type !== MSG.PAGE_COUNTS) return false;
    sendResponse({ ok: true, site: siteId, active: !!controller, ...(controller?.counts() ?? { counts: { high: 0, medium: 0, low: 0 }, composers: 0 }) });
    return false;
  });
  syncState();
}
