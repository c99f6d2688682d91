// Typed messages between content scripts / popup / options and the background.
// Every request is { type, ...fields }; every answer is { ok: true, ... } or { ok: false, error }.
// validateRequest() is the only gate the background router trusts: it checks the shape before
// any handler runs (a content script lives in a hostile page, its messages are untrusted input).

export const MSG = Object.freeze({
  ANALYZE: 'secretum/analyze', //      { text: string <= MAX_TEXT, site }  -> { report }
  STATE: 'secretum/state', //          { site }                             -> { active, speedBump, lang, strings }
  GET_SETTINGS: 'secretum/get-settings', //                                 -> { settings, locked, ruleIds }
  SET_SETTINGS: 'secretum/set-settings', // { patch: object }               -> { settings }
  WARM: 'secretum/warm', //             {}                                   -> { readyMs } once the engine is built
  PAGE_COUNTS: 'secretum/page-counts', // background/popup -> content: {}   -> { counts, composers }
});

export const MAX_TEXT = 40000; // UTF-16 units; longer posts than any site accepts are cut by the engine anyway
const SITES = ['x', 'facebook', 'linkedin', 'generic'];

/** Returns null when valid, else a short reason. */
export function validateRequest(msg) {
  if (!msg || typeof msg !== 'object') return 'not an object';
  switch (msg.type) {
    case MSG.ANALYZE:
      if (typeof msg.text !== 'string') return 'text must be a string';
      if (msg.text.length > MAX_TEXT) return 'text too long';
      if (!SITES.includes(msg.site)) return 'unknown site';
      return null;
    case MSG.STATE:
      return SITES.includes(msg.site) ? null : 'unknown site';
    case MSG.GET_SETTINGS:
    case MSG.WARM:
      return null;
    case MSG.SET_SETTINGS:
      return msg.patch && typeof msg.patch === 'object' && !Array.isArray(msg.patch) ? null : 'patch must be an object';
    default:
      return 'unknown type';
  }
}

/**
 * Builds a runtime.onMessage listener from handlers keyed by type. Handlers may be async.
 * Uses sendResponse + `return true`, which both Chromium and Firefox accept.
 * @param {Record<string, (msg: object, sender: object) => any>} handlers
 * @param {{ allowSender?: (sender: object) => boolean }} [opts]
 */
export function makeRouter(handlers, opts = {}) {
  return (msg, sender, sendResponse) => {
    const problem = validateRequest(msg);
    if (problem) {
      if (msg && typeof msg.type === 'string' && msg.type.startsWith('secretum/')) sendResponse({ ok: false, error: problem });
      return false;
    }
    if (opts.allowSender && !opts.allowSender(sender)) {
      sendResponse({ ok: false, error: 'sender not allowed' });
      return false;
    }
    const handler = handlers[msg.type];
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(msg, sender))
      .then((result) => sendResponse({ ok: true, ...result }), (err) => sendResponse({ ok: false, error: String(err?.message || err) }));
    return true;
  };
}
