// The options page's rule titles (extension/tools/rule-meta.mjs, run at build time): every rule
// of rules/ has a category and a title in both languages, and so do the re-identification
// model's finding and each category the statistical layer reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ruleMeta } from '../../../extension/tools/rule-meta.mjs';

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
