// Options page: every change is sent to the background (which validates and saves: watch terms
// to storage.local, the rest to storage.sync); keys preset by policy (storage.managed) are shown disabled.
import { api } from '../common/api.js';
import { MSG } from '../common/messages.js';
import { SITES } from '../common/sites.js';
import { resolveLang, loadStrings, localizePage, t } from '../common/i18n.js';

const form = document.getElementById('form');
const send = async (msg) => {
  const res = await api.runtime.sendMessage(msg);
  if (!res?.ok) throw new Error(res?.error);
  return res;
};

let strings = {};
let statusTimer = 0;
async function save(patch) {
  const { settings } = await send({ type: MSG.SET_SETTINGS, patch });
  const status = document.getElementById('status');
  status.textContent = t(strings, 'optSaved');
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => { status.textContent = ''; }, 1500);
  return settings;
}

/** label: a string or nodes (text only: never parsed as HTML). */
function check(name, checked, label, onChange, locked) {
  const input = Object.assign(document.createElement('input'), { type: 'checkbox', name, checked, disabled: locked });
  input.addEventListener('change', () => onChange(input.checked));
  const el = document.createElement('label');
  if (locked) { el.dataset.locked = ''; el.title = t(strings, 'optLocked'); }
  el.append(input, ' ', ...[label].flat());
  return el;
}

const elem = (tag, cls, text) => Object.assign(document.createElement(tag), { className: cls, textContent: text });

/** The rules, one group per category: each with its title, and its id in small type. */
function ruleGroups(rules, disabled, locked, onToggle) {
  const groups = new Map();
  for (const r of rules) {
    const key = r.category ?? 'other';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  }
  return [...groups].map(([cat, list]) => {
    const box = elem('section', 'rule-group');
    box.append(elem('h3', '', cat === 'other' ? t(strings, 'optRulesOther') : t(strings, `cat_${cat}`)),
      ...list.map((r) => check(`rule-${r.id}`, !disabled.includes(r.id),
        [elem('span', 'title', r.title), elem('code', 'id', r.id)], (on) => onToggle(r.id, on), locked)));
    return box;
  });
}

async function main() {
  let { settings, locked, rules: ruleList } = await send({ type: MSG.GET_SETTINGS });
  const lang = resolveLang(settings.uiLang);
  strings = await loadStrings(lang);
  document.documentElement.lang = lang;
  localizePage(document, strings);
  const isLocked = (k) => locked.includes(k);
  document.getElementById('sites').replaceChildren(...SITES.map((s) =>
    check(`site-${s.id}`, settings.sites[s.id], s.name, async (on) => { settings = await save({ sites: { [s.id]: on } }); }, isLocked('sites'))));
  for (const name of ['uiLang', 'jurisdiction', 'minSeverity']) {
    const el = form.elements[name];
    el.value = settings[name];
    el.disabled = isLocked(name);
    el.addEventListener('change', async () => {
      settings = await save({ [name]: el.value });
      if (name === 'uiLang') location.reload();
    });
  }
  const bump = form.elements.speedBump;
  bump.checked = settings.speedBump;
  bump.disabled = isLocked('speedBump');
  bump.addEventListener('change', async () => { settings = await save({ speedBump: bump.checked }); });
  const terms = form.elements.watchTerms;
  terms.value = settings.watchTerms.join('\n');
  terms.disabled = isLocked('watchTerms');
  terms.addEventListener('change', async () => {
    settings = await save({ watchTerms: terms.value.split('\n') });
    terms.value = settings.watchTerms.join('\n');
  });
  const rules = document.getElementById('rules');
  const renderRules = () => rules.replaceChildren(...ruleGroups(ruleList, settings.disabledRules, isLocked('disabledRules'),
    async (id, on) => {
      const next = on ? settings.disabledRules.filter((r) => r !== id) : [...settings.disabledRules, id];
      settings = await save({ disabledRules: next });
    }));
  renderRules();
  api.storage.onChanged.addListener(async (changes, area) => {
    if (area !== 'sync' && area !== 'local') return;
    ({ settings, locked } = await send({ type: MSG.GET_SETTINGS }));
    renderRules();
  });
}

main().finally(() => { document.body.dataset.loaded = '1'; });
