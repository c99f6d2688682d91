// Background entry: owns the engine and the settings, answers typed messages (common/messages.js).
// Chromium: module service worker (static imports only). Firefox: background.scripts, type module.
// Nothing here touches the network or stores post text: texts live only in the call stack.
import { api, storage } from '../common/api.js';
import { MSG, makeRouter, makePortListener } from '../common/messages.js';
import { loadSettings, loadUserSettings, applyPatch, saveSettings, isActiveOn, SETTINGS_KEY, LOCAL_KEY } from '../common/settings.js';
import { resolveLang, loadStrings } from '../common/i18n.js';
import { getAnalyzer, analyze, ruleIds, stats } from './engine.js';
import { watchTermFindings } from './watchterms.js';
import { syncContentScripts } from './registration.js';

let settingsPromise = null;
const effective = () => (settingsPromise ??= loadSettings(storage));

async function refresh() {
  settingsPromise = null;
  const { settings } = await effective();
  await syncContentScripts(settings);
}

api.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'sync' && SETTINGS_KEY in changes) || (area === 'local' && LOCAL_KEY in changes)) refresh();
});
api.runtime.onInstalled.addListener(() => refresh());
api.runtime.onStartup?.addListener(() => refresh());
refresh();
getAnalyzer(); // start compiling now: the first keystroke should not pay for it
globalThis.secretumStats = stats; // read by the e2e benchmark (cold start); counters only, never text

// Only our own content scripts and pages may ask (never other extensions or web pages).
const ownSender = (sender) => sender?.id === api.runtime.id;

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
  async [MSG.WARM]() {
    await getAnalyzer();
    return { readyMs: stats.readyMs };
  },
  async [MSG.GET_SETTINGS]() {
    const { settings, locked } = await effective();
    return { settings, locked, ruleIds: await ruleIds(), engineReadyMs: stats.readyMs };
  },
  async [MSG.SET_SETTINGS]({ patch }) {
    const { locked } = await effective();
    const allowed = Object.fromEntries(Object.entries(patch).filter(([k]) => !locked.includes(k)));
    const user = await loadUserSettings(storage); // user's own, without policy
    await saveSettings(storage, applyPatch(user, allowed), user);
    settingsPromise = null;
    const { settings } = await effective();
    await syncContentScripts(settings);
    return { settings };
  },
};

api.runtime.onMessage.addListener(makeRouter(handlers, { allowSender: ownSender }));
api.runtime.onConnect.addListener(makePortListener({ [MSG.ANALYZE]: handlers[MSG.ANALYZE] }, { allowSender: ownSender }));
