// Background entry: owns the engine and the settings, answers typed messages (common/messages.js).
// Chromium: module service worker (static imports only). Firefox: background.scripts, type module.
// Nothing here touches the network or stores post text: texts live only in the call stack.
import { api, storage } from '../common/api.js';
import { MSG, UNDO_MS, makeRouter, makePortListener } from '../common/messages.js';
import { loadSettings, loadUserSettings, applyPatch, saveSettings, isActiveOn, SETTINGS_KEY, LOCAL_KEY } from '../common/settings.js';
import { resolveLang, loadStrings } from '../common/i18n.js';
import { getAnalyzer, analyze, ruleIds, ruleInfo, stats } from './engine.js';
import { watchTermFindings } from './watchterms.js';
import { syncContentScripts } from './registration.js';
import { insertHighlightCss } from './highlight-style.js';
import { allMatches } from '../common/sites.js';

getAnalyzer(); // first thing: the engine's build starts with the background, not with the first message

let settingsPromise = null;
const effective = () => (settingsPromise ??= loadSettings(storage));

async function refresh() {
  settingsPromise = null;
  const { settings } = await effective();
  await syncContentScripts(settings);
  await notifyTabs();
}

// Content scripts cannot read storage where the browser allows restricting it (below): they
// learn of settings changes from here, then ask for their state (MSG.STATE).
async function notifyTabs() {
  let tabs = [];
  try { tabs = await api.tabs.query({ url: allMatches() }); } catch { return; }
  await Promise.all(tabs.map((t) => api.tabs.sendMessage(t.id, { type: MSG.SETTINGS_CHANGED }).catch(() => {})));
}

// Storage for trusted contexts only (the background and the extension's pages), where the
// browser supports it (Chromium for local and sync; Firefox only for session, which we do not
// use): a content script, living in a hostile page, cannot read the watch terms or the settings.
for (const area of [storage.local, storage.sync]) {
  try { area?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch?.(() => {}); } catch { /* unsupported */ }
}

api.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'sync' && SETTINGS_KEY in changes) || (area === 'local' && LOCAL_KEY in changes)) refresh();
});
api.runtime.onInstalled.addListener(() => refresh());
api.runtime.onStartup?.addListener(() => refresh());
// Each start of this background (install, browser start, wake-up after Chromium stopped it):
// the registrations are checked, but the tabs are not told to re-read their state (nothing
// changed: that would make every open composer re-analyse while the engine is being built).
effective().then(({ settings }) => syncContentScripts(settings)).catch(() => {});
globalThis.secretumStats = stats; // read by the e2e benchmark (cold start); counters only, never text

// Only our own content scripts and pages may ask (never other extensions or web pages).
const ownSender = (sender) => sender?.id === api.runtime.id;
// Reading the settings (watch terms included) and changing any of them: the popup and the
// options page only. A content script lives in a hostile page: it gets analyses, its state, and
// the one change its card offers (DISABLE_RULE) and the undoing of that change (UNDO_DISABLE,
// with the unguessable token the disabling answered, for UNDO_MS), nothing else.
const fromExtensionPage = (sender) => ownSender(sender) && typeof sender.url === 'string' && sender.url.startsWith(api.runtime.getURL(''));
const pagesOnly = (sender) => { if (!fromExtensionPage(sender)) throw new Error('extension pages only'); };

/**
 * Applies a patch to the user's settings (locked keys left alone); returns the effective
 * settings. Serialized: each read-modify-write sees the previous one's result.
 * @param {object|((user: object) => object)} patch or a function of the user's settings
 */
let updates = Promise.resolve();
function update(patch) {
  const run = updates.then(() => doUpdate(patch));
  updates = run.catch(() => {});
  return run;
}

async function doUpdate(patchOrFn) {
  const { locked } = await effective();
  const user = await loadUserSettings(storage); // user's own, without policy
  const patch = typeof patchOrFn === 'function' ? patchOrFn(user) : patchOrFn;
  const allowed = Object.fromEntries(Object.entries(patch).filter(([k]) => !locked.includes(k)));
  await saveSettings(storage, applyPatch(user, allowed), user);
  settingsPromise = null;
  const { settings } = await effective();
  await syncContentScripts(settings);
  return settings;
}

// "Undo" tokens of the rules disabled from a card in the last UNDO_MS (memory only; a background
// restart forgets them and the options page remains the way back).
const undoable = new Map();

const handlers = {
  async [MSG.ANALYZE]({ text, site }) {
    const { settings } = await effective();
    if (site !== 'generic' && !isActiveOn(settings, site)) return { report: null, inactive: true };
    const lang = resolveLang(settings.uiLang);
    const report = await analyze(text, site, settings, lang);
    const rank = { low: 0, medium: 1, high: 2 };
    const termsShown = rank.medium >= rank[settings.minSeverity] && !settings.disabledRules.includes('user-watch-term');
    if (settings.watchTerms.length && termsShown) {
      const extra = watchTermFindings(text, settings.watchTerms, await loadStrings(lang));
      const taken = report.findings.map((f) => [f.start, f.end]);
      for (const f of extra) {
        if (taken.some(([s, e]) => f.start < e && s < f.end)) continue; // engine finding wins
        report.findings.push(f);
        report.counts[f.severity]++;
      }
      report.findings.sort((a, b) => a.start - b.start);
    }
    return { report };
  },
  // Content scripts ask for their state on load and on every storage change they see, which may
  // reach them before it reaches this background: read storage again rather than trust the cache
  // (that also refreshes the cache for the analyses that follow).
  async [MSG.STATE]({ site }) {
    settingsPromise = null;
    const { settings } = await effective();
    const lang = resolveLang(settings.uiLang);
    return { active: isActiveOn(settings, site), speedBump: settings.speedBump, lang, strings: await loadStrings(lang) };
  },
  async [MSG.STYLE]({ names }, sender) {
    await insertHighlightCss(api.scripting, sender, names);
    return {};
  },
  async [MSG.WARM]() {
    await getAnalyzer();
    return { readyMs: stats.readyMs };
  },
  async [MSG.GET_SETTINGS](_msg, sender) {
    pagesOnly(sender);
    const { settings, locked } = await effective();
    const rules = await ruleInfo(resolveLang(settings.uiLang));
    return { settings, locked, ruleIds: rules.map((r) => r.id), rules, engineReadyMs: stats.readyMs };
  },
  async [MSG.SET_SETTINGS]({ patch }, sender) {
    pagesOnly(sender);
    return { settings: await update(patch) };
  },
  async [MSG.DISABLE_RULE]({ rule }) {
    if (rule !== 'user-watch-term' && !(await ruleIds()).includes(rule)) throw new Error('unknown rule');
    stats.disableRequests = (stats.disableRequests ?? 0) + 1;
    let wasDisabled = false;
    await update((user) => {
      wasDisabled = user.disabledRules.includes(rule);
      return { disabledRules: [...user.disabledRules, rule] };
    });
    const undo = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    if (!wasDisabled) undoable.set(undo, { rule, until: Date.now() + UNDO_MS });
    return { undo };
  },
  async [MSG.UNDO_DISABLE]({ undo }) {
    const entry = undoable.get(undo);
    undoable.delete(undo);
    if (!entry || entry.until < Date.now()) throw new Error('nothing to undo');
    await update((user) => ({ disabledRules: user.disabledRules.filter((r) => r !== entry.rule) }));
    return {};
  },
};

api.runtime.onMessage.addListener(makeRouter(handlers, { allowSender: ownSender }));
api.runtime.onConnect.addListener(makePortListener({ [MSG.ANALYZE]: handlers[MSG.ANALYZE] }, { allowSender: ownSender }));
