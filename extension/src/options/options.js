// Options page: every change is sent to the background (which validates and saves: watch terms
// to storage.local, the rest to storage.sync); keys preset by policy (storage.managed) are shown disabled.
import { api } from '../common/api.js';
import { MSG } from '../common/messages.js';
import { SITES } from '../common/sites.js';
import { resolveLang, loadStrings, localizePage, t } from '../common/i18n.js';
import { groupRules, categoryState, setCategory, setRule, ruleHaystack, matches, fold } from './rules-model.js';

const form = document.getElementById('form');
form.addEventListener('submit', (e) => e.preventDefault()); // Enter in the rule filter must not reload the page
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

const elem = (tag, cls, text) => Object.assign(document.createElement(tag), { className: cls, textContent: text ?? '' });
const domId = (prefix, id) => `${prefix}-${String(id).replace(/[^A-Za-z0-9_-]/g, '_')}`;

/**
 * The rule list: one section per category (taxonomy order) with its name, a one-line
 * explanation, a count of rules off and a switch for the whole category; its rules behind a
 * disclosure (collapsed at first), each with its title, what tells it apart from rules with the
 * same title (an example post, its description) and its id in small type; a text filter.
 * Built once; sync() brings the switches and counts in line with the settings (after a save,
 * or a change from another page), so focus and the open sections are kept.
 */
function ruleList(container, filterInput, filterCount, rules, { getDisabled, isLocked, changeDisabled }) {
  const sections = [];
  const ruleInputs = new Map(); // id -> input
  for (const { category, rules: list } of groupRules(rules)) {
    const ids = list.map((r) => r.id);
    const name = category === 'other' ? t(strings, 'optRulesOther') : t(strings, `cat_${category}`);
    const sec = elem('section', 'cat');
    sec.dataset.category = category;
    const nameId = domId('cat-name', category);
    const countId = domId('cat-count', category);
    const descId = domId('cat-desc', category);
    const listId = domId('cat-rules', category);
    sec.setAttribute('aria-labelledby', nameId);

    const catBox = Object.assign(document.createElement('input'), { type: 'checkbox', name: `category-${category}` });
    catBox.setAttribute('aria-describedby', category === 'other' ? countId : `${descId} ${countId}`);
    catBox.addEventListener('change', () => changeDisabled((d) => setCategory(d, ids, catBox.checked)));
    const label = elem('label', 'cat-switch');
    const nameEl = elem('span', 'cat-name', name);
    nameEl.id = nameId;
    label.append(catBox, nameEl);
    const h3 = elem('h3', 'cat-title');
    h3.append(label);
    const count = elem('span', 'cat-count');
    count.id = countId;
    const head = elem('div', 'cat-head');
    head.append(h3, count);
    sec.append(head);
    if (category !== 'other') {
      const desc = elem('p', 'cat-desc', t(strings, `catDesc_${category}`));
      desc.id = descId;
      sec.append(desc);
    }

    const toggle = elem('button', 'disclosure');
    toggle.type = 'button';
    toggle.setAttribute('aria-controls', listId);
    const toggleText = elem('span', '');
    toggle.append(elem('span', 'chev'), toggleText);
    toggle.firstChild.setAttribute('aria-hidden', 'true');
    const ul = elem('ul', 'cat-rules');
    ul.id = listId;
    const items = list.map((r) => {
      const li = ruleItem(r);
      ruleInputs.set(r.id, li.querySelector('input'));
      li.querySelector('input').addEventListener('change', (e) => changeDisabled((d) => setRule(d, r.id, e.target.checked)));
      return { li, haystack: ruleHaystack(r, name) };
    });
    ul.append(...items.map((x) => x.li));
    sec.append(toggle, ul);
    const entry = { category, ids, sec, catBox, count, toggle, toggleText, ul, items, expanded: false };
    toggle.addEventListener('click', () => { entry.expanded = !entry.expanded; showExpanded(entry); });
    showExpanded(entry);
    sections.push(entry);
  }
  container.replaceChildren(...sections.map((s) => s.sec));

  function showExpanded(s) {
    s.toggle.setAttribute('aria-expanded', String(s.expanded));
    s.toggleText.textContent = s.expanded ? t(strings, 'optCatHide') : t(strings, 'optCatShow', s.ids.length);
    s.ul.hidden = !s.expanded;
  }

  const countText = ({ off, total }) => (off === 0 ? t(strings, 'optCatCountAllOn', total)
    : off === total ? t(strings, 'optCatCountAllOff', total)
      : t(strings, off === 1 ? 'optCatCountOffOne' : 'optCatCountOff', off, total));

  function sync() {
    const disabled = getDisabled();
    const off = new Set(disabled);
    const locked = isLocked();
    for (const [id, input] of ruleInputs) {
      input.checked = !off.has(id);
      input.disabled = locked;
    }
    for (const s of sections) {
      const st = categoryState(s.ids, disabled);
      s.catBox.checked = st.state === 'on';
      s.catBox.indeterminate = st.state === 'mixed';
      s.catBox.disabled = locked;
      s.count.textContent = countText(st);
      s.sec.dataset.state = st.state;
      if (locked) { s.sec.dataset.locked = ''; s.sec.title = t(strings, 'optLocked'); } else { delete s.sec.dataset.locked; s.sec.removeAttribute('title'); }
    }
  }

  // Filtering opens the sections that have a match; clearing the box restores what was open before.
  let before = null;
  function filter() {
    const q = filterInput.value;
    const active = fold(q) !== '';
    if (active && !before) before = sections.map((s) => s.expanded);
    let shown = 0;
    sections.forEach((s, i) => {
      let n = 0;
      for (const { li, haystack } of s.items) {
        const hit = !active || matches(haystack, q);
        li.hidden = !hit;
        if (hit) n++;
      }
      shown += n;
      s.sec.hidden = active && n === 0;
      if (active) s.expanded = n > 0;
      else if (before) s.expanded = before[i];
      showExpanded(s);
    });
    if (!active) before = null;
    filterCount.textContent = !active ? ''
      : shown === 0 ? t(strings, 'optFilterNone', q.trim())
        : t(strings, shown === 1 ? 'optFilterCountOne' : 'optFilterCount', shown);
  }
  filterInput.addEventListener('input', filter);
  filterInput.addEventListener('keydown', (e) => { if (e.key === 'Escape' && filterInput.value) { filterInput.value = ''; filter(); } });
  sync();
  return { sync };
}

/** One rule: switch, title, id in small type; an example post (what the rule matched marked) and the rule's description. */
function ruleItem(r) {
  const li = elem('li', 'rule');
  li.dataset.rule = r.id;
  const inputId = domId('r', r.id);
  const detailId = domId('rd', r.id);
  const input = Object.assign(document.createElement('input'), { type: 'checkbox', name: `rule-${r.id}`, id: inputId });
  const title = elem('label', 'title', r.title);
  title.htmlFor = inputId;
  const head = elem('div', 'rule-head');
  head.append(title, elem('code', 'id', r.id));
  const body = elem('div', 'rule-body');
  body.append(head);
  const detail = elem('div', 'rule-detail');
  detail.id = detailId;
  if (r.example && (r.example.before || r.example.match || r.example.after)) {
    const ex = elem('p', 'example');
    const q = elem('q', '');
    q.lang = r.example.lang;
    q.append(r.example.before);
    if (r.example.match) q.append(elem('mark', '', r.example.match));
    q.append(r.example.after);
    ex.append(elem('span', 'ex-label', t(strings, 'optExample')), ' ', q);
    detail.append(ex);
  }
  if (r.description?.text) {
    const d = elem('p', 'desc', r.description.text);
    d.lang = r.description.lang;
    detail.append(d);
  }
  if (detail.childNodes.length) {
    body.append(detail);
    input.setAttribute('aria-describedby', detailId);
  }
  li.append(input, body);
  return li;
}

async function main() {
  let { settings, locked, rules } = await send({ type: MSG.GET_SETTINGS });
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
  // Rule switches: one change at a time, each computed from the settings the previous one saved
  // (two quick clicks must not overwrite each other); the switches are redrawn from the settings
  // once no change is waiting (not in between: a click made meanwhile would flicker back).
  let queue = Promise.resolve();
  let pending = 0;
  const changeDisabled = (fn) => {
    pending++;
    queue = queue.then(async () => { settings = await save({ disabledRules: fn(settings.disabledRules) }); })
      .catch(() => { /* not saved: the switches go back to the stored state below */ })
      .then(() => { if (--pending === 0) list.sync(); });
    return queue;
  };
  const list = ruleList(document.getElementById('rules'), document.getElementById('rule-filter'),
    document.getElementById('rule-filter-count'), rules, {
      getDisabled: () => settings.disabledRules, isLocked: () => isLocked('disabledRules'), changeDisabled,
    });
  api.storage.onChanged.addListener(async (changes, area) => {
    if (area !== 'sync' && area !== 'local') return;
    const fresh = await send({ type: MSG.GET_SETTINGS });
    if (pending) return; // the queued changes start from their own saved settings, and redraw after
    ({ settings, locked } = fresh);
    list.sync();
  });
}

main().finally(() => { document.body.dataset.loaded = '1'; });
