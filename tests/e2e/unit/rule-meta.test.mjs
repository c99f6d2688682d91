// The options page's rule titles (extension/tools/rule-meta.mjs, run at build time): every rule
// of rules/ has a category and a title in both languages, and so do the re-identification
// model's finding and each category the statistical layer reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ruleMeta, guessLang, descriptionLang, exampleParts } from '../../../extension/tools/rule-meta.mjs';

const RULES = path.resolve(import.meta.dirname, '../../../rules');

test('every_rule_and_every_statistical_category_has_a_category_and_both_titles', () => {
  const meta = ruleMeta(RULES);
  const layer = JSON.parse(fs.readFileSync(path.join(RULES, 'model/classifier-model.json'), 'utf8'));
  const enabled = Object.entries(layer.categories).filter(([, c]) => c.enabled).map(([k]) => k);
  assert.ok(enabled.length > 0);
  for (const category of enabled) {
    const m = meta[`model-${category}`];
    assert.ok(m, `model-${category}`);
    assert.equal(m.category, category);
    assert.match(m.title.fr, /modèle statistique/);
    assert.match(m.title.en, /statistical model/);
  }
  assert.equal(meta['reidentification-risk']?.category, 'reidentification');
  for (const [id, m] of Object.entries(meta)) {
    assert.ok(m.category, id);
    assert.ok(m.title.fr && m.title.en, id);
  }
});

test('every_rule_has_a_description_and_an_example_post_cut_around_its_match', () => {
  const meta = ruleMeta(RULES);
  for (const [id, m] of Object.entries(meta)) {
    assert.ok(m.description.fr || m.description.en, `${id}: description`);
    if (id.startsWith('model-') || id === 'reidentification-risk') continue; // no example post of their own
    const ex = m.example.fr ?? m.example.en;
    assert.ok(ex, `${id}: example`);
    assert.ok((ex.before + ex.match + ex.after).length <= 112, `${id}: example cut to ~110 characters`);
  }
  const room = meta['room-bed'].example.fr;
  assert.ok(room.match && `${room.before}${room.match}${room.after}`.includes(room.match));
  assert.equal(guessLang('Mme Vautrin, 91a, chambre 318 en SSR'), 'fr');
  assert.equal(guessLang('The gentleman in 418 keeps asking for his wife'), 'en');
  assert.equal(descriptionLang("A discount on medical acts: '-20 % sur', 'moitié prix', 'X € au lieu de Y €'"), 'en', 'quoted French samples');
  assert.deepEqual(exampleParts({ text: 'a b c', match: 'b' }), { before: 'a ', match: 'b', after: ' c' });
});
