// Highlight styles under random names (background/highlight-style.js): only well-formed names
// reach the CSS, and every kind of the template gets its page's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { validNames, highlightCss, KINDS } from '../../../extension/src/background/highlight-style.js';
import { HIGHLIGHT_NAMES } from '../../../extension/src/content/highlighter.js';

const TEMPLATE = fs.readFileSync(path.resolve(import.meta.dirname, '../../../extension/src/background/highlight.css'), 'utf8');
const names = { high: 'qwertyuiopas', medium: 'zxcvbnmasdfg', low: 'poiuytrewqlk', active: 'mnbvcxzlkjhg', signal: 'asdfghjklqwe' };

test('content_script_names_are_random_letters_one_per_kind', () => {
  assert.deepEqual(Object.keys(HIGHLIGHT_NAMES).sort(), [...KINDS].sort());
  assert.ok(validNames(HIGHLIGHT_NAMES), JSON.stringify(HIGHLIGHT_NAMES));
  assert.ok(Object.values(HIGHLIGHT_NAMES).every((n) => !n.includes('secretum')));
});

test('only_distinct_lowercase_names_for_exactly_the_five_kinds_are_accepted', () => {
  assert.ok(validNames(names));
  assert.ok(!validNames({ ...names, high: 'x) } body { display: none } ::highlight(y' }), 'no CSS injection');
  assert.ok(!validNames({ ...names, high: 'short' }));
  assert.ok(!validNames({ ...names, low: names.high }), 'distinct');
  assert.ok(!validNames({ ...names, extra: 'abcdefghijkl' }));
  const { signal, ...four } = names;
  assert.ok(!validNames(four));
  assert.ok(!validNames(null) && !validNames([]));
});

test('the_css_styles_each_kind_under_its_name_and_never_says_secretum', () => {
  const css = highlightCss(TEMPLATE, names);
  for (const k of KINDS) assert.ok(css.includes(`::highlight(${names[k]})`), k);
  assert.ok(!/secretum-(high|medium|low|active|signal)/.test(css));
  assert.match(css, new RegExp(`::highlight\\(${names.high}\\) \\{\\s*background-color: rgba\\(240, 68, 56, 0\\.2\\)`));
});
