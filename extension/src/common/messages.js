// Typed messages between content scripts / popup / options and the background.
// Every request is { type, ...fields }; every answer is { ok: true, ... } or { ok: false, error }.
// validateRequest() is the only gate the background router trusts: it checks the shape before
// any handler runs (a content script lives in a hostile page, its messages are untrusted input).

export const MSG = Object.freeze({
  ANALYZE: 'secretum/analyze', //      { text: string <= MAX_TEXT, site }  -> { report }
  STATE: 'secretum/state', //          { site }                             -> { active, speedBump, lang, strings }
  GET_SETTINGS: 'secretum/get-settings', //  extension pages only            -> { settings, locked, ruleIds, rules: [{ id, category, severity, signal, title, description, example }] }
  SET_SETTINGS: 'secretum/set-settings', //  extension pages only { patch }  -> { settings }
  DISABLE_RULE: 'secretum/disable-rule', // { rule: engine rule id }        -> { undo: token } (the card's "disable this rule")
  UNDO_DISABLE: 'secretum/undo-disable', // { undo: token of a DISABLE_RULE answer, UNDO_MS } -> {} (the card's "Undo")
  STYLE: 'secretum/style', //           { names: { high, medium, low, active, signal } } -> {} (highlight CSS inserted in the sender's frame)
  WARM: 'secretum/warm', //             {}                                   -> { readyMs } once the engine is built
  PAGE_COUNTS: 'secretum/page-counts', // background/popup -> content: {}   -> { counts, composers }
  SETTINGS_CHANGED: 'secretum/settings-changed', // background -> content: {} (re-read the state)
});

/** How long the card's "Undo" works after "disable this rule" (the card shows it for UNDO_SHOWN_MS). */
export const UNDO_MS = 30000;
export const UNDO_SHOWN_MS = 8000;
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
    case MSG.STYLE:
      return msg.names && typeof msg.names === 'object' && !Array.isArray(msg.names) ? null : 'names must be an object';
    case MSG.SET_SETTINGS:
      return msg.patch && typeof msg.patch === 'object' && !Array.isArray(msg.patch) ? null : 'patch must be an object';
    case MSG.DISABLE_RULE:
      return typeof msg.rule === 'string' && /^[a-z0-9][a-z0-9-]{0,99}$/.test(msg.rule) ? null : 'bad rule id';
    case MSG.UNDO_DISABLE:
      return typeof msg.undo === 'string' && /^[0-9a-f]{32}$/.test(msg.undo) ? null : 'bad undo token';
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

/**
 * The analysis channel: content scripts send ANALYZE requests over one long-lived Port
 * (runtime.connect) rather than one sendMessage each, which opens a new channel per call
 * (measured: round trip ~5 ms median, ~16-28 ms p95 under load). Port messages are
 * { id, msg } -> { id, ok, at: [received, answered], ... }, through the same validation and
 * sender check as makeRouter (`at`: absolute ms, see now()).
 */
export const PORT_NAME = 'secretum/port';

/** Absolute time in ms (comparable across the extension's processes), for the latency breakdown. */
export const now = () => performance.timeOrigin + performance.now();

/** runtime.onConnect listener serving `handlers` on ports named PORT_NAME. */
export function makePortListener(handlers, opts = {}) {
  const router = makeRouter(handlers, opts);
  return (port) => {
    if (port?.name !== PORT_NAME) return;
    if (opts.allowSender && !opts.allowSender(port.sender)) { port.disconnect(); return; }
    port.onMessage.addListener((m) => {
      if (!m || typeof m !== 'object' || !Number.isSafeInteger(m.id)) return;
      const recv = now();
      let answered = false;
      const reply = (res) => {
        if (answered) return;
        answered = true;
        // at: when the request arrived and when the answer left, in absolute ms (timings only)
        try { port.postMessage({ ...res, id: m.id, at: [recv, now()] }); } catch { /* the other side went away */ }
      };
      if (!router(m.msg, port.sender, reply)) reply({ ok: false, error: 'no handler' });
    });
  };
}

/**
 * Client side of the port: request(msg) -> Promise of the answer ({ ok, ... }). Connects on
 * first use and again after a disconnect (background stopped): requests in flight then fail
 * with { ok: false }, and the caller retries.
 * @param {() => object} connect returns a new Port (api.runtime.connect({ name: PORT_NAME }))
 */
export function portClient(connect) {
  let port = null;
  let next = 1;
  const pending = new Map();
  const open = () => {
    const p = connect();
    p.onMessage.addListener((res) => {
      const done = pending.get(res?.id);
      if (done) { pending.delete(res.id); done(res); }
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      for (const done of pending.values()) done({ ok: false, error: 'disconnected' });
      pending.clear();
    });
    return p;
  };
  return (msg) => new Promise((resolve) => {
    port ??= open();
    const id = next++;
    pending.set(id, resolve);
    try {
      port.postMessage({ id, msg });
    } catch (err) {
      pending.delete(id);
      port = null;
      resolve({ ok: false, error: String(err?.message || err) });
    }
  });
}
