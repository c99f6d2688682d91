// The options page's rule list without the DOM (extension/src/options/rules-model.js): grouping by
// category in the taxonomy's order, a category's switch as edits of the one disabled-rule list,
// counts, and the text filter; on the real rule titles, descriptions and examples of rules/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { CATEGORY_ORDER, groupRules, categoryState, setCategory, setRule, ruleHaystack, matches, fold } from '../../../extension/src/options/rules-model.js';
import { ruleMeta } from '../../../extension/tools/rule-meta.mjs';

const RULES = path.resolve(import.meta.dirname, '../../../rules');
const meta = ruleMeta(RULES);
// What the background sends the page (background/engine.js ruleInfo): the description only in
// the interface's language, the example in it when the rule has one, else in the other.
const rulesIn = (lang) => Object.entries(meta).map(([id, m]) => {
  const exLang = m.example[lang] ? lang : ['fr', 'en'].find((l) => m.example[l]);
  return { id, category: m.category, title: m.title[lang],
    description: m.description[lang] ? { text: m.description[lang], lang } : null,
    example: exLang ? { ...m.example[exLang], lang: exLang } : null };
});
const rules = rulesIn('fr');

test('groups_follow_the_ten_categories_of_the_taxonomy_in_order', () => {
  const groups = groupRules([...rules].reverse());
  assert.deepEqual(groups.map((g) => g.category), CATEGORY_ORDER);
  assert.equal(groups.reduce((n, g) => n + g.rules.length, 0), rules.length);
  for (const g of groups) assert.ok(g.rules.every((r) => r.category === g.category), g.category);
  const withStray = groupRules([{ id: 'x', category: null }, { id: 'room-bed', category: 'identifier' }]);
  assert.deepEqual(withStray.map((g) => g.category), ['identifier', 'other'], 'a rule without category comes last');
});

test('a_category_switch_edits_only_its_own_ids_in_the_disabled_list', () => {
  const ids = ['a', 'b', 'c'];
  const start = ['other-rule', 'b'];
  const off = setCategory(start, ids, false);
  assert.deepEqual(off, ['other-rule', 'b', 'a', 'c'], 'appended once each, others kept');
  assert.deepEqual(categoryState(ids, off), { off: 3, total: 3, state: 'off' });
  const on = setCategory(off, ids, true);
  assert.deepEqual(on, ['other-rule'], 'the category back on; a rule of another category stays off');
  assert.deepEqual(categoryState(ids, on), { off: 0, total: 3, state: 'on' });
  assert.deepEqual(categoryState(ids, setRule(on, 'c', false)), { off: 1, total: 3, state: 'mixed' });
  assert.deepEqual(setRule(['c', 'x'], 'c', true), ['x']);
  assert.deepEqual(setRule(['c'], 'c', false), ['c'], 'no duplicate');
});

test('all_ids_fit_the_settings_limits_and_the_sync_item_quota', () => {
  // settings.js keeps at most 500 disabled ids; storage.sync allows 8,192 bytes per item.
  const all = setCategory([], rules.map((r) => r.id), false);
  assert.ok(all.length <= 500, `${all.length} rules`);
  assert.ok(JSON.stringify({ settings: { disabledRules: all } }).length < 7000, 'every rule off still fits one sync item');
});

test('rules_with_the_same_title_are_told_apart_by_their_example_or_description', () => {
  for (const lang of ['fr', 'en']) {
    const list = rulesIn(lang);
    const byTitle = new Map();
    for (const r of list) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), r]);
    if (lang === 'fr') assert.ok(byTitle.get("Nom d'un patient").length >= 10, 'the case of issue 5: many rules titled "Nom d\'un patient"');
    for (const [title, same] of byTitle) {
      if (same.length < 2) continue;
      const shown = same.map((r) => JSON.stringify([r.example, r.description?.text]));
      assert.equal(new Set(shown).size, same.length, `${lang}: rules titled "${title}" show different details`);
    }
    for (const r of list) assert.ok(r.example || r.description, `${lang}: ${r.id} has an example or a description`);
  }
});

test('the_filter_narrows_by_title_example_description_id_and_category', () => {
  const hay = (r) => ruleHaystack(r, 'Identifiant direct');
  const find = (q) => rules.filter((r) => matches(hay(r), q)).map((r) => r.id);
  assert.equal(find('').length, rules.length, 'an empty filter shows every rule');
  assert.deepEqual(find('room-bed'), ['room-bed']);
  assert.ok(find('telephone').includes('phone-uk'), 'accents are ignored (téléphone)');
  assert.ok(find('Vautrin').includes('title-name-fr-f'), 'the example post is searched');
  assert.ok(rulesIn('en').filter((r) => matches(ruleHaystack(r), 'civil title')).some((r) => r.id === 'title-name-en'), 'the description is searched');
  const both = find('numéro chambre');
  assert.ok(both.includes('room-bed') && both.every((id) => hay(rules.find((r) => r.id === id)).includes('chambre')), 'every word must match');
  assert.deepEqual(find('zzzz-nothing'), []);
  assert.equal(fold('  Numéro  de Chambre '), 'numero de chambre');
});
