// Toolbar popup: global switch, the current site's switch, warnings counted on the current tab.
// Talks to the background by typed messages and to the tab's content script for the counts.
import { api } from '../common/api.js';
import { MSG } from '../common/messages.js';
import { SITES, siteForUrl } from '../common/sites.js';
import { resolveLang, loadStrings, localizePage, t } from '../common/i18n.js';

const $ = (id) => document.getElementById(id);
const send = async (msg) => {
  const res = await api.runtime.sendMessage(msg);
  if (!res?.ok) throw new Error(res?.error);
  return res;
};

// ?tab=<id> lets tests open the popup in a tab and point it at another tab.
async function targetTab() {
  const forced = new URLSearchParams(location.search).get('tab');
  if (forced) return api.tabs.get(Number(forced));
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function main() {
  let { settings, locked } = await send({ type: MSG.GET_SETTINGS });
  const strings = await loadStrings(resolveLang(settings.uiLang));
  document.documentElement.lang = resolveLang(settings.uiLang);
  localizePage(document, strings);
  const tab = await targetTab().catch(() => null);
  const siteId = tab?.url ? siteForUrl(tab.url) : null;
  const global = $('global');
  global.checked = settings.enabled;
  global.disabled = locked.includes('enabled');
  global.addEventListener('change', async () => {
    ({ settings } = await send({ type: MSG.SET_SETTINGS, patch: { enabled: global.checked } }));
    render();
  });
  $('options').addEventListener('click', () => api.runtime.openOptionsPage());
  if (!siteId) { $('unsupported').hidden = false; return; }
  $('site-section').hidden = false;
  const site = $('site');
  site.checked = settings.sites[siteId];
  site.disabled = locked.includes('sites');
  site.addEventListener('change', async () => {
    ({ settings } = await send({ type: MSG.SET_SETTINGS, patch: { sites: { [siteId]: site.checked } } }));
    render();
  });
  const name = SITES.find((s) => s.id === siteId).name;
  const render = async () => {
    const on = settings.enabled && settings.sites[siteId];
    $('site-label').textContent = on ? t(strings, 'popupSite', name) : `${t(strings, 'popupSiteOff')} (${name})`;
    let counts = { high: 0, medium: 0, low: 0 };
    let composers = 0;
    if (on) {
      try {
        const res = await api.tabs.sendMessage(tab.id, { type: MSG.PAGE_COUNTS });
        if (res?.ok) ({ counts, composers } = res);
      } catch { /* no content script in this tab yet (opened before install): zeros */ }
    }
    for (const sev of ['high', 'medium', 'low']) $(`n-${sev}`).textContent = String(counts[sev]);
    $('no-composer').hidden = !on || composers > 0;
    document.body.dataset.ready = '1';
  };
  await render();
}

main().finally(() => { document.body.dataset.loaded = '1'; });
