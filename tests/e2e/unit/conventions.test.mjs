// Conventions the extension keeps: the two UI languages have the same strings, the managed
// (policy) schema covers exactly the user settings, and the text colours of the card, badge
// and dialog pass WCAG AA contrast (4.5:1) on light and dark backgrounds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { defaultSettings } from '../../../extension/src/common/settings.js';
import { UI_CSS } from '../../../extension/src/content/ui/styles.js';

const EXT = path.resolve(import.meta.dirname, '../../../extension');
const json = (p) => JSON.parse(fs.readFileSync(path.join(EXT, p), 'utf8'));

test('fr_and_en_locales_have_the_same_keys_and_placeholders', () => {
  const fr = json('_locales/fr/messages.json');
  const en = json('_locales/en/messages.json');
  assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
  for (const k of Object.keys(fr)) {
    const ph = (m) => [...m.matchAll(/\$\d/g)].map((x) => x[0]).sort().join();
    assert.equal(ph(fr[k].message), ph(en[k].message), k);
    assert.ok(fr[k].message.trim() && en[k].message.trim(), `${k} is not empty`);
  }
});

test('managed_schema_covers_exactly_the_user_settings', () => {
  const schema = json('managed_schema.json');
  const keys = Object.keys(defaultSettings()).filter((k) => k !== 'version').sort();
  assert.deepEqual(Object.keys(schema.properties).sort(), keys);
});

const lum = (hex) => {
  const c = parseInt(hex.slice(1), 16);
  const v = [c >> 16, (c >> 8) & 255, c & 255].map((x) => { const s = x / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
};
const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };

test('ui_text_colours_pass_wcag_aa_on_light_and_dark', () => {
  const sev = Object.fromEntries([...UI_CSS.matchAll(/--(high|medium|low): (#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]));
  for (const [name, colour] of Object.entries(sev)) {
    assert.ok(contrast('#ffffff', colour) >= 4.5, `white on the ${name} pill: ${contrast('#ffffff', colour).toFixed(2)}`);
  }
  // [text, background] pairs used by styles.js (light, then the dark theme).
  const pairs = [['#101828', '#ffffff'], ['#475467', '#ffffff'], ['#344054', '#ffffff'], ['#667085', '#ffffff'], ['#175cd3', '#ffffff'],
    ['#f2f4f7', '#1d2939'], ['#d0d5dd', '#1d2939'], ['#98a2b3', '#1d2939'], ['#84caff', '#1d2939'], ['#ffffff', '#d92d20']];
  const used = (c) => UI_CSS.includes(c) || UI_CSS.includes(c.replace(/^#(.)\1(.)\2(.)\3$/, '#$1$2$3'));
  for (const [fg, bg] of pairs) assert.ok(used(fg) && used(bg), `${fg}/${bg} still used`);
  for (const [fg, bg] of pairs) assert.ok(contrast(fg, bg) >= 4.5, `${fg} on ${bg}: ${contrast(fg, bg).toFixed(2)}`);
});
