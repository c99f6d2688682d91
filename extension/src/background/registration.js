// Per-site state decides whether content scripts are injected at all (as in uBlock Origin Lite):
// the background registers one content script per enabled site and unregisters the others.
// Idempotent; run on install, on browser start, on each background start and on settings change.
// Cost: one getRegisteredContentScripts() call plus at most one (un)register call.
import { api } from '../common/api.js';
import { SITES, matchesFor } from '../common/sites.js';
import { isActiveOn } from '../common/settings.js';

const PREFIX = 'secretum-site-';
// No css: the highlight styles are inserted per page, under that page's random names
// (highlight-style.js, MSG.STYLE).
const CONTENT = { js: ['content/content.js'], runAt: 'document_idle' };

/** What should be registered for these settings: [{ id, matches, ... }]. Pure. */
export function desiredScripts(settings) {
  return SITES.filter((s) => isActiveOn(settings, s.id)).map((s) => ({
    id: PREFIX + s.id,
    matches: matchesFor(s),
    ...CONTENT,
    allFrames: false,
    persistAcrossSessions: true,
  }));
}

let queue = Promise.resolve();

/** Brings the registered content scripts in line with settings (serialised: calls queue up). */
export function syncContentScripts(settings) {
  queue = queue.then(() => doSync(settings)).catch((err) => console.error('secretum: registration', err));
  return queue;
}

async function doSync(settings) {
  const want = desiredScripts(settings);
  const have = (await api.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(PREFIX));
  const wantIds = new Set(want.map((s) => s.id));
  const stale = have.filter((s) => !wantIds.has(s.id)).map((s) => s.id);
  if (stale.length) await api.scripting.unregisterContentScripts({ ids: stale });
  const haveIds = new Set(have.map((s) => s.id));
  const missing = want.filter((s) => !haveIds.has(s.id));
  if (missing.length) await api.scripting.registerContentScripts(missing);
}
